/** A scenario and the players' log events for the timing tests, built the way the app builds them. */
import { newEvent } from '../../../../../renderer/src/db/append';
import { parseScenarioFile } from '../../../../../renderer/src/domain/drills/file';
import type { Scenario } from '../../../../../renderer/src/domain/drills/types';
import type { IncidentEvent } from '../../../../../renderer/src/domain/log/events';

export const startedAt = Date.parse('2026-12-03T10:00:00Z');
/** Wall time `m:ss` after the start. */
export const after = (minutes: number, seconds = 0) => startedAt + (minutes * 60 + seconds) * 1000;

const inject = (id: string, at: string, target: string, expect: object, contingencyAt?: string) => ({
  id,
  at,
  target,
  kind: 'fact',
  text: `Inject ${id}`,
  expect,
  ...(contingencyAt === undefined
    ? {}
    : { contingency: { at: contingencyAt, target, kind: 'stakeholder-question', text: `Still no ${id}?` } }),
});

export const scenario: Scenario = (() => {
  const parsed = parseScenarioFile(
    JSON.stringify({
      format: 'war-room.scenario',
      formatVersion: 1,
      title: 'Cache stampede',
      source: {
        organisation: 'Example',
        title: 'Postmortem',
        url: 'https://example.com/',
        date: '2024-05-01',
      },
      severity: 'SEV-2',
      roles: ['incident-commander', 'communications-lead', 'ops-lead'],
      people: [{ name: 'Dana', role: 'subject-matter-expert' }],
      injects: [
        inject('errors', '0:00', 'ops-lead', { kind: 'task-assigned', words: ['cache', 'CDN'] }, '5:00'),
        inject('support', '3:00', 'communications-lead', { kind: 'update-sent' }, '8:00'),
        inject('dana', '10:00', 'incident-commander', { kind: 'checked-in', person: 'Dana' }),
        inject('tired', '12:00', 'incident-commander', { kind: 'responder-rested' }),
        inject('shift', '15:00', 'incident-commander', { kind: 'command-handed-over', person: 'Dana' }),
        inject('fixed', '20:00', 'incident-commander', { kind: 'status-changed', to: 'monitoring' }),
        inject('worse', '21:00', 'incident-commander', { kind: 'severity-changed', to: 'SEV-1' }),
        inject('press', '22:00', 'communications-lead', { kind: 'game-master', what: 'No speculation' }),
      ],
    }),
  );
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
  return parsed.scenario;
})();

const incidentId = 'drill-1';
const context = (at: number) => ({ now: at, actor: 'Alex' });
const dana = { personId: 'p-dana', personName: 'Dana' };
const alex = { personId: 'p-alex', personName: 'Alex' };

/** What the players did, each recorded at `at`. */
export const players = {
  assigned: (at: number, title: string): IncidentEvent =>
    newEvent(
      'task.assigned',
      incidentId,
      { taskId: 't', title, from: null, to: alex, checkBackAt: null },
      context(at),
    ),
  updateSent: (at: number): IncidentEvent =>
    newEvent(
      'broadcast.sent',
      incidentId,
      { broadcastId: 'b', channelId: 'DRILL', channelName: 'drill', ts: '1.2', permalink: '' },
      context(at),
    ),
  statusTo: (at: number, to: 'identified' | 'monitoring'): IncidentEvent =>
    newEvent('incident.status-changed', incidentId, { from: 'investigating', to }, context(at)),
  severityTo: (at: number, to: 'SEV-1' | 'SEV-3'): IncidentEvent =>
    newEvent('incident.severity-changed', incidentId, { from: 'SEV-2', to }, context(at)),
  checkedIn: (at: number, who = dana, ts = at): IncidentEvent =>
    newEvent(
      'responder.checked-in',
      incidentId,
      {
        ...who,
        checkInId: `c-${who.personId}`,
        roles: [],
        location: 'remote',
        locationDetail: '',
        contact: '',
        assignment: '',
        backdatedReason: ts === at ? null : 'joined the call earlier',
      },
      { ...context(at), ts },
    ),
  rested: (at: number): IncidentEvent =>
    newEvent('rest.started', incidentId, { ...alex, restId: 'r', checkInId: 'c-alex' }, context(at)),
  handedOver: (at: number, to = dana): IncidentEvent =>
    newEvent(
      'command.handed-over',
      incidentId,
      { from: { ...alex, tenureId: 't1' }, to: { ...to, tenureId: 't2' } },
      context(at),
    ),
};
