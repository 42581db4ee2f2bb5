/**
 * `npm run bench`: the app's performance figures, measured in headless Chromium with an on-disk
 * profile against the real browser host. Prints a table and writes bench-results.json so runs can be
 * compared. A missed target is a finding, not a failure: the exit code is non-zero only on a crash.
 *
 * One profile serves the whole run, so what one bench seeds the next can reuse (the 100k-entry log
 * is seeded once for the log, timeline and backup benches; see seed.ts). The order below matters:
 * backup empties the database, so it comes last.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';
import { startWebHost, type WebHost } from '../../main/web-host';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium';
import { benchContext, type Bench } from './bench';
import { analyticsBench } from './benches/analytics';
import { backupBench } from './benches/backup';
import { broadcastsBench } from './benches/broadcasts';
import { logBench } from './benches/log';
import { postmortemBench } from './benches/postmortem';
import { roomBench } from './benches/room';
import { rosterBench } from './benches/roster';
import { startBundleBench } from './benches/start-bundle';
import { tasksBench } from './benches/tasks';
import { timelineBench } from './benches/timeline';
import { installProbe } from './probe';
import { buildRenderer } from './renderer-build';
import { saveRun, startRun, type Run } from './run-report';

/** Every bench, run in this order. Later issues add theirs here. */
const benches: Bench[] = [
  startBundleBench,
  logBench,
  rosterBench,
  broadcastsBench,
  tasksBench,
  analyticsBench,
  postmortemBench,
  timelineBench,
  roomBench,
  backupBench,
];

const root = resolve(import.meta.dirname, '../..');
const resultsFile = join(root, 'bench-results.json');
// The whole run should take under 8 minutes (bench.run.minutes says how long it took); past this
// something hangs, and we stop, keeping every figure measured so far, rather than wait.
const deadlineMs = 20 * 60_000;

type Resources = { folders: string[]; host?: WebHost; browser?: BrowserContext; released?: Promise<void> };

/** Closes the browser and the host and removes the temp folders; safe to call twice (a signal mid-run). */
function release(resources: Resources): Promise<void> {
  resources.released ??= (async () => {
    await resources.browser?.close().catch(() => undefined);
    await resources.host?.close().catch(() => undefined);
    for (const folder of resources.folders) {
      // Retries: a browser stopped by the same Ctrl+C may still be writing its profile.
      await rm(folder, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 }).catch(
        (error: unknown) => console.error(`  could not remove ${folder}:`, error),
      );
    }
  })();
  return resources.released;
}

function secondsSince(since: bigint): number {
  return Number(process.hrtime.bigint() - since) / 1e9;
}

function seconds(since: bigint): string {
  return `${secondsSince(since).toFixed(1)} s`;
}

/**
 * The benches named on the command line (`npm run bench -- timeline postmortem`), or every bench.
 * A name that matches none is refused before anything starts, so a typo does not cost a seeding.
 */
function chooseBenches(names: readonly string[]): Bench[] {
  if (names.length === 0) return benches;
  const unknown = names.filter((name) => !benches.some((bench) => bench.name === name));
  if (unknown.length > 0) {
    throw new Error(
      `No bench named ${unknown.join(', ')}: choose from ${benches.map((b) => b.name).join(', ')}.`,
    );
  }
  return benches.filter((bench) => names.includes(bench.name));
}

async function runBenches(resources: Resources, run: Run, chosen: readonly Bench[], full: boolean) {
  const executablePath = chromiumPath();
  const rendererFolder = await mkdtemp(join(tmpdir(), 'war-room-bench-renderer-'));
  resources.folders.push(rendererFolder);
  console.log(`Built the renderer in ${(await buildRenderer(rendererFolder)).toFixed(1)} s.`);
  const dataFolder = await mkdtemp(join(tmpdir(), 'war-room-bench-data-'));
  resources.folders.push(dataFolder);
  const profile = await mkdtemp(join(tmpdir(), 'war-room-bench-profile-'));
  resources.folders.push(profile);
  const host = await startWebHost({ port: 0, dataFolder, rendererFolder });
  resources.host = host;
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath,
    args: chromiumArgs,
    viewport: { width: 1400, height: 900 },
    locale: 'en-US',
    timezoneId: 'UTC',
    // Playwright would exit on these by itself, before our temp folders are removed.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  resources.browser = browser;
  await installProbe(browser);
  const page = browser.pages()[0] ?? (await browser.newPage());
  page.setDefaultTimeout(60_000);
  page.setDefaultNavigationTimeout(60_000);

  const [load] = loadavg();
  if (load !== undefined && load > cpus().length / 2) {
    console.log(
      `Note: load average ${load.toFixed(1)} on ${cpus().length} CPUs: other work will make figures noisy.`,
    );
  }
  for (const bench of chosen) {
    const started = process.hrtime.bigint();
    console.log(`\n▶ ${bench.name}`);
    // Each line says when in the bench it came, so a slow step (a seeding, a wait) shows where it is.
    const say = (line: string) => console.log(`  ${seconds(started).padStart(8)}  ${line}`);
    run.started.add(bench.name);
    try {
      const context = benchContext({ browser, page, url: host.url, say, full, rendererFolder });
      run.results.push(...(await bench.run(context)));
      console.log(`  done in ${seconds(started)}`);
    } catch (error) {
      // One broken bench must not hide the others' figures.
      run.crashed = true;
      console.error(`  ✗ ${bench.name} crashed after ${seconds(started)}:`, error);
    }
    run.durations.push({ bench: bench.name, seconds: secondsSince(started) });
    // Written after every bench, so a run stopped later (the deadline, Ctrl+C) keeps what it measured.
    await saveRun(resultsFile, run, false);
  }
}

async function main(): Promise<number> {
  const resources: Resources = { folders: [] };
  const args = process.argv.slice(2);
  const full = args.includes('--full');
  let run: Run | undefined;
  const stop = (reason: string) => {
    console.error(`\n✗ ${reason}: stopping the bench.`);
    const saved = run === undefined ? Promise.resolve() : saveRun(resultsFile, run, true);
    void saved.finally(() => release(resources).finally(() => process.exit(1)));
  };
  const watchdog = setTimeout(() => stop(`no result after ${deadlineMs / 60_000} minutes`), deadlineMs);
  process.once('SIGINT', () => stop('interrupted'));
  process.once('SIGTERM', () => stop('terminated'));
  try {
    const chosen = chooseBenches(args.filter((arg) => !arg.startsWith('--')));
    run = await startRun(resultsFile, chosen.length === benches.length);
    if (!full) console.log('Short run: `npm run bench -- --full` drains 100 broadcasts instead of 20.');
    await runBenches(resources, run, chosen, full);
    await saveRun(resultsFile, run, true);
    return run.crashed ? 1 : 0;
  } catch (error) {
    console.error('\n✗ the bench crashed:', error);
    return 1;
  } finally {
    clearTimeout(watchdog);
    await release(resources);
  }
}

process.exitCode = await main();
