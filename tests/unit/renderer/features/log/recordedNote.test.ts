/** The "recorded 19:42" under a line written down late, in the IC's language, as the log shows it. */
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../../../../renderer/src/app/locales/en';
import { ja } from '../../../../../renderer/src/app/locales/ja';
import type { IncidentEvent } from '../../../../../renderer/src/domain/log/events';
import { recordedNote } from '../../../../../renderer/src/features/log/recordedNote';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({
    resources: { en: { translation: en }, ja: { translation: ja } },
    lng: 'en',
    interpolation: { escapeValue: false },
  });
});

const at = (iso: string) => Date.parse(iso);
/** The note reads the desk's own clock: "10:42" on this machine's wall clock, whatever its zone. */
const wallClock = (iso: string) => {
  const d = new Date(iso);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
};
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
      recordedNote(i18n.t, entry('2026-11-24T10:20:00Z', '2026-11-24T10:20:59Z'), 'en', false),
    ).toBeNull();
  });

  // 10:20 and 10:42 UTC fall on the same local day in every zone; a day apart never does.
  it('names the recorded time and the reason, in English and Japanese', () => {
    const late = entry('2026-11-24T10:20:00Z', '2026-11-24T10:42:10Z', 'found in the CD history');
    const time = wallClock('2026-11-24T10:42:10Z');
    expect(recordedNote(i18n.t, late, 'en', false)).toBe(`recorded ${time}: found in the CD history`);
    expect(recordedNote(i18n.getFixedT('ja'), late, 'ja', false)).toBe(
      `${time} に記録: found in the CD history`,
    );
  });

  it('dates the recorded time when it falls on another day than the line', () => {
    const note = recordedNote(i18n.t, entry('2026-11-24T10:20:00Z', '2026-11-25T10:42:00Z'), 'en', false);
    // Day and month in the desk's own order (en-US here, en-GB elsewhere): the test checks a date is there.
    expect(note).toMatch(new RegExp(`^recorded \\d\\d/\\d\\d/2026, ${wallClock('2026-11-25T10:42:00Z')}$`));
  });

  it('does not repeat a late check-in’s reason, which its own sentence gives', () => {
    const checkIn: IncidentEvent = {
      ...entry('2026-11-24T10:20:00Z', '2026-11-24T10:42:00Z'),
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
    expect(recordedNote(i18n.t, checkIn, 'en', false)).toBe(`recorded ${wallClock('2026-11-24T10:42:00Z')}`);
  });
});
