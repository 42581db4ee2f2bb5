import { afterEach, describe, expect, it } from 'vitest';
import { saveFatigueThresholds } from '../../../../../renderer/src/db/repositories/settings';
import type { WarRoomDatabase } from '../../../../../renderer/src/db/schema';
import { defaultFatigueThresholds } from '../../../../../renderer/src/domain/fatigue/thresholds';
import { readFatigueThresholds } from '../../../../../renderer/src/domain/settings/fatigue-settings';
import { at, freshDatabase } from '../testDb';

let db: WarRoomDatabase;
afterEach(async () => db?.delete());
const ctx = { now: at('2026-11-24T02:00:00Z'), actor: 'Alice' };

describe('fatigue settings', () => {
  it('saves the team’s thresholds as a logged event and reads them back', async () => {
    db = freshDatabase();
    await saveFatigueThresholds(db, { ...defaultFatigueThresholds, breakDueAfterMinutes: 90 }, ctx);
    const row = await db.settings.get('fatigueThresholds');
    expect(readFatigueThresholds(row?.value).breakDueAfterMinutes).toBe(90);
    expect((await db.events.toArray()).map((e) => e.type)).toEqual(['settings.changed']);
  });

  it('refuses a limit below its warning, and writes nothing', async () => {
    db = freshDatabase();
    const bad = { ...defaultFatigueThresholds, dutyLimitMinutes: 10 * 60 };
    await expect(saveFatigueThresholds(db, bad, ctx)).rejects.toMatchObject({
      code: 'bad-threshold',
      values: { field: 'dutyLimitMinutes' },
    });
    expect(await db.events.count()).toBe(0);
  });

  it('falls back to the defaults when the stored value cannot be read', () => {
    expect(readFatigueThresholds({ breakDueAfterMinutes: 'soon' })).toEqual(defaultFatigueThresholds);
  });
});
