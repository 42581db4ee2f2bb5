/** The outbox row a backup carries (db/rows.ts OutboxRow = Delivery), strict like the events. */
import { z } from 'zod';
import type { Delivery } from '../broadcasts/outbox';
import { epochMs, id, maxima, outboxState, text } from './fields';

const token = text(maxima.shortToken);

export const outboxRowSchema = z.strictObject({
  id,
  broadcastId: id,
  incidentId: id,
  channelId: token,
  channelName: token,
  state: outboxState,
  attempts: z.number().int().min(0).max(1_000_000),
  queuedAt: epochMs,
  nextAttemptAt: epochMs,
  attemptStartedAt: epochMs.nullable(),
  uncertainSince: epochMs.nullable(),
  lastError: z
    .strictObject({
      code: token,
      // What main or Slack said, as said: a generous wall, since refusing it would refuse a whole backup.
      message: text(maxima.slackText),
      slackError: token.optional(),
      neededScope: token.optional(),
      retryAfterSeconds: z.number().min(0).max(1e9).optional(),
      permanent: z.boolean().optional(),
    })
    .nullable(),
  sentAt: epochMs.nullable(),
  inFlightUntil: epochMs.optional(),
  sentTs: token.optional(),
  checkAt: epochMs.optional(),
});

// Compile-time check, as for the events: a new Delivery field without a schema fails the typecheck.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const rowMatchesDelivery: Same<z.output<typeof outboxRowSchema>, Delivery> = true;
void rowMatchesDelivery;
