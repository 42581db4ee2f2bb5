/**
 * `npm run durability [-- --kills 5 --entries 1000 --seed 1]`: the durability figure. Types log entries
 * into the real renderer (browser host, Chromium on a persistent profile), SIGKILLs Chromium's whole
 * process group at random points, starts it again on the same profile and checks that every entry the
 * UI showed as saved is still there, and that none is there twice. Writes durability-results.json.
 *
 * "Shown as saved" is what the IC saw: a line in the log list with no "saving…" or "not saved" note (the
 * log shows a line at Enter, marked saving, until its write is confirmed), reported by a MutationObserver as it
 * appeared, before the kill. An entry typed but never shown may or may not survive; it is counted apart.
 * Slow (minutes), so not part of npm test; needs `npm run build:web` first (or --renderer <folder>).
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { startWebHost } from '../main/web-host';
import { launchChromium, type RunningChromium } from './durability/chromium';

const { values } = parseArgs({
  options: {
    kills: { type: 'string', default: '5' },
    entries: { type: 'string', default: '1000' },
    seed: { type: 'string', default: String(Date.now() % 1_000_000) },
    renderer: { type: 'string', default: resolve(import.meta.dirname, '../dist/renderer') },
    out: { type: 'string', default: resolve(import.meta.dirname, '../durability-results.json') },
  },
});
const wantedKills = Number(values.kills);
const totalEntries = Number(values.entries);
const seed = Number(values.seed);
if (![wantedKills, totalEntries, seed].every((n) => Number.isInteger(n) && n >= 0) || totalEntries < 1) {
  process.stderr.write('--kills, --entries and --seed take whole numbers (--entries at least 1).\n');
  process.exit(2);
}
if (!existsSync(join(values.renderer, 'index.html'))) {
  process.stderr.write(`No renderer in ${values.renderer}: run \`npm run build:web\` first.\n`);
  process.exit(2);
}

/** mulberry32: a seeded generator, so a run that found a loss can be repeated with its --seed. */
function seeded(start: number): () => number {
  let state = start >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = seeded(seed);

const say = (line: string) => process.stdout.write(`${line}\n`);
const entryText = (n: number) => `durability entry ${String(n).padStart(5, '0')}`;
const entryPattern = /durability entry (\d{5})/;

/** What the page functions below use of the browser (this project's types have no DOM). */
type Request<T> = { result: T; error: unknown; onsuccess: (() => void) | null; onerror: (() => void) | null };
type PageGlobals = {
  indexedDB: {
    open: (name: string) => Request<{
      transaction: (store: string) => { objectStore: (name: string) => { getAll: () => Request<unknown[]> } };
      close: () => void;
    }>;
  };
  MutationObserver: new (callback: () => void) => { observe: (target: unknown, options: object) => void };
  durabilitySaw: (n: number, saved: boolean) => void;
};

/** Every entry of ours in the browser's own database, with how many times each is there. */
async function storedEntries(page: Page): Promise<Map<number, number>> {
  const texts = await page.evaluate(
    () =>
      new Promise<string[]>((done, fail) => {
        const open = (globalThis as unknown as PageGlobals).indexedDB.open('war-room');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const read = open.result.transaction('events').objectStore('events').getAll();
          read.onerror = () => fail(read.error);
          read.onsuccess = () => {
            const events = read.result as { type: string; payload: { text?: string } }[];
            done(events.filter((e) => e.type === 'log.entry-added').map((e) => e.payload.text ?? ''));
            open.result.close();
          };
        };
      }),
  );
  const counts = new Map<number, number>();
  for (const text of texts) {
    const match = entryPattern.exec(text);
    if (match?.[1] !== undefined) counts.set(Number(match[1]), (counts.get(Number(match[1])) ?? 0) + 1);
  }
  return counts;
}

/**
 * Reports each of our lines to `saw` the moment the log list shows it: once while it is still marked (saving,
 * not saved), once when it reads as saved. Our entries are never back-dated nor from Slack, so a saved line's
 * name ends with the entry's text; anything after it is the pending note.
 */
async function watchLog(page: Page, saw: (n: number, saved: boolean) => void): Promise<void> {
  await page.exposeBinding('durabilitySaw', (_source, n: number, saved: boolean) => saw(n, saved));
  await page.getByRole('region', { name: 'Incident log' }).evaluate((region) => {
    const browser = globalThis as unknown as PageGlobals;
    const reported = new Set<string>();
    const report = () => {
      for (const line of region.querySelectorAll('[role="listitem"]')) {
        const label = line.getAttribute('aria-label') ?? '';
        const match = /durability entry (\d{5})(.*)$/.exec(label);
        if (match?.[1] === undefined) continue;
        const saved = match[2] === '';
        const key = `${match[1]}:${saved}`;
        if (reported.has(key)) continue;
        reported.add(key);
        browser.durabilitySaw(Number(match[1]), saved);
      }
    };
    new browser.MutationObserver(report).observe(region, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['aria-label'],
    });
    report();
  });
}

async function openCockpit(chromium: RunningChromium, url: string): Promise<Page> {
  const context = chromium.browser.contexts()[0] ?? (await chromium.browser.newContext());
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  // tsx keeps function names with an `__name` helper the page does not have; the page functions need it.
  await page.evaluate('globalThis.__name = (f) => f');
  return page;
}

async function declare(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Declare incident' }).click();
  const dialog = page.getByRole('dialog', { name: 'Declare an incident' });
  await dialog.getByLabel('Title').fill('Durability run');
  await dialog.getByLabel('Incident commander').fill('Alice');
  await dialog.getByRole('button', { name: 'Declare', exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
}

const started = Date.now();
const dataFolder = await mkdtemp(join(tmpdir(), 'war-room-durability-data-'));
const profile = await mkdtemp(join(tmpdir(), 'war-room-durability-profile-'));
const host = await startWebHost({ port: 0, dataFolder, rendererFolder: values.renderer });

/** The browser now running, so a failure mid-run still kills it instead of leaving it behind. */
let current = null as RunningChromium | null;
async function launch(): Promise<{ chromium: RunningChromium; page: Page }> {
  current = await launchChromium(profile);
  return { chromium: current, page: await openCockpit(current, host.url) };
}

const shown = new Set<number>();
/** Lines seen marked "saving…" (or "not saved"): on screen, but not yet claimed to be stored. */
const shownSaving = new Set<number>();
let typed = 0;
let kills = 0;
let worstCheck = { lost: [] as number[], duplicated: [] as number[] };
const runs: { typed: number; shown: number; killedAfterEntry: number | null; delayMs: number | null }[] = [];

/** Every entry shown so far must be stored exactly once; entries typed but never shown at most once. */
function check(stored: Map<number, number>) {
  const lost = [...shown].filter((n) => (stored.get(n) ?? 0) === 0);
  const duplicated = [...stored].filter(([, count]) => count > 1).map(([n]) => n);
  if (lost.length > 0 || duplicated.length > 0) worstCheck = { lost, duplicated };
  return { lost, duplicated };
}

try {
  let first = true;
  while (typed < totalEntries) {
    const { chromium, page } = await launch();
    if (first) {
      await declare(page);
      first = false;
    } else {
      await page.getByRole('region', { name: 'Incident log' }).waitFor();
      const verdict = check(await storedEntries(page));
      say(
        `relaunch ${kills}: ${shown.size} shown, ${verdict.lost.length} lost, ${verdict.duplicated.length} duplicated`,
      );
    }
    // Only a line shown in the run that typed it counts: after a relaunch the list shows what survived.
    const typedThisRun = new Set<number>();
    await watchLog(page, (n, saved) => {
      if (!typedThisRun.has(n)) return;
      if (saved) shown.add(n);
      else shownSaving.add(n);
    });

    // Spread the kills over the entries left, each at a random entry and a random moment after its Enter
    // (often before the line is shown: the write may be in flight when the browser dies).
    const killsLeft = Math.max(0, wantedKills - kills);
    const share = Math.ceil((totalEntries - typed) / (killsLeft + 1));
    const killAfter =
      killsLeft === 0
        ? null
        : Math.min(totalEntries, typed + 1 + Math.floor(random() * Math.max(1, share * 1.5)));
    const delayMs = Math.floor(random() * 120);
    let killed = false;
    const run = {
      typed: 0,
      shown: shown.size,
      killedAfterEntry: null as number | null,
      delayMs: null as number | null,
    };
    runs.push(run);
    const box = page.getByRole('region', { name: 'Incident log' }).getByLabel('Entry', { exact: true });
    try {
      while (typed < totalEntries) {
        const n = typed + 1;
        // Counted before the Enter: a kill during the press may still have saved it, so it is never retyped.
        typedThisRun.add(n);
        typed = n;
        run.typed += 1;
        await box.fill(entryText(n));
        await box.press('Enter');
        if (killAfter !== null && n >= killAfter && !killed) {
          killed = true;
          run.killedAfterEntry = n;
          run.delayMs = delayMs;
          setTimeout(() => void chromium.kill(), delayMs);
        }
        // Pace like a fast scribe: the next entry once this one is on screen (or the browser is gone).
        for (
          let waited = 0;
          !shown.has(n) && waited < 10_000 && chromium.process.signalCode === null;
          waited += 5
        )
          await new Promise((r) => setTimeout(r, 5));
        if (killed && chromium.process.signalCode !== null) break;
      }
    } catch (error) {
      if (!killed) throw error;
      // The page died under Playwright's feet: that is the kill, not a failure.
    }
    run.shown = shown.size - run.shown;
    if (killed) {
      await chromium.kill();
      kills += 1;
    } else {
      await chromium.close();
    }
  }
  const { chromium, page } = await launch();
  await page.getByRole('region', { name: 'Incident log' }).waitFor();
  const stored = await storedEntries(page);
  const final = check(stored);
  await chromium.close();
  const typedNeverShown = Array.from({ length: typed }, (_, i) => i + 1).filter((n) => !shown.has(n));
  const results = {
    note: 'npm run durability: log entries typed into the browser host UI, Chromium SIGKILLed at random points, relaunched on the same profile.',
    measuredAt: new Date().toISOString(),
    seed,
    kills,
    entriesTyped: typed,
    shownAsSaved: shown.size,
    foundAfterRelaunch: [...shown].filter((n) => (stored.get(n) ?? 0) > 0).length,
    lost: final.lost.length,
    duplicated: final.duplicated.length,
    lostEntries: final.lost,
    duplicatedEntries: final.duplicated,
    lostAtAnyRelaunch: worstCheck.lost.length,
    duplicatedAtAnyRelaunch: worstCheck.duplicated.length,
    typedNeverShown: typedNeverShown.length,
    typedNeverShownButStored: typedNeverShown.filter((n) => (stored.get(n) ?? 0) > 0).length,
    shownOnlyAsSaving: typedNeverShown.filter((n) => shownSaving.has(n)).length,
    shownOnlyAsSavingButStored: typedNeverShown.filter((n) => shownSaving.has(n) && (stored.get(n) ?? 0) > 0)
      .length,
    storedEntries: stored.size,
    seconds: Math.round((Date.now() - started) / 100) / 10,
    runs,
  };
  await writeFile(values.out, `${JSON.stringify(results, null, 2)}\n`);
  say(
    `${results.kills} kills, ${results.entriesTyped} typed, ${results.shownAsSaved} shown as saved, ` +
      `${results.foundAfterRelaunch} found after relaunch, ${results.lost} lost, ${results.duplicated} duplicated ` +
      `(${results.typedNeverShown} typed but not yet shown as saved when killed, ${results.shownOnlyAsSaving} of them ` +
      `shown as saving; ${results.typedNeverShownButStored} of them stored) ` +
      `in ${results.seconds} s; written to ${values.out}`,
  );
  if (results.lost > 0 || results.duplicated > 0 || results.lostAtAnyRelaunch > 0) process.exitCode = 1;
} finally {
  await current?.kill();
  await host.close();
  await rm(dataFolder, { recursive: true, force: true });
  await rm(profile, { recursive: true, force: true });
}
