/**
 * The shape of a scenario file, strict at every level (an unknown key is refused by name). Roles and
 * offsets are read as plain strings here and checked in `meaning.ts`, so a wrong one is refused as an
 * unknown role or a bad offset rather than as a list of allowed values.
 */
import { z } from 'zod';
import { incidentStatuses, severities } from '../incident/types';
import { injectKinds, scenarioLimits as max } from './types';

const text = (most: number) => z.string().trim().max(most);
const words = (most: number) => text(most).min(1);
const role = z.string().max(60);
/** "m:ss" from the start of the drill; parsed in meaning.ts. */
const offset = z.string().max(10);

const messageFields = {
  target: role,
  kind: z.enum(injectKinds),
  from: text(max.fromMaxLength).default(''),
  text: words(max.textMaxLength),
};

const person = text(max.fromMaxLength).min(1).optional();

const expectSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('task-assigned'),
    words: z.array(words(max.wordMaxLength)).max(max.maxWords).default([]),
  }),
  z.strictObject({ kind: z.literal('update-sent') }),
  z.strictObject({ kind: z.literal('status-changed'), to: z.enum(incidentStatuses) }),
  z.strictObject({ kind: z.literal('severity-changed'), to: z.enum(severities).optional() }),
  z.strictObject({ kind: z.literal('responder-rested'), person }),
  z.strictObject({ kind: z.literal('command-handed-over'), person }),
  z.strictObject({ kind: z.literal('checked-in'), person }),
  z.strictObject({ kind: z.literal('game-master'), what: words(max.textMaxLength) }),
]);

const contingencySchema = z.strictObject({ at: offset, ...messageFields });

const injectSchema = z.strictObject({
  id: z
    .string()
    .max(max.idMaxLength)
    .regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and dashes'),
  at: offset,
  ...messageFields,
  expect: expectSchema,
  contingency: contingencySchema.optional(),
});

export const scenarioFileSchema = z.strictObject({
  format: z.string(),
  formatVersion: z.number(),
  title: words(max.titleMaxLength),
  briefing: text(max.textMaxLength).default(''),
  source: z.strictObject({
    organisation: words(max.fromMaxLength),
    title: words(max.titleMaxLength),
    url: z.url({ protocol: /^https?$/ }).max(max.urlMaxLength),
    date: z.iso.date(),
  }),
  severity: z.enum(severities),
  timeLimitMinutes: z
    .number()
    .int()
    .min(max.minTimeLimitMinutes)
    .max(max.maxTimeLimitMinutes)
    .default(max.defaultTimeLimitMinutes),
  roles: z.array(role).min(1).max(10),
  people: z
    .array(z.strictObject({ name: words(max.fromMaxLength), role }))
    .max(max.maxPeople)
    .default([]),
  injects: z.array(injectSchema).min(1).max(max.maxInjects),
});

export type ScenarioFileShape = z.infer<typeof scenarioFileSchema>;
