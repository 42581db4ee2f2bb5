/** An incident as three desks record it, built with the app's own `newEvent`, for the room's rule tests. */
import { newEvent, newId } from '../../../../../renderer/src/db/append';
import type { IncidentEvent } from '../../../../../renderer/src/domain/log/events';
import type { TaskPerson } from '../../../../../renderer/src/domain/tasks/events';

export const t0 = Date.UTC(2026, 11, 3, 10, 0);
export const minute = 60_000;
export const at = (minutes: number) => ({ now: t0 + minutes * minute });

export type Who = TaskPerson;
export const alice: Who = { personId: 'p-alice', personName: 'Alice' };
export const bob: Who = { personId: 'p-bob', personName: 'Bob' };
export const carol: Who = { personId: 'p-carol', personName: 'Carol' };
export const dan: Who = { personId: 'p-dan', personName: 'Dan' };

/** An incident declared by Alice, who commands it, with Bob, Carol and Dan checked in and one task. */
export function declared() {
  const incidentId = newId(t0);
  const ctx = { ...at(0), actor: 'Alice' };
  const commandTenure = newId(t0);
  const checkIns = new Map<string, string>();
  const checkIn = (who: Who, roles: { tenureId: string; role: 'incident-commander' | 'responder' }[]) => {
    const checkInId = newId(t0);
    checkIns.set(who.personId, checkInId);
    return newEvent(
      'responder.checked-in',
      incidentId,
      {
        ...who,
        checkInId,
        roles,
        location: 'remote',
        locationDetail: '',
        contact: '',
        assignment: '',
        backdatedReason: null,
      },
      ctx,
    );
  };
  const taskId = newId(t0);
  const events: IncidentEvent[] = [
    newEvent(
      'incident.declared',
      incidentId,
      {
        title: 'Checkout errors',
        severity: 'SEV-2',
        commanderId: alice.personId,
        commanderName: 'Alice',
        summary: '',
        isDrill: false,
      },
      ctx,
    ),
    checkIn(alice, [{ tenureId: commandTenure, role: 'incident-commander' }]),
    checkIn(bob, [{ tenureId: newId(t0), role: 'responder' }]),
    checkIn(carol, [{ tenureId: newId(t0), role: 'responder' }]),
    checkIn(dan, [{ tenureId: newId(t0), role: 'responder' }]),
    newEvent(
      'task.created',
      incidentId,
      {
        taskId,
        title: 'Roll back the deploy',
        description: '',
        category: 'restore-service',
        timeBoxMinutes: 15,
        dueAt: null,
        origin: null,
      },
      ctx,
    ),
  ];
  return { incidentId, taskId, commandTenure, checkIns, events };
}

export type Incident = ReturnType<typeof declared>;

export function assign(incident: Incident, actor: string, minutes: number, from: Who | null, to: Who) {
  return newEvent(
    'task.assigned',
    incident.incidentId,
    { taskId: incident.taskId, title: 'Roll back the deploy', from, to, checkBackAt: null },
    { ...at(minutes), actor },
  );
}

export function taskStatus(
  incident: Incident,
  actor: string,
  minutes: number,
  from: 'todo' | 'in-progress' | 'blocked' | 'done',
  to: 'todo' | 'in-progress' | 'blocked' | 'done',
) {
  return newEvent(
    'task.status-changed',
    incident.incidentId,
    { taskId: incident.taskId, title: 'Roll back the deploy', from, to, reason: '', ownerName: null },
    { ...at(minutes), actor },
  );
}

export function status(
  incident: Incident,
  actor: string,
  minutes: number,
  from: 'investigating' | 'identified' | 'monitoring' | 'resolved',
  to: 'investigating' | 'identified' | 'monitoring' | 'resolved',
) {
  return newEvent('incident.status-changed', incident.incidentId, { from, to }, { ...at(minutes), actor });
}

export function severity(
  incident: Incident,
  actor: string,
  minutes: number,
  from: 'SEV-2',
  to: 'SEV-1' | 'SEV-3',
) {
  return newEvent('incident.severity-changed', incident.incidentId, { from, to }, { ...at(minutes), actor });
}

export function handOver(
  incident: Incident,
  actor: string,
  minutes: number,
  from: Who & { tenureId: string },
  to: Who,
) {
  return newEvent(
    'command.handed-over',
    incident.incidentId,
    { from, to: { ...to, tenureId: newId(t0 + minutes * minute) } },
    { ...at(minutes), actor },
  );
}

export function checkOut(incident: Incident, actor: string, minutes: number, who: Who) {
  return newEvent(
    'responder.checked-out',
    incident.incidentId,
    { ...who, checkInId: incident.checkIns.get(who.personId) ?? '', reason: 'shift-end', note: '' },
    { ...at(minutes), actor },
  );
}

export function note(incident: Incident, actor: string, minutes: number, text: string) {
  return newEvent(
    'log.entry-added',
    incident.incidentId,
    { kind: 'note', text, author: actor },
    { ...at(minutes), actor },
  );
}
