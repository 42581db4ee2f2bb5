/**
 * Why a scenario file is refused, as a code the game master reads in their language
 * (features/drills/strings.ts) and where: a path such as `injects[3].contingency.at`, or `line:column`
 * in the text. The codes a backup shares (size, nesting, JSON, keys, shape) mean the same here.
 */
export const scenarioProblemCodes = [
  'too-large',
  'empty',
  'too-deep',
  'not-json',
  'forbidden-key',
  'not-a-scenario',
  'runbook-file',
  'backup-file',
  'newer-version',
  'unknown-version',
  'missing-field',
  'unknown-field',
  'wrong-type',
  'too-long',
  'too-many',
  'invalid-value',
  'bad-offset',
  'unknown-role',
  'role-not-played',
  'beyond-time-limit',
  'contingency-too-early',
  'duplicate-inject',
  'unknown-person',
] as const;
export type ScenarioProblemCode = (typeof scenarioProblemCodes)[number];

export type ScenarioProblem = { code: ScenarioProblemCode; where: string; detail?: string };
