import { useLiveQuery } from 'dexie-react-hooks';
import { defaultFatigueThresholds, type FatigueThresholds } from '../../domain/fatigue/thresholds';
import { readFatigueThresholds } from '../../domain/settings/fatigue-settings';
import {
  defaultLoadThresholds,
  readLoadThresholds,
  type LoadThresholds,
} from '../../domain/settings/load-settings';
import { db } from '../index';

/** The team's fatigue thresholds, or the defaults while loading and until someone changes them. */
export function useFatigueThresholds(): FatigueThresholds {
  return (
    useLiveQuery(async () => {
      const row = await db.settings.get('fatigueThresholds');
      return row === undefined ? defaultFatigueThresholds : readFatigueThresholds(row.value);
    }, []) ?? defaultFatigueThresholds
  );
}

/** When the cockpit nudges about concentrated load, or the defaults (40% with three checked in). */
export function useLoadThresholds(): LoadThresholds {
  return (
    useLiveQuery(async () => {
      const row = await db.settings.get('loadThresholds');
      return row === undefined ? defaultLoadThresholds : readLoadThresholds(row.value);
    }, []) ?? defaultLoadThresholds
  );
}
