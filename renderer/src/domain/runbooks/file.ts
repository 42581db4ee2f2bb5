/**
 * Runbooks as JSON files, to share between teams and desktops. Anything read from a file is parsed
 * with zod; a bad file is refused whole, with the first problem named, and nothing is imported.
 */
import { z } from 'zod';
import { backupFormat } from '../backup/format';
import { DomainError } from '../errors';
import { limits } from '../incident/types';
import { taskCategories } from '../tasks/types';
import { runbookLimits, type RunbookDefinition } from './types';

export const runbookFormat = 'war-room.runbook';
export const runbookFormatVersion = 1;

const text = (max: number) => z.string().trim().max(max);

const stepSchema = z
  .object({
    title: text(limits.titleMaxLength).min(1),
    description: text(limits.summaryMaxLength).default(''),
    category: z.enum(taskCategories),
  })
  .strict();

const definitionSchema = z
  .object({
    name: text(runbookLimits.nameMaxLength).min(1),
    description: text(limits.summaryMaxLength).default(''),
    steps: z.array(stepSchema).min(1).max(runbookLimits.maxSteps),
  })
  .strict();

const fileSchema = definitionSchema.extend({
  format: z.literal(runbookFormat),
  version: z.literal(runbookFormatVersion),
});

function problemOf(error: z.ZodError): string {
  const issue = error.issues[0];
  if (issue === undefined) return 'unknown problem';
  const path = issue.path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
  return path === '' ? issue.message : `${path}: ${issue.message}`;
}

/** Checks a runbook written or edited in the app; refuses it with the first problem named. */
export function checkRunbook(input: unknown): RunbookDefinition {
  const parsed = definitionSchema.safeParse(input);
  if (!parsed.success) throw new DomainError('runbook-invalid', { problem: problemOf(parsed.error) });
  return parsed.data;
}

/** Reads a runbook file's text; refuses anything that is not JSON in War Room's runbook format. */
export function parseRunbookFile(content: string): RunbookDefinition {
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch (error) {
    throw new DomainError('runbook-not-json', {
      problem: error instanceof Error ? error.message : String(error),
    });
  }
  // A backup chosen here by mistake is named as one, so the IC knows where it goes instead of reading a field list.
  if (typeof json === 'object' && json !== null && (json as { format?: unknown }).format === backupFormat) {
    throw new DomainError('runbook-is-backup');
  }
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) throw new DomainError('runbook-invalid', { problem: problemOf(parsed.error) });
  const { name, description, steps } = parsed.data;
  return { name, description, steps };
}

/** The file a runbook exports to; `parseRunbookFile` reads it back unchanged. */
export function runbookFile(runbook: RunbookDefinition): string {
  const { name, description, steps } = runbook;
  const file = { format: runbookFormat, version: runbookFormatVersion, name, description, steps };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A file name for the export: letters, digits and dashes only, as the save method accepts. */
export function runbookFileName(name: string): string {
  const slug = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `runbook-${slug === '' ? 'untitled' : slug}.json`;
}
