import { describe, expect, it } from 'vitest';
import { findConflicts } from '../../../../../renderer/src/domain/room/conflicts';
import { conflictEventId, conflictPayload } from '../../../../../renderer/src/domain/room/record';
import { alice, assign, bob, carol, checkOut, dan, declared, handOver } from './desks';

describe('a conflict as the log would record it', () => {
  it('says who made each decision, when, and what each decided', () => {
    const incident = declared();
    const aliceToDan = assign(incident, 'Alice', 1, null, dan);
    const bobToCarol = assign(incident, 'Bob', 2, null, carol);
    const [conflict] = findConflicts([...incident.events, aliceToDan, bobToCarol]);
    if (conflict === undefined) throw new Error('no conflict found');
    expect(conflictPayload(conflict)).toEqual({
      conflictId: conflict.id,
      kind: 'task-owner',
      subject: { taskId: incident.taskId, title: 'Roll back the deploy' },
      won: {
        eventId: bobToCarol.id,
        type: 'task.assigned',
        actor: 'Bob',
        ts: bobToCarol.ts,
        decided: { to: 'Carol', from: null },
      },
      lost: {
        eventId: aliceToDan.id,
        type: 'task.assigned',
        actor: 'Alice',
        ts: aliceToDan.ts,
        decided: { to: 'Dan', from: null },
      },
      repairs: [],
    });
  });

  it('names who left when a check-out is one side', () => {
    const incident = declared();
    const toBob = handOver(incident, 'Alice', 1, { ...alice, tenureId: incident.commandTenure }, bob);
    const bobLeaves = checkOut(incident, 'Carol', 2, bob);
    const [conflict] = findConflicts([...incident.events, toBob, bobLeaves]);
    if (conflict === undefined) throw new Error('no conflict found');
    expect(conflictPayload(conflict)).toMatchObject({
      won: { actor: 'Alice', decided: { to: 'Bob', from: 'Alice' } },
      lost: { actor: 'Carol', type: 'responder.checked-out', decided: { to: 'Bob', from: null } },
    });
  });

  it('gets the same ULID-shaped id on every desk, sorted with the winning decision, and a new one per conflict', () => {
    const incident = declared();
    const first = assign(incident, 'Alice', 1, null, dan);
    const second = assign(incident, 'Bob', 2, null, carol);
    const third = assign(incident, 'Carol', 3, dan, bob);
    const conflicts = findConflicts([...incident.events, first, second, third]);
    const again = findConflicts([...incident.events, first, second, third]);
    const ids = conflicts.map(conflictEventId);
    expect(ids).toEqual(again.map(conflictEventId));
    expect(new Set(ids).size).toBe(2);
    for (const [i, id] of ids.entries()) {
      expect(id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
      expect(id.slice(0, 10)).toBe(conflicts[i]?.won.id.slice(0, 10));
    }
  });
});
