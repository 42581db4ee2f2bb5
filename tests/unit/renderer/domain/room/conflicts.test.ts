import { describe, expect, it } from 'vitest';
import { findConflicts, openCommandTenures } from '../../../../../renderer/src/domain/room/conflicts';
import {
  alice,
  assign,
  bob,
  carol,
  checkOut,
  dan,
  declared,
  handOver,
  note,
  severity,
  status,
  taskStatus,
} from './desks';

const summary = (events: Parameters<typeof findConflicts>[0]) =>
  findConflicts(events).map((c) => ({ kind: c.kind, won: c.won.id, lost: c.lost.id, repairs: c.repairs }));

describe('decisions made on desks that could not see each other', () => {
  it("two owners for one task: the later in stream order wins and the other's assignment is shown replaced", () => {
    const incident = declared();
    const aliceToDan = assign(incident, 'Alice', 1, null, dan);
    const bobToCarol = assign(incident, 'Bob', 2, null, carol);
    const [conflict] = findConflicts([...incident.events, aliceToDan, bobToCarol]);
    expect(conflict).toMatchObject({
      kind: 'task-owner',
      incidentId: incident.incidentId,
      subject: { taskId: incident.taskId, title: 'Roll back the deploy' },
      won: { actor: 'Bob', ts: bobToCarol.ts, payload: { to: carol } },
      lost: { actor: 'Alice', ts: aliceToDan.ts, payload: { to: dan } },
      repairs: [],
    });
    // The stream, not the clock, decides: stored the other way round, Alice's assignment stands.
    expect(summary([...incident.events, bobToCarol, aliceToDan])).toEqual([
      { kind: 'task-owner', won: aliceToDan.id, lost: bobToCarol.id, repairs: [] },
    ]);
  });

  it('a reassignment made after seeing the owner is no conflict', () => {
    const incident = declared();
    const events = [
      ...incident.events,
      assign(incident, 'Alice', 1, null, dan),
      assign(incident, 'Bob', 2, dan, carol),
    ];
    expect(findConflicts(events)).toEqual([]);
  });

  it('a task marked done on one desk and blocked on another', () => {
    const incident = declared();
    const started = taskStatus(incident, 'Alice', 1, 'todo', 'in-progress');
    const done = taskStatus(incident, 'Dan', 2, 'in-progress', 'done');
    const blocked = taskStatus(incident, 'Carol', 3, 'in-progress', 'blocked');
    expect(summary([...incident.events, started, done, blocked])).toEqual([
      { kind: 'task-status', won: blocked.id, lost: done.id, repairs: [] },
    ]);
  });

  it("the incident's status moved both ways", () => {
    const incident = declared();
    const identified = status(incident, 'Alice', 1, 'investigating', 'identified');
    const monitoring = status(incident, 'Alice', 2, 'identified', 'monitoring');
    const relapse = status(incident, 'Bob', 3, 'identified', 'investigating');
    expect(summary([...incident.events, identified, monitoring, relapse])).toEqual([
      { kind: 'incident-status', won: relapse.id, lost: monitoring.id, repairs: [] },
    ]);
  });

  it('the severity raised on one desk and lowered on another', () => {
    const incident = declared();
    const raised = severity(incident, 'Alice', 1, 'SEV-2', 'SEV-1');
    const lowered = severity(incident, 'Bob', 2, 'SEV-2', 'SEV-3');
    expect(summary([...incident.events, raised, lowered])).toEqual([
      { kind: 'incident-severity', won: lowered.id, lost: raised.id, repairs: [] },
    ]);
  });

  it('two hand-overs of command: the later commands, the earlier tenure is closed, exactly one IC', () => {
    const incident = declared();
    const fromAlice = { ...alice, tenureId: incident.commandTenure };
    const toBob = handOver(incident, 'Alice', 1, fromAlice, bob);
    const toCarol = handOver(incident, 'Alice', 2, fromAlice, carol);
    const events = [...incident.events, toBob, toCarol];
    expect(summary(events)).toEqual([
      {
        kind: 'command',
        won: toCarol.id,
        lost: toBob.id,
        repairs: [{ kind: 'close-tenure', tenureId: toBob.payload.to.tenureId, at: toCarol.ts }],
      },
    ]);
    expect(openCommandTenures(events, incident.incidentId)).toEqual([toCarol.payload.to.tenureId]);
  });

  it('a task given to someone already checked out on another desk stays theirs, and the conflict says so', () => {
    const incident = declared();
    const danLeaves = checkOut(incident, 'Alice', 1, dan);
    const toDan = assign(incident, 'Bob', 2, null, dan);
    expect(summary([...incident.events, danLeaves, toDan])).toEqual([
      { kind: 'task-owner-left', won: toDan.id, lost: danLeaves.id, repairs: [] },
    ]);
  });

  it('command handed to someone already checked out: they command (one IC) and the conflict says so', () => {
    const incident = declared();
    const bobLeaves = checkOut(incident, 'Carol', 1, bob);
    const toBob = handOver(incident, 'Alice', 2, { ...alice, tenureId: incident.commandTenure }, bob);
    const events = [...incident.events, bobLeaves, toBob];
    expect(summary(events)).toEqual([
      { kind: 'command-to-left', won: toBob.id, lost: bobLeaves.id, repairs: [] },
    ]);
    expect(openCommandTenures(events, incident.incidentId)).toEqual([toBob.payload.to.tenureId]);
  });

  it('the commander checked out on a desk that had not seen the hand-over keeps command', () => {
    const incident = declared();
    const toBob = handOver(incident, 'Alice', 1, { ...alice, tenureId: incident.commandTenure }, bob);
    const bobLeaves = checkOut(incident, 'Carol', 2, bob);
    const events = [...incident.events, toBob, bobLeaves];
    expect(summary(events)).toEqual([
      {
        kind: 'commander-checked-out',
        won: toBob.id,
        lost: bobLeaves.id,
        repairs: [{ kind: 'keep-tenure', tenureId: toBob.payload.to.tenureId }],
      },
    ]);
    expect(openCommandTenures(events, incident.incidentId)).toEqual([toBob.payload.to.tenureId]);
  });

  it('finds nothing in an incident run from one desk, and keeps incidents apart', () => {
    const first = declared();
    const second = declared();
    const events = [
      ...first.events,
      ...second.events,
      assign(first, 'Alice', 1, null, dan),
      assign(second, 'Alice', 1, null, carol),
      note(first, 'Alice', 2, 'Rolled back'),
      status(first, 'Alice', 3, 'investigating', 'identified'),
      handOver(first, 'Alice', 4, { ...alice, tenureId: first.commandTenure }, bob),
    ];
    expect(findConflicts(events)).toEqual([]);
    expect(openCommandTenures(events, second.incidentId)).toEqual([second.commandTenure]);
  });
});
