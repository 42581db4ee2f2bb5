import { describe, expect, it } from 'vitest';
import {
  broadcastDue,
  cadenceMinutes,
  defaultCadence,
  dueBroadcastAction,
  missedWhileClosed,
  nextUpdateBy,
  nothingChangedSince,
  statusChangePrompt,
  type BroadcastDue,
  type BroadcastSnapshot,
  type CadenceInput,
} from '../../../../../renderer/src/domain/broadcasts/cadence';

const at = (h: number, m: number, s = 0): number => Date.UTC(2026, 10, 24, h, m, s);

const sev1: CadenceInput = {
  severity: 'SEV-1',
  status: 'identified',
  declaredAt: at(9, 40),
  lastBroadcastAt: at(10, 0),
};

describe('cadence per severity', () => {
  it('defaults to SEV-1 every 30 minutes, SEV-2 every 60, SEV-3 and below on status change only', () => {
    expect(defaultCadence).toEqual({ 'SEV-1': 30, 'SEV-2': 60, 'SEV-3': null, 'SEV-4': null, 'SEV-5': null });
  });

  it('follows the team settings unless the incident has its own interval', () => {
    const settings = { ...defaultCadence, 'SEV-3': 120 };
    expect(cadenceMinutes({ severity: 'SEV-3', cadence: settings })).toBe(120);
    expect(cadenceMinutes({ severity: 'SEV-1', cadenceOverride: 15 })).toBe(15);
    expect(cadenceMinutes({ severity: 'SEV-1', cadenceOverride: null })).toBeNull();
  });

  it('owes the next update one interval after the last broadcast, or after declaration when none was sent', () => {
    expect(nextUpdateBy(sev1)).toBe(at(10, 30));
    expect(nextUpdateBy({ ...sev1, lastBroadcastAt: null })).toBe(at(10, 10));
    expect(nextUpdateBy({ ...sev1, severity: 'SEV-2' })).toBe(at(11, 0));
    expect(nextUpdateBy({ ...sev1, severity: 'SEV-3' })).toBeNull();
    expect(nextUpdateBy({ ...sev1, status: 'resolved' })).toBeNull();
  });
});

describe('broadcastDue', () => {
  const due = (now: number): BroadcastDue => broadcastDue({ ...sev1, now });

  it('is not due while more than 5 minutes remain', () => {
    expect(due(at(10, 24, 59))).toEqual({
      state: 'not-due',
      dueAt: at(10, 30),
      minutesLeft: 6,
      waiting: false,
    });
  });

  it('is due soon at exactly 5 minutes before, and stays so until the due time', () => {
    expect(due(at(10, 25))).toEqual({ state: 'due-soon', dueAt: at(10, 30), minutesLeft: 5, waiting: false });
    expect(due(at(10, 29, 30))).toEqual({
      state: 'due-soon',
      dueAt: at(10, 30),
      minutesLeft: 1,
      waiting: false,
    });
  });

  it('is due during the minute it falls due, then overdue', () => {
    expect(due(at(10, 30))).toEqual({ state: 'due', dueAt: at(10, 30), minutesLeft: 0, waiting: false });
    expect(due(at(10, 30, 59))).toEqual({ state: 'due', dueAt: at(10, 30), minutesLeft: 0, waiting: false });
    expect(due(at(10, 31))).toEqual({ state: 'overdue', dueAt: at(10, 30), minutesLeft: -1, waiting: false });
    expect(due(at(10, 45))).toEqual({
      state: 'overdue',
      dueAt: at(10, 30),
      minutesLeft: -15,
      waiting: false,
    });
  });

  it('is never due for a status-change-only incident, nor once resolved', () => {
    const none = { state: 'not-due', dueAt: null, minutesLeft: null, waiting: false };
    expect(broadcastDue({ ...sev1, severity: 'SEV-3', now: at(23, 0) })).toEqual(none);
    expect(broadcastDue({ ...sev1, status: 'resolved', now: at(23, 0) })).toEqual(none);
  });
});

const snapshot: BroadcastSnapshot = {
  status: 'identified',
  severity: 'SEV-2',
  commanderName: 'Alice Martin',
  openTaskCount: 3,
  latestLogEventId: '01JD0000000000000000000042',
};

describe('statusChangePrompt', () => {
  it('prompts when nothing was broadcast yet, and on every status or severity change', () => {
    expect(statusChangePrompt(null, snapshot)).toBe(true);
    expect(statusChangePrompt(snapshot, { status: 'monitoring', severity: 'SEV-2' })).toBe(true);
    expect(statusChangePrompt(snapshot, { status: 'identified', severity: 'SEV-1' })).toBe(true);
  });

  it('does not prompt when status and severity are as stakeholders last heard', () => {
    expect(statusChangePrompt(snapshot, { status: 'identified', severity: 'SEV-2' })).toBe(false);
  });
});

describe('nothingChangedSince', () => {
  it('says nothing changed when every part of the snapshot is the same', () => {
    expect(nothingChangedSince(snapshot, { ...snapshot })).toBe(true);
  });

  it.each([
    ['status', { status: 'monitoring' }],
    ['severity', { severity: 'SEV-1' }],
    ['commander', { commanderName: 'Bob' }],
    ['open tasks', { openTaskCount: 2 }],
    ['log', { latestLogEventId: '01JD0000000000000000000043' }],
  ] as const)('sees news when the %s changed', (_, change) => {
    expect(nothingChangedSince(snapshot, { ...snapshot, ...change })).toBe(false);
  });

  it('never calls the first broadcast a repeat', () => {
    expect(nothingChangedSince(null, snapshot)).toBe(false);
  });
});

describe('missedWhileClosed', () => {
  it('lists what came due after the app was last seen and up to now, nothing else', () => {
    const due = [
      { incidentId: 'already-overdue-when-closed', dueAt: at(9, 50) },
      { incidentId: 'at-closing-time', dueAt: at(10, 0) },
      { incidentId: 'while-closed', dueAt: at(10, 30) },
      { incidentId: 'at-reopening', dueAt: at(12, 0) },
      { incidentId: 'later', dueAt: at(12, 1) },
      { incidentId: 'status-change-only', dueAt: null },
    ];
    const missed = missedWhileClosed({ due, lastSeenAt: at(10, 0), now: at(12, 0) });
    expect(missed.map((m) => m.incidentId)).toEqual(['while-closed', 'at-reopening']);
  });
});

describe('dueBroadcastAction', () => {
  const state = (s: BroadcastDue['state']): BroadcastDue => ({
    state: s,
    dueAt: at(10, 30),
    minutesLeft: 0,
    waiting: false,
  });

  it('waits for the IC unless the incident is set to auto-send', () => {
    expect(dueBroadcastAction({ due: state('due'), autoSend: false, cameDueWhileClosed: false })).toBe(
      'ask-ic',
    );
    expect(dueBroadcastAction({ due: state('overdue'), autoSend: true, cameDueWhileClosed: false })).toBe(
      'auto-send',
    );
  });

  it('never fires a broadcast that came due while the app was closed, even on auto-send', () => {
    expect(dueBroadcastAction({ due: state('overdue'), autoSend: true, cameDueWhileClosed: true })).toBe(
      'ask-ic',
    );
  });

  it('nudges before the due time and stays quiet before that', () => {
    expect(dueBroadcastAction({ due: state('due-soon'), autoSend: true, cameDueWhileClosed: false })).toBe(
      'nudge',
    );
    expect(dueBroadcastAction({ due: state('not-due'), autoSend: true, cameDueWhileClosed: false })).toBe(
      'none',
    );
  });
});
