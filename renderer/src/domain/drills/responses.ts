/**
 * Whether the players did what an inject expects, read from the drill incident's log: the first event of
 * the right kind recorded after the inject was shown. Recorded time, not event time: a check-in dated
 * earlier was still done after the inject, and the retrospective asks when the players acted.
 */
import type { IncidentEvent } from '../log/events';
import type { ExpectedResponse } from './types';

/** What the log shows the players did, for the game master's view and the retrospective. */
export type ResponseEvidence = {
  eventId: string;
  type: IncidentEvent['type'];
  /** When it was recorded (epoch ms). */
  at: number;
  /** The words a line of the retrospective needs: a task's title, a person's name, a status. */
  detail: string;
};

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The evidence `event` is of `expected`, or null when it is not a response to it. */
function evidenceOf(expected: ExpectedResponse, event: IncidentEvent): string | null {
  switch (expected.kind) {
    case 'task-assigned': {
      if (event.type !== 'task.assigned') return null;
      const title = event.payload.title.toLowerCase();
      const matches =
        expected.words.length === 0 || expected.words.some((w) => title.includes(w.toLowerCase()));
      return matches ? `${event.payload.title} → ${event.payload.to.personName}` : null;
    }
    case 'update-sent':
      // Queued is when the communications lead sent it; in a drill it goes to the drill, not to Slack.
      if (event.type === 'broadcast.queued') return event.payload.text;
      if (event.type === 'broadcast.sent') return event.payload.channelName;
      return null;
    case 'status-changed':
      return event.type === 'incident.status-changed' && event.payload.to === expected.to
        ? event.payload.to
        : null;
    case 'severity-changed':
      return event.type === 'incident.severity-changed' &&
        (expected.to === null || event.payload.to === expected.to)
        ? event.payload.to
        : null;
    case 'responder-rested':
      return event.type === 'rest.started' &&
        (expected.person === null || sameName(expected.person, event.payload.personName))
        ? event.payload.personName
        : null;
    case 'command-handed-over':
      return event.type === 'command.handed-over' &&
        (expected.person === null || sameName(expected.person, event.payload.to.personName))
        ? event.payload.to.personName
        : null;
    case 'checked-in':
      return event.type === 'responder.checked-in' &&
        (expected.person === null || sameName(expected.person, event.payload.personName))
        ? event.payload.personName
        : null;
    case 'game-master':
      return null;
  }
}

/** Whether the log can show this response at all; otherwise only the game master's tick can. */
export function isDetectable(expected: ExpectedResponse): boolean {
  return expected.kind !== 'game-master';
}

/** The first response to `expected` recorded from `since` to `until` (epoch ms), or null. */
export function detectResponse(
  expected: ExpectedResponse,
  events: readonly IncidentEvent[],
  since: number,
  until: number,
): ResponseEvidence | null {
  let first: ResponseEvidence | null = null;
  for (const event of events) {
    if (event.recordedAt < since || event.recordedAt > until) continue;
    if (first !== null && event.recordedAt >= first.at) continue;
    const detail = evidenceOf(expected, event);
    if (detail !== null) first = { eventId: event.id, type: event.type, at: event.recordedAt, detail };
  }
  return first;
}
