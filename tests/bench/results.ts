/** Bench figures: the readable table for the terminal and bench-results.json for comparing runs. */
import { cpus } from 'node:os';
import { readFile, writeFile } from 'node:fs/promises';

/** A target is a ceiling: the figure meets it when it is at or below the value. */
export type Target = { op: '<='; value: number };

/** One figure a bench measured. `target: null` means it is reported for context only. */
export type BenchResult = { name: string; value: number; unit: string; target: Target | null };

export type JudgedResult = BenchResult & { met: boolean | null };

export type BenchReport = {
  runAt: string;
  machine: { cpus: number; node: string };
  results: JudgedResult[];
};

/** Shorthand for the usual target, "no more than". */
export function atMost(value: number): Target {
  return { op: '<=', value };
}

export function judge(result: BenchResult): JudgedResult {
  return { ...result, met: result.target === null ? null : result.value <= result.target.value };
}

/** The report written to bench-results.json; later issues only add results, never reshape it. */
export function buildReport(results: readonly BenchResult[], runAt: Date): BenchReport {
  return {
    runAt: runAt.toISOString(),
    machine: { cpus: cpus().length, node: process.version },
    results: results.map(judge),
  };
}

function verdict(met: boolean | null): string {
  if (met === null) return '';
  return met ? 'met' : 'MISSED';
}

/** A plain-text table: name, value, unit, target and whether it was met. */
export function formatTable(results: readonly JudgedResult[]): string {
  const header = ['figure', 'value', 'unit', 'target', 'met'];
  const rows = results.map((r) => [
    r.name,
    String(r.value),
    r.unit,
    r.target === null ? '-' : `${r.target.op} ${r.target.value}`,
    verdict(r.met),
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  // Numbers are right-aligned so their magnitudes line up.
  const numeric = new Set([1, 3]);
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) =>
        numeric.has(column) ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0),
      )
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [line(header), rule, ...rows.map(line)].join('\n');
}

export async function writeReport(path: string, report: BenchReport): Promise<void> {
  await writeFile(path, `${JSON.stringify(report, null, 2)}\n`, 'utf8');
}

/** A figure belongs to the bench its name starts with (`timeline.build.100k` to `timeline`). */
export function belongsTo(figure: string, bench: string): boolean {
  return figure.startsWith(`${bench}.`);
}

/** The figures of the last run's bench-results.json; no file yet (or an unreadable one): none. */
export async function previousFigures(path: string): Promise<BenchResult[]> {
  let previous: BenchReport;
  try {
    previous = JSON.parse(await readFile(path, 'utf8')) as BenchReport;
  } catch {
    return [];
  }
  return previous.results.map(({ name, value, unit, target }) => ({ name, value, unit, target }));
}
