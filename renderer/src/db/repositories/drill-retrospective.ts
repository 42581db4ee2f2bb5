/**
 * Saving a drill's retrospective: one `drill.retrospective-saved` in the drill's log each time, the last
 * one being what the team says now. Refused while the drill still runs, and nothing is written when an
 * answer is longer than a backup keeps.
 */
import { retroPayload, retroTextMaxLength, type RetroAnswers } from '../../domain/drills/retro';
import { drillState } from '../../domain/drills/timing';
import { DomainError } from '../../domain/errors';
import { appendEvents, newEvent, type RecordContext } from '../append';
import type { WarRoomDatabase } from '../schema';
import { readDrill } from './drills';

export async function saveRetrospective(
  db: WarRoomDatabase,
  incidentId: string,
  answers: RetroAnswers,
  context: RecordContext,
): Promise<void> {
  const { read, events } = await readDrill(db, incidentId);
  if (read.kind !== 'drill') throw new DomainError('not-a-drill');
  if (!drillState(read.run, events, context.now).ended) throw new DomainError('drill-not-ended');
  const built = retroPayload(answers, read.run.scenario);
  if (!built.ok) throw new DomainError('too-long', { field: built.problem.field, max: retroTextMaxLength });
  await appendEvents(db, [newEvent('drill.retrospective-saved', incidentId, built.payload, context)]);
}
