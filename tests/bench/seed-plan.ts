/**
 * What the bench seeds: a 30-hour incident with 100,000 log lines and a freshly declared, empty one.
 * The rows are what the projector would have left after these events.
 */
import type { Incident } from '../../renderer/src/domain/incident/types';
import type { EventPayload } from '../../renderer/src/domain/log/events';
import { logVocabulary, type LogVocabulary } from './seed-text';

type StateChange =
  | { type: 'incident.status-changed'; payload: EventPayload<'incident.status-changed'> }
  | { type: 'incident.severity-changed'; payload: EventPayload<'incident.severity-changed'> };
/** A state change at a point of the log (0 = its first line, 1 = its last). */
export type Milestone = { fraction: number; change: StateChange };
/** An incident row without what only the seeding page knows: its ids and times. */
export type IncidentTemplate = Omit<Incident, 'id' | 'commanderId' | 'declaredAt' | 'updatedAt'>;

export type SeedPlan = {
  now: number;
  lines: number;
  spanMs: number;
  batchSize: number;
  busy: {
    row: IncidentTemplate;
    declaredSeverity: Incident['severity'];
    milestones: Milestone[];
    newestText: string;
  };
  quiet: { row: IncidentTemplate; declaredAgoMs: number };
  vocabulary: LogVocabulary;
};

const hour = 3_600_000;

function status(fraction: number, from: Incident['status'], to: Incident['status']): Milestone {
  return { fraction, change: { type: 'incident.status-changed', payload: { from, to } } };
}

// A night that went wrong twice. Commander handovers are left out: they also write roster rows
// (role tenures) that the log bench does not need.
const milestones: Milestone[] = [
  { fraction: 0.02, change: { type: 'incident.severity-changed', payload: { from: 'SEV-2', to: 'SEV-1' } } },
  status(0.1, 'investigating', 'identified'),
  status(0.5, 'identified', 'monitoring'),
  status(0.62, 'monitoring', 'investigating'),
  status(0.8, 'investigating', 'identified'),
  status(0.93, 'identified', 'monitoring'),
];

/** The seed for a log of `lines` lines ending a minute before `now`. */
export function seedPlan(now: number, lines: number): SeedPlan {
  const common = { summary: 'Seeded by npm run bench.', isDrill: true, resolvedAt: null };
  return {
    now,
    lines,
    spanMs: 30 * hour,
    batchSize: 25_000,
    busy: {
      row: {
        ...common,
        title: 'Payments failing (bench, 100k entries)',
        severity: 'SEV-1',
        status: 'monitoring',
        commanderName: 'Alice',
      },
      declaredSeverity: 'SEV-2',
      milestones,
      newestText: 'Newest bench entry: payments recovered, error rate 0.2% and falling',
    },
    quiet: {
      row: {
        ...common,
        title: 'Status page slow (bench, empty)',
        severity: 'SEV-3',
        status: 'investigating',
        commanderName: 'Eun-ji',
      },
      declaredAgoMs: 5 * 60_000,
    },
    vocabulary: logVocabulary,
  };
}
