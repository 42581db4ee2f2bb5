/**
 * Parts of the event schemas: the envelope every event shares, Slack blocks and cadences, deliveries,
 * postmortem sections and runbook definitions, kept apart so event-schemas.ts reads as the list of
 * event types.
 */
import { z } from 'zod';
import { slackLimits } from '../broadcasts/limits';
import { postmortemSections } from '../postmortem/events';
import { runbookLimits } from '../runbooks/types';
import { taskCategories } from '../tasks/types';
import { channelRef, epochMs, id, list, maxima, name, text } from './fields';

/** The envelope every event shares, with its type and payload. */
export function event<T extends string, P extends z.ZodType>(type: T, payload: P) {
  return z.strictObject({
    id,
    incidentId: id,
    ts: epochMs,
    recordedAt: epochMs,
    actor: name,
    type: z.literal(type),
    payload,
  });
}

const plainText = z.strictObject({
  type: z.literal('plain_text'),
  text: text(slackLimits.sectionText),
});
const mrkdwnText = z.strictObject({ type: z.literal('mrkdwn'), text: text(slackLimits.sectionText) });
const textObject = z.discriminatedUnion('type', [plainText, mrkdwnText]);
export const block = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('header'), text: plainText }),
  z.strictObject({
    type: z.literal('section'),
    text: textObject.optional(),
    fields: list(textObject, slackLimits.sectionFields).optional(),
  }),
  z.strictObject({ type: z.literal('context'), elements: list(textObject, slackLimits.contextElements) }),
  z.strictObject({ type: z.literal('divider') }),
]);
export const sections = z.strictObject({
  conditions: text(maxima.summary).optional(),
  actions: text(maxima.summary).optional(),
  needs: text(maxima.summary).optional(),
  impact: text(maxima.summary).optional(),
  currentStatus: text(maxima.summary).optional(),
  nextSteps: text(maxima.summary).optional(),
});
const cadenceMinutes = z
  .number()
  .int()
  .min(1)
  .max(24 * 60);
export const cadence = z.strictObject({
  'SEV-1': cadenceMinutes.nullable(),
  'SEV-2': cadenceMinutes.nullable(),
  'SEV-3': cadenceMinutes.nullable(),
  'SEV-4': cadenceMinutes.nullable(),
  'SEV-5': cadenceMinutes.nullable(),
});
export const cadenceChoice = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('settings') }),
  z.strictObject({ kind: z.literal('every'), minutes: cadenceMinutes }),
  z.strictObject({ kind: z.literal('status-change') }),
]);
export const delivery = { ...channelRef.shape, broadcastId: id };
export const slackTs = text(maxima.shortToken);
export const sectionText = z.strictObject({
  section: z.enum(postmortemSections),
  text: text(maxima.sectionText),
});
export const runbookDefinition = z.strictObject({
  name: text(runbookLimits.nameMaxLength),
  description: text(maxima.summary),
  steps: list(
    z.strictObject({
      title: text(maxima.title),
      description: text(maxima.summary),
      category: z.enum(taskCategories),
    }),
    runbookLimits.maxSteps,
  ),
});
