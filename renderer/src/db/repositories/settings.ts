import type { FatigueThresholds } from '../../domain/fatigue/thresholds';
import { settingsStream } from '../../domain/settings/events';
import { checkFatigueThresholds } from '../../domain/settings/fatigue-settings';
import { checkLoadThresholds, type LoadThresholds } from '../../domain/settings/load-settings';
import { appendEvents, newEvent, type RecordContext } from '../append';
import type { WarRoomDatabase } from '../schema';

/** Saves the team's fatigue thresholds (validated); the change is logged like any other. */
export async function saveFatigueThresholds(
  db: WarRoomDatabase,
  value: FatigueThresholds,
  context: RecordContext,
): Promise<void> {
  const checked = checkFatigueThresholds(value);
  await appendEvents(db, [
    newEvent('settings.changed', settingsStream, { key: 'fatigueThresholds', value: checked }, context),
  ]);
}

/** Saves when the cockpit nudges about load concentrated on one person (validated, logged). */
export async function saveLoadThresholds(
  db: WarRoomDatabase,
  value: LoadThresholds,
  context: RecordContext,
): Promise<void> {
  const checked = checkLoadThresholds(value);
  await appendEvents(db, [
    newEvent('settings.changed', settingsStream, { key: 'loadThresholds', value: checked }, context),
  ]);
}
