/**
 * An assignment shows on its card before its write commits: the view derived from the intent is what the
 * database holds once it has, and a failed one leaves the owner as stored, with the card saying so.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { declareIncident } from '../../../../../renderer/src/db/repositories/incidents';
import { addPerson } from '../../../../../renderer/src/db/repositories/people';
import { checkIn } from '../../../../../renderer/src/db/repositories/roster';
import { assignTask, createTask } from '../../../../../renderer/src/db/repositories/tasks';
import type { WarRoomDatabase } from '../../../../../renderer/src/db/schema';
import { assignedView } from '../../../../../renderer/src/domain/tasks/pending';
import { applyPending, type Pending } from '../../../../../renderer/src/features/tasks/pendingAssignments';
import { at, freshDatabase } from '../../db/testDb';
import { owned, task } from '../../domain/tasks/fixtures';

let db: WarRoomDatabase | undefined;
afterEach(async () => db?.delete());

const now = at('2026-11-24T02:10:00Z');
const carol = { personId: 'carol', name: 'Carol' };

describe('a pending assignment', () => {
  it('shows the new owner at once, not confirmed yet, its check-back restarted; the other cards untouched', () => {
    const roll = owned('roll', 'bob', { acknowledged: true });
    const page = task('page');
    const pending = new Map<string, Pending>([
      [
        'roll',
        { id: 1, view: assignedView(roll, carol, now), ownerName: 'Carol', state: 'saving', reason: '' },
      ],
    ]);
    const { tasks, cards } = applyPending([roll, page], pending);
    expect(tasks?.[0]).toMatchObject({ ownerId: 'carol', ownerName: 'Carol', acknowledged: false });
    expect(tasks?.[0]?.checkBackAt).toBe(now + 15 * 60_000);
    expect(tasks?.[1]).toBe(page);
    expect(cards.get('roll')).toEqual({ state: 'saving' });
  });

  it('is exactly what the database holds once the assignment commits', async () => {
    db = freshDatabase();
    const ctx = { now: at('2026-11-24T02:00:00Z'), actor: 'Alice' };
    const incidentId = await declareIncident(
      db,
      { title: 'Payments down', severity: 'SEV-1', commanderName: 'Alice', summary: '' },
      ctx,
    );
    const bob = await addPerson(db, { name: 'Bob', timeZone: 'UTC' }, ctx);
    await checkIn(db, { incidentId, personId: bob, roles: [], location: 'remote' }, ctx);
    const taskId = await createTask(db, { incidentId, title: 'Roll back', category: 'restore-service' }, ctx);
    const before = await db.tasks.get(taskId);
    if (before === undefined) throw new Error('the task was not created');
    const view = assignedView(before, { personId: bob, name: 'Bob' }, now);
    await assignTask(db, { taskId, personId: bob }, { now, actor: 'Alice' });
    expect(await db.tasks.get(taskId)).toEqual({ ...view, updatedAt: now });
  });

  it('once failed, leaves the owner as stored and the card says who it was for and why', () => {
    const roll = owned('roll', 'bob');
    const pending = new Map<string, Pending>([
      [
        'roll',
        {
          id: 2,
          view: assignedView(roll, carol, now),
          ownerName: 'Carol',
          state: 'failed',
          reason: 'Carol has checked out.',
        },
      ],
    ]);
    const { tasks, cards } = applyPending([roll], pending);
    expect(tasks?.[0]).toBe(roll);
    expect(cards.get('roll')).toEqual({
      state: 'failed',
      ownerName: 'Carol',
      reason: 'Carol has checked out.',
    });
  });
});
