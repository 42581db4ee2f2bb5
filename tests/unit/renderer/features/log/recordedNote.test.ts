/** The "recorded 19:42" under a line written down late, in the IC's language, as the log shows it. */
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../../../../renderer/src/app/locales/en';
import { ja } from '../../../../../renderer/src/app/locales/ja';
import type { IncidentEvent } from '../../../../../renderer/src/domain/log/events';
import { recordedNote } from '../../../../../renderer/src/features/log/recordedNote';

// The note is in the desk's own zone; the test reads the clock of a desk in UTC.
process.env.TZ = 'UTC';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({
    resources: { en: { translation: en }, ja: { translation: ja } },
    lng: 'en',
    interpolation: { escapeValue: false },
  });
});

const at = (iso: string) => Date.parse(iso);
const entry = (ts: string, recordedAt: string, backdatedReason?: string): IncidentEvent => ({
  id: 'e1',
  incidentId: 'i1',
  ts: at(ts),
  recordedAt: at(recordedAt),
  actor: 'Alice',
  type: 'log.entry-added',
  payload: {
    kind: 'fact',
    text: 'deploy 4512 went out',
    author: 'Bob',
    ...(backdatedReason === undefined ? {} : { backdatedReason }),
  },
});

describe('the recorded time under a log line', () => {
  it('says nothing for a line recorded within the minute it happened', () => {
    expect(
      recordedNote(i18n.t, entry('2026-11-24T19:00:00Z', '2026-11-24T19:00:59Z'), 'en', false),
    ).toBeNull();
  });

  it('names the recorded time and the reason, in English and Japanese', () => {
    const late = entry('2026-11-24T17:20:00Z', '2026-11-24T19:42:10Z', 'found in the CD history');
    expect(recordedNote(i18n.t, late, 'en', false)).toBe('recorded 19:42: found in the CD history');
    expect(recordedNote(i18n.getFixedT('ja'), late, 'ja', false)).toBe(
      '19:42 に記録: found in the CD history',
    );
  });

  it('dates the recorded time when it falls on another day than the line', () => {
    const note = recordedNote(i18n.t, entry('2026-11-24T23:50:00Z', '2026-11-25T00:10:00Z'), 'en', false);
    // Day and month in the desk's own order (en-US here, en-GB elsewhere): the test checks both are there.
    expect(note).toMatch(/^recorded (11\/25|25\/11)\/2026, 00:10$/);
  });

  it('does not repeat a late check-in’s reason, which its own sentence gives', () => {
    const checkIn: IncidentEvent = {
      ...entry('2026-11-24T17:20:00Z', '2026-11-24T19:00:00Z'),
      type: 'responder.checked-in',
      payload: {
        checkInId: 'c1',
        personId: 'p1',
        personName: 'Erin',
        roles: [],
        location: 'remote',
        locationDetail: '',
        contact: '',
        assignment: '',
        backdatedReason: 'joined the bridge before the page',
      },
    };
    expect(recordedNote(i18n.t, checkIn, 'en', false)).toBe('recorded 19:00');
  });
});
