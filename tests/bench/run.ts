/**
 * `npm run bench`: the app's performance figures, measured in headless Chromium with an on-disk
 * profile against the real browser host. Prints a table and writes bench-results.json so runs can be
 * compared. A missed target is a finding, not a failure: the exit code is non-zero only on a crash.
 */
import { existsSync } from 'node:fs';
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
import { rosterBench } from './benches/roster';
import { tasksBench } from './benches/tasks';
import { timelineBench } from './benches/timeline';
import { installProbe } from './probe';
import { buildReport, figuresOfOtherBenches, formatTable, writeReport, type BenchResult } from './results';

/** Every bench, run in this order. Later issues add theirs here. */
const benches: Bench[] = [
  logBench,
  rosterBench,
  broadcastsBench,
  tasksBench,
  analyticsBench,
  postmortemBench,
  timelineBench,
  backupBench,
];

const root = resolve(import.meta.dirname, '../..');
const rendererFolder = join(root, 'dist', 'renderer');
const resultsFile = join(root, 'bench-results.json');
// The whole run should take a few minutes; past this something hangs, and we stop rather than wait.
const deadlineMs = 12 * 60_000;

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

function seconds(since: bigint): string {
  return `${(Number(process.hrtime.bigint() - since) / 1e9).toFixed(1)} s`;
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

async function runBenches(
  resources: Resources,
  chosen: readonly Bench[],
  full: boolean,
): Promise<{ results: BenchResult[]; crashed: boolean }> {
  if (!existsSync(join(rendererFolder, 'index.html'))) {
    throw new Error('The renderer is not built: run `npm run build:web` first (npm run bench does).');
  }
  const executablePath = chromiumPath();
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
  const results: BenchResult[] = [];
  let crashed = false;
  for (const bench of chosen) {
    const started = process.hrtime.bigint();
    console.log(`\n▶ ${bench.name}`);
    const say = (line: string) => console.log(`  ${line}`);
    try {
      results.push(...(await bench.run(benchContext(browser, page, host.url, say, full))));
      console.log(`  done in ${seconds(started)}`);
    } catch (error) {
      // One broken bench must not hide the others' figures.
      crashed = true;
      console.error(`  ✗ ${bench.name} crashed after ${seconds(started)}:`, error);
    }
  }
  return { results, crashed };
}

async function main(): Promise<number> {
  const resources: Resources = { folders: [] };
  const started = process.hrtime.bigint();
  const runAt = new Date();
  const stop = (reason: string) => {
    console.error(`\n✗ ${reason}: stopping the bench.`);
    void release(resources).finally(() => process.exit(1));
  };
  const watchdog = setTimeout(() => stop(`no result after ${deadlineMs / 60_000} minutes`), deadlineMs);
  process.once('SIGINT', () => stop('interrupted'));
  process.once('SIGTERM', () => stop('terminated'));
  try {
    const args = process.argv.slice(2);
    const full = args.includes('--full');
    const chosen = chooseBenches(args.filter((arg) => !arg.startsWith('--')));
    if (!full) console.log('Short run: `npm run bench -- --full` drains 100 broadcasts instead of 20.');
    const { results, crashed } = await runBenches(resources, chosen, full);
    // A run of some benches keeps the other benches' figures from the last run, so the file stays whole.
    const kept = chosen.length === benches.length ? [] : await figuresOfOtherBenches(resultsFile, chosen);
    const report = buildReport([...kept, ...results], runAt);
    console.log(`\n${formatTable(report.results)}\n`);
    await writeReport(resultsFile, report);
    const missed = report.results.filter((r) => r.met === false).length;
    console.log(`${report.results.length} figures, ${missed} missed their target, in ${seconds(started)}.`);
    console.log(`Written to ${resultsFile}`);
    return crashed ? 1 : 0;
  } catch (error) {
    console.error('\n✗ the bench crashed:', error);
    return 1;
  } finally {
    clearTimeout(watchdog);
    await release(resources);
  }
}

process.exitCode = await main();
