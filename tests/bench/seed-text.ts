/**
 * The words of a long incident log, for seeding: each kind of entry opens the way an IC's scribe
 * writes it, then runs on with clauses until it reaches a realistic length (most entries a line,
 * some a paragraph, a few a pasted stack trace's worth).
 */
import type { LogEntryKind } from '../../renderer/src/domain/log/events';

export type LogVocabulary = {
  openings: Record<LogEntryKind, readonly string[]>;
  clauses: readonly string[];
  services: readonly string[];
  authors: readonly string[];
};

export const logVocabulary: LogVocabulary = {
  openings: {
    fact: [
      'Error rate on {svc} at {n}% for the last 5 minutes',
      'p99 latency of {svc} is {n}00 ms, was 180 ms before the deploy',
      '{svc} pods restarting: {n} restarts in 10 minutes',
      'Customer support reports {n} tickets about failed payments',
      'Disk on {svc} at {n}% and climbing',
    ],
    hypothesis: [
      'Connection pool on {svc} may be exhausted after the config change',
      'Could be the certificate rotation on {svc} from last night',
      'Maybe the new retry policy is amplifying load on {svc}',
      'Cache stampede on {svc} after the flush at {n}:00?',
    ],
    decision: [
      'Roll back {svc} to the previous release',
      'Fail over {svc} to the secondary region',
      'Freeze all deploys until the incident is resolved',
      'Raise the rate limit on {svc} to {n}00 rps for now',
    ],
    action: [
      'Bob restarts {svc} one node at a time',
      'Carol opens a ticket with the cloud provider, ref {n}4411',
      'Dmitri checks the {svc} dashboards and reports back in 10 minutes',
      'Farah drafts the customer update for the status page',
    ],
    note: [
      'Bridge call moved to the second room',
      'Vendor says a fix for {svc} is {n} minutes out',
      'Shift change for the on-call team at the top of the hour',
      'Exec update sent, next one due in 30 minutes',
    ],
  },
  clauses: [
    'see the graph linked in the channel',
    'numbers from the primary region only',
    'the secondary region looks healthy',
    'no change since the last check',
    'trace id 4bf92f3577b34da6a3ce929d0e0e4736',
    'waiting on confirmation from the database team',
    'this matches what we saw in the March incident',
    'logs show "connection reset by peer" on every worker',
    'we will revisit this after the next data point',
    'keep an eye on the queue depth while this runs',
  ],
  services: [
    'payments-api',
    'checkout',
    'db-primary',
    'edge-proxy',
    'auth',
    'search',
    'queue-workers',
    'cdn',
  ],
  authors: ['Alice', 'Bob', 'Carol', 'Dmitri', 'Eun-ji', 'Farah', 'Gustavo', 'Hiro'],
};
