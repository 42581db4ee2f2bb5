/**
 * The building blocks of the backup file's schemas: bounded strings, times and the shapes several events
 * share. Bounds follow the log's own caps where the app has one, so a file can carry nothing the app
 * itself would have refused to record; elsewhere they are generous maxima that no honest value reaches.
 */
import { z } from 'zod';
import { outboxStates } from '../broadcasts/outbox';
import { broadcastTemplates } from '../broadcasts/types';
import { limits, severities } from '../incident/types';

/** Strings are never trimmed or changed here: what is imported is exactly what was exported. */
export const text = (max: number) => z.string().max(max);

export const maxima = {
  /** ULIDs are 26 characters; outbox ids join a broadcast id and a channel id. */
  id: 200,
  name: limits.nameMaxLength,
  title: limits.titleMaxLength,
  summary: limits.summaryMaxLength,
  logEntry: limits.logEntryMaxLength,
  /** Slack's own cap on a message's text (chat.postMessage). */
  slackText: 40_000,
  /** A generated postmortem section of a long incident (its timeline) can be long; this is a wall, not a cap. */
  sectionText: 2_000_000,
  shortToken: 300,
  url: 2_000,
  listItems: 10_000,
} as const;

export const id = z.string().min(1).max(maxima.id);
export const name = text(maxima.name);
/** Epoch milliseconds; a Date cannot be built past ±8.64e15. */
export const epochMs = z.number().int().min(0).max(8.64e15);
export const severity = z.enum(severities);
export const template = z.enum(broadcastTemplates);
export const outboxState = z.enum(outboxStates);

export const who = { personId: id, personName: name };

export const channelRef = z.strictObject({
  channelId: text(maxima.shortToken),
  channelName: text(maxima.shortToken),
});

export const person = z.strictObject({
  id,
  name,
  team: name,
  contact: name,
  slackUserId: text(maxima.shortToken).nullable(),
  email: text(maxima.shortToken).nullable(),
  timeZone: text(maxima.shortToken),
});

export const list = <T extends z.ZodType>(item: T, max: number = maxima.listItems) => z.array(item).max(max);
