/** A zod refusal as a backup problem: the first issue, named by kind, at its path in the file. */
import type { z } from 'zod';
import { pathText, type BackupProblem } from './problems';

function has(root: unknown, path: readonly PropertyKey[]): boolean {
  let node: unknown = root;
  for (const part of path) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, part)) return false;
    node = (node as Record<PropertyKey, unknown>)[part];
  }
  return true;
}

/** `prefix` is where `value` sits in the file, e.g. ['events', 12]. */
export function problemOfZod(error: z.ZodError, value: unknown, prefix: PropertyKey[] = []): BackupProblem {
  const issue = error.issues[0];
  if (issue === undefined) return { code: 'invalid-value', where: pathText(prefix) };
  const path = [...prefix, ...issue.path];
  const where = pathText(path);
  switch (issue.code) {
    case 'unrecognized_keys':
      return {
        code: 'unknown-field',
        where: pathText([...path, issue.keys[0] ?? '']),
        detail: issue.keys.join(', '),
      };
    case 'invalid_type':
      if (!has(value, issue.path)) return { code: 'missing-field', where };
      return { code: 'wrong-type', where, detail: issue.expected };
    case 'too_big':
      if (issue.origin === 'string') return { code: 'too-long', where, detail: String(issue.maximum) };
      if (issue.origin === 'array') return { code: 'too-many', where, detail: String(issue.maximum) };
      return { code: 'invalid-value', where, detail: issue.message };
    default:
      return { code: 'invalid-value', where, detail: issue.message };
  }
}
