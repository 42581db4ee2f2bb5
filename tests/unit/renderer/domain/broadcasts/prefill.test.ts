import { describe, expect, it } from 'vitest';
import { buildBroadcastMessage } from '../../../../../renderer/src/domain/broadcasts/message';
import { prefillSections, type IncidentFacts } from '../../../../../renderer/src/domain/broadcasts/prefill';

const nov24 = (h: number, m: number): number => Date.UTC(2026, 10, 24, h, m);

const facts = (overrides: Partial<IncidentFacts> = {}): IncidentFacts => ({
  status: 'identified',
  commanderName: 'Alice Martin',
  declaredAt: nov24(12, 0),
  now: nov24(13, 25),
  timeZone: 'Europe/Paris',
  checkedInCount: 6,
  openTasks: [
    { title: 'Fail over to the replica', ownerName: 'Bob' },
    { title: 'Tell the payment provider', ownerName: null },
    { title: 'Check replication lag', ownerName: 'Chen' },
  ],
  log: [
    { kind: 'decision', text: 'Freeze deploys', ts: nov24(12, 20) },
    { kind: 'fact', text: 'Checkout errors at 40%', ts: nov24(12, 10) },
    { kind: 'hypothesis', text: 'Maybe the disk is full', ts: nov24(12, 15) },
    { kind: 'fact', text: 'Primary unreachable', ts: nov24(12, 2) },
  ],
  ...overrides,
});

describe('prefillSections', () => {
  it('pre-fills Conditions / Actions / Needs; unowned tasks become needs; hypotheses stay out', () => {
    expect(prefillSections('tactical', facts())).toEqual({
      conditions: '• 13:02 Primary unreachable\n• 13:10 Checkout errors at 40%',
      actions:
        '6 responders on the incident.\n\n• 13:20 Decided: Freeze deploys\n\n' +
        '• Fail over to the replica (Bob)\n• Check replication lag (Chen)',
      needs: '• An owner for: Tell the payment provider',
    });
  });

  it('pre-fills Impact / Current status / Next steps for executives, without owners or clock times', () => {
    expect(prefillSections('executive', facts())).toEqual({
      impact: '• Primary unreachable\n• Checkout errors at 40%',
      currentStatus:
        'Identified, 1 h 25 min since the incident was declared. Led by Alice Martin. 6 responders on the incident.' +
        '\n\n• Decided: Freeze deploys',
      nextSteps: '• Fail over to the replica\n• Tell the payment provider\n• Check replication lag',
    });
  });

  it('keeps only the latest facts, in the order they happened', () => {
    const log = [4, 1, 3, 2].map((n) => ({ kind: 'fact' as const, text: `fact ${n}`, ts: nov24(12, n) }));
    expect(prefillSections('executive', facts({ log, latestCount: 2 })).impact).toBe('• fact 3\n• fact 4');
  });

  it('dates a log entry from an earlier day', () => {
    const log = [{ kind: 'fact' as const, text: 'Alerts started', ts: Date.UTC(2026, 10, 23, 22, 50) }];
    expect(prefillSections('tactical', facts({ log, timeZone: 'UTC' })).conditions).toBe(
      '• 2026-11-23 22:50 Alerts started',
    );
  });

  it('leaves a section empty when there is nothing to say, and needs none when every task has an owner', () => {
    const sections = prefillSections('tactical', facts({ log: [], openTasks: [], checkedInCount: 1 }));
    expect(sections).toEqual({ conditions: '', actions: '1 responder on the incident.', needs: '' });
  });

  it('leaves text readable for the IC; the message escapes it on the way out', () => {
    const log = [{ kind: 'fact' as const, text: 'p99 > 2s & rising', ts: nov24(12, 5) }];
    const sections = prefillSections('executive', facts({ log }));
    expect(sections.impact).toBe('• p99 > 2s & rising');
    const message = buildBroadcastMessage({
      template: 'executive',
      incidentTitle: 'Slow checkout',
      severity: 'SEV-2',
      status: 'identified',
      commanderName: 'Alice Martin',
      sections,
      nextUpdateBy: null,
      declaredAt: nov24(12, 0),
      now: nov24(13, 25),
    });
    expect(message.blocks[3]).toEqual({
      type: 'section',
      text: { type: 'mrkdwn', text: '*Impact*\n• p99 &gt; 2s &amp; rising' },
    });
  });
});
