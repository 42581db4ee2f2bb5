/**
 * What one `npm run bench` has measured so far, and bench-results.json written from it: after every
 * bench (so a run stopped by its deadline or Ctrl+C keeps its figures) and once more at the end.
 */
import { atMost, belongsTo, buildReport, formatTable, previousFigures, writeReport } from './results';
import type { BenchResult } from './results';
import { round } from './stats';

export type Run = {
  runAt: Date;
  /** Every bench was chosen: the file is this run's alone, and the run's length is a figure. */
  whole: boolean;
  /** The last file's figures: a run of some benches keeps the others', so the file stays whole. */
  previous: BenchResult[];
  /** Benches begun so far: their old figures are dropped even if they crashed, so none looks current. */
  started: Set<string>;
  results: BenchResult[];
  durations: { bench: string; seconds: number }[];
  crashed: boolean;
};

export async function startRun(resultsFile: string, whole: boolean): Promise<Run> {
  return {
    runAt: new Date(),
    whole,
    previous: whole ? [] : await previousFigures(resultsFile),
    started: new Set(),
    results: [],
    durations: [],
    crashed: false,
  };
}

/** The whole `npm run bench`, build included: node's own uptime, since the build runs inside it. */
function runMinutes(): BenchResult {
  return {
    name: 'bench.run.minutes',
    value: round(process.uptime() / 60, 2),
    unit: 'min',
    target: atMost(8),
  };
}

function figuresOf(run: Run, final: boolean): BenchResult[] {
  const kept = run.previous.filter((f) => ![...run.started].some((bench) => belongsTo(f.name, bench)));
  const durations = run.durations.map(({ bench, seconds }) => ({
    name: `${bench}.run.seconds`,
    value: round(seconds),
    unit: 's',
    target: null,
  }));
  // A run of some benches says nothing about the whole run's length: the last whole run's figure stays.
  const minutes = run.whole && final ? [runMinutes()] : [];
  return [...kept, ...run.results, ...durations, ...minutes];
}

/** Writes bench-results.json; at the end (`final`) also prints the table and the summary line. */
export async function saveRun(resultsFile: string, run: Run, final: boolean): Promise<void> {
  const report = buildReport(figuresOf(run, final), run.runAt);
  await writeReport(resultsFile, report);
  if (!final) return;
  console.log(`\n${formatTable(report.results)}\n`);
  const missed = report.results.filter((r) => r.met === false).length;
  const minutes = (process.uptime() / 60).toFixed(1);
  console.log(`${report.results.length} figures, ${missed} missed their target, in ${minutes} min.`);
  console.log(`Written to ${resultsFile}`);
}
