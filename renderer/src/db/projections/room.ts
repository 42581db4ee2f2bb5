/**
 * A conflict found between two desks' decisions (domain/room/conflicts.ts) is a line of the log; its
 * repairs keep the invariants once both decisions stand in the log: one incident commander.
 */
import type { ConflictRecorded } from '../../domain/room/events';
import { closeTenure } from './roster';
import type { ProjectionHandlers } from './types';

export const roomProjection: ProjectionHandlers<ConflictRecorded> = {
  'room.conflict-recorded': async (tables, event) => {
    for (const repair of event.payload.repairs) {
      if (repair.kind === 'close-tenure') {
        await closeTenure(tables, repair.tenureId, repair.at);
        continue;
      }
      // A check-out that did not see its person take command does not end that command.
      const tenure = await tables.roleTenures.get(repair.tenureId);
      if (tenure !== undefined && tenure.renouncedAt !== null)
        await tables.roleTenures.put({ ...tenure, renouncedAt: null });
    }
  },
};
