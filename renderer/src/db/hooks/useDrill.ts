import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useNow } from '../../app/clock';
import { drillState, type DrillState } from '../../domain/drills/timing';
import type { DrillRead } from '../../domain/drills/run';
import type { IncidentEvent } from '../../domain/log/events';
import { db } from '../index';
import { readDrill } from '../repositories/drills';

/** The incident's drill as its log holds it, and where it stands at the app's clock tick. */
export type DrillView = {
  read: DrillRead;
  /** Null when the incident is not a drill started from a scenario (or its scenario cannot be read). */
  state: DrillState | null;
  /** The players' events its expected responses are read from (the game master's evidence). */
  events: IncidentEvent[];
  now: number;
};

/**
 * The drill of `incidentId`, kept live: the log is read when it changes, the state is worked out again
 * each second (a pause or an inject due moves nothing in the log until the runner writes it). `undefined`
 * while loading.
 */
export function useDrill(incidentId: string): DrillView | undefined {
  const log = useLiveQuery(() => readDrill(db, incidentId), [incidentId]);
  const now = useNow();
  return useMemo(() => {
    if (log === undefined) return undefined;
    const state = log.read.kind === 'drill' ? drillState(log.read.run, log.events, now) : null;
    return { read: log.read, state, events: log.events, now };
  }, [log, now]);
}
