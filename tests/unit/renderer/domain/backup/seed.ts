/**
 * A database filled through the real repositories, as an IC would fill it: people, a runbook applied,
 * responders, tasks, a starred entry, a broadcast waiting in the outbox, the incident's Slack channel and
 * the team's star reaction. The backup store's tests and the fixture generator both start from it.
 */
import { exportBackup } from '../../../../../renderer/src/db/repositories/backup-export';
import { importBackup } from '../../../../../renderer/src/db/repositories/backup';
import { handOverCommand } from '../../../../../renderer/src/db/repositories/command';
import { queueBroadcast } from '../../../../../renderer/src/db/repositories/broadcasts';
import { readSnapshot } from '../../../../../renderer/src/db/repositories/broadcasts-reads';
import { recordChannelCreated } from '../../../../../renderer/src/db/repositories/broadcasts-slack';
import { changeStatus, declareIncident } from '../../../../../renderer/src/db/repositories/incidents';
import { addLogEntry, setStarred } from '../../../../../renderer/src/db/repositories/log';
import { addPerson } from '../../../../../renderer/src/db/repositories/people';
import { checkIn } from '../../../../../renderer/src/db/repositories/roster';
import { applyRunbook, createRunbook } from '../../../../../renderer/src/db/repositories/runbooks';
import { saveFatigueThresholds } from '../../../../../renderer/src/db/repositories/settings';
import { saveStarReaction } from '../../../../../renderer/src/db/repositories/slack-import';
import { assignTask, createTask } from '../../../../../renderer/src/db/repositories/tasks';
import type { WarRoomDatabase } from '../../../../../renderer/src/db/schema';
import { parseBackup } from '../../../../../renderer/src/domain/backup/parse';
import { buildBroadcastMessage } from '../../../../../renderer/src/domain/broadcasts/message';
import { defaultFatigueThresholds } from '../../../../../renderer/src/domain/fatigue/thresholds';

export const seedStart = Date.parse('2026-11-24T10:00:00Z');
export const minute = (m: number) => seedStart + m * 60_000;
export const ctx = (m: number, actor = 'Alice') => ({ now: minute(m), actor });

export type Seeded = { checkout: string; unrelated: string; bob: string; erin: string; runbookId: string };

export async function seedDatabase(db: WarRoomDatabase): Promise<Seeded> {
  const bob = await addPerson(
    db,
    { name: 'Bob', team: 'Payments', slackUserId: 'U0BOB00001', timeZone: 'Europe/Paris' },
    ctx(0),
  );
  const erin = await addPerson(db, { name: 'Erin', timeZone: 'UTC' }, ctx(0));
  await addPerson(db, { name: 'Nobody Else', timeZone: 'UTC' }, ctx(0));
  await saveStarReaction(db, ':pushpin:', ctx(0));
  await saveFatigueThresholds(db, { ...defaultFatigueThresholds, breakDueAfterMinutes: 90 }, ctx(0));
  const runbookId = await createRunbook(
    db,
    {
      name: 'Database primary failure',
      description: 'When the primary stops answering',
      steps: [
        { title: 'Fail over to the replica', description: '', category: 'restore-service' },
        {
          title: 'Snapshot the old primary',
          description: 'Before anyone restarts it',
          category: 'preserve-evidence',
        },
      ],
    },
    ctx(0),
  );
  await createRunbook(
    db,
    {
      name: 'Unused runbook',
      description: '',
      steps: [{ title: 'Nothing', description: '', category: 'follow-up' }],
    },
    ctx(0),
  );

  const checkout = await declareIncident(
    db,
    { title: 'Checkout 500s', severity: 'SEV-2', commanderName: 'Alice', summary: 'Errors at 40%' },
    ctx(1),
  );
  await checkIn(db, { incidentId: checkout, personId: bob, roles: ['ops-lead'], location: 'office' }, ctx(2));
  await applyRunbook(db, { incidentId: checkout, runbookId }, ctx(3));
  const fact = await addLogEntry(
    db,
    { incidentId: checkout, kind: 'fact', text: 'DB primary down', author: 'Bob' },
    ctx(4, 'Bob'),
  );
  await setStarred(db, fact.id, true, ctx(5));
  const task = await createTask(
    db,
    { incidentId: checkout, title: 'Page the DBA', category: 'stop-the-bleeding' },
    ctx(6),
  );
  await assignTask(db, { taskId: task, personId: bob }, ctx(6));
  await recordChannelCreated(db, checkout, { channelId: 'C0WARROOM1', channelName: 'inc-checkout' }, ctx(7));
  const incident = await db.incidents.get(checkout);
  if (incident === undefined) throw new Error('not declared');
  const sections = { impact: 'Card payments fail' };
  await queueBroadcast(
    db,
    {
      incidentId: checkout,
      template: 'executive',
      sections,
      message: buildBroadcastMessage({
        template: 'executive',
        incidentTitle: incident.title,
        severity: incident.severity,
        status: incident.status,
        commanderName: incident.commanderName,
        sections,
        nextUpdateBy: minute(38),
        declaredAt: incident.declaredAt,
        now: minute(8),
      }),
      channels: [{ channelId: 'C0EXEC0001', channelName: 'exec-updates' }],
      nextUpdateBy: minute(38),
      snapshot: await readSnapshot(db, incident),
      trigger: 'manual',
    },
    ctx(8),
  );
  await changeStatus(db, checkout, 'identified', ctx(9));

  const unrelated = await declareIncident(
    db,
    { title: 'Login slow', severity: 'SEV-4', commanderName: 'Carol', summary: '' },
    ctx(10, 'Carol'),
  );
  await checkIn(
    db,
    { incidentId: unrelated, personId: erin, roles: ['scribe'], location: 'remote' },
    ctx(11),
  );
  await handOverCommand(db, { incidentId: unrelated, toPersonId: erin }, ctx(12, 'Carol'));
  return { checkout, unrelated, bob, erin, runbookId };
}

/** Every table of the database, rows in key order: what "nothing changed" is compared on. */
export async function dumpTables(db: WarRoomDatabase): Promise<Record<string, unknown[]>> {
  const dump: Record<string, unknown[]> = {};
  for (const table of db.tables) dump[table.name] = await table.toArray();
  return dump;
}

/**
 * Two desktops working one incident: A declares it and hands a copy to B (a backup), then each records
 * on its own, at interleaved times. Their exports overlap (the first events) and differ (the rest).
 */
export async function twoDesktops(a: WarRoomDatabase, b: WarRoomDatabase) {
  const incidentId = await declareIncident(
    a,
    { title: 'Search down', severity: 'SEV-2', commanderName: 'Alice', summary: '' },
    ctx(20),
  );
  await addLogEntry(a, { incidentId, kind: 'fact', text: 'Search returns 503', author: 'Alice' }, ctx(21));
  const handed = await exportBackup(
    a,
    { kind: 'incident', incidentId },
    { now: minute(22), appVersion: 'test' },
  );
  const parsed = await parseBackup(handed.text, { now: minute(22) });
  if (!parsed.ok) throw new Error(`hand-over refused: ${parsed.problem.code}`);
  await importBackup(b, parsed.file, { now: minute(22) });

  // Interleaved: B at 23, 25, 28; A at 24, 26, 27.
  await addLogEntry(
    b,
    { incidentId, kind: 'hypothesis', text: 'Index corrupt?', author: 'Bob' },
    ctx(23, 'Bob'),
  );
  await addLogEntry(a, { incidentId, kind: 'action', text: 'Restarted search-1', author: 'Alice' }, ctx(24));
  const bTask = await createTask(
    b,
    { incidentId, title: 'Rebuild the index', category: 'restore-service' },
    ctx(25, 'Bob'),
  );
  await changeStatus(a, incidentId, 'identified', ctx(26));
  const aTask = await createTask(
    a,
    { incidentId, title: 'Tell support', category: 'stop-the-bleeding' },
    ctx(27),
  );
  await changeStatus(b, incidentId, 'monitoring', ctx(28, 'Bob'));
  return { incidentId, aTask, bTask };
}
