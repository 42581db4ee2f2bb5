import { describe, expect, it } from 'vitest';
import type { IncidentEvent } from '../../../../../renderer/src/domain/log/events';
import {
  backdatedReasonOf,
  checkRecordedTime,
  recordedLater,
} from '../../../../../renderer/src/domain/log/recorded-time';

const at = (iso: string) => Date.parse(iso);
const now = at('2026-11-24T19:00:00Z');
const declared = { ts: at('2026-11-24T17:05:30Z'), refusal: 'before-declaration' };

describe('when a line happened', () => {
  it('is now when no time is given, and a time within the minute needs no reason', () => {
    expect(checkRecordedTime(undefined, undefined, now)).toEqual({ ts: now, backdatedReason: null });
    expect(checkRecordedTime(now - 30_000, '', now)).toEqual({ ts: now - 30_000, backdatedReason: null });
  });

  it('keeps an earlier time with its reason, trimmed', () => {
    expect(
      checkRecordedTime(at('2026-11-24T17:20:00Z'), '  noticed in the dashboard ', now, declared),
    ).toEqual({
      ts: at('2026-11-24T17:20:00Z'),
      backdatedReason: 'noticed in the dashboard',
    });
  });

  it('refuses the future, and an earlier time without a reason', () => {
    expect(() => checkRecordedTime(at('2026-11-24T19:10:00Z'), 'typo', now)).toThrowError('time-in-future');
    expect(() => checkRecordedTime(at('2026-11-24T17:20:00Z'), '   ', now)).toThrowError(
      'backdated-needs-reason',
    );
  });

  it('refuses a time before the earliest with its own refusal, even with a reason', () => {
    expect(() => checkRecordedTime(at('2026-11-24T17:04:00Z'), 'alert fired', now, declared)).toThrowError(
      'before-declaration',
    );
  });

  it('places a time picked in the minute of the declaration at the declaration itself', () => {
    // The picker speaks minutes: 17:05 names the minute the incident was declared in (17:05:30).
    expect(checkRecordedTime(at('2026-11-24T17:05:00Z'), 'paged then', now, declared)).toEqual({
      ts: declared.ts,
      backdatedReason: 'paged then',
    });
  });
});

describe('the recorded time a log line shows', () => {
  const entry = (ts: number, backdatedReason?: string): IncidentEvent => ({
    id: '01',
    incidentId: 'i',
    ts,
    recordedAt: now,
    actor: 'Alice',
    type: 'log.entry-added',
    payload: {
      kind: 'fact',
      text: 'x',
      author: 'Alice',
      ...(backdatedReason === undefined ? {} : { backdatedReason }),
    },
  });

  it('is shown from a minute late on', () => {
    expect(recordedLater(entry(now - 59_999))).toBe(false);
    expect(recordedLater(entry(now - 60_000))).toBe(true);
  });

  it('is not shown for a Slack message, which Slack recorded at its own time', () => {
    const imported: IncidentEvent = {
      ...entry(now - 3_600_000),
      type: 'slack.message-imported',
      payload: {
        channelId: 'C0WARROOM1',
        slackTs: '1795000000.000100',
        threadTs: null,
        slackUserId: 'U0BOB',
        personId: null,
        authorName: 'Bob',
        text: 'rolling back',
        permalink: 'https://example.slack.com/archives/C0WARROOM1/p1795000000000100',
      },
    };
    expect(recordedLater(imported)).toBe(false);
  });

  it('reads an event written before reasons existed as having none', () => {
    expect(backdatedReasonOf(entry(now))).toBeNull();
    expect(backdatedReasonOf(entry(now - 3_600_000, 'read back from the pager'))).toBe(
      'read back from the pager',
    );
  });
});
