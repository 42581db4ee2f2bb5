import { afterEach, describe, expect, it } from 'vitest';
import { changeSeverity, declareIncident } from '../../../../../renderer/src/db/repositories/incidents';
import { addLogEntry } from '../../../../../renderer/src/db/repositories/log';
import { addPerson } from '../../../../../renderer/src/db/repositories/people';
import {
  draftPostmortem,
  entryTagsOf,
  postmortemDraftOf,
  postmortemFacts,
  saveSection,
  setPostmortemStatus,
  setTagged,
} from '../../../../../renderer/src/db/repositories/postmortem';
import { resolveIncident } from '../../../../../renderer/src/db/repositories/resolution';
import { checkIn } from '../../../../../renderer/src/db/repositories/roster';
import type { WarRoomDatabase } from '../../../../../renderer/src/db/schema';
import { logCategoryOf } from '../../../../../renderer/src/domain/log/events';
import { buildSection } from '../../../../../renderer/src/domain/postmortem';
import { words } from '../../domain/postmortem/fixture';
import { at, freshDatabase } from '../testDb';

let db: WarRoomDatabase;
afterEach(async () => db?.delete());
const ctx = (hhmm: string, actor = 'Alice') => ({ now: at(`2026-11-24T${hhmm}:00Z`), actor });

async function incident() {
  db = freshDatabase();
  const incidentId = await declareIncident(
    db,
    { title: 'Payments down', severity: 'SEV-2', commanderName: 'Alice', summary: '' },
    ctx('10:00'),
  );
  const bob = await addPerson(db, { name: 'Bob', timeZone: 'UTC' }, ctx('10:00'));
  await checkIn(db, { incidentId, personId: bob, roles: ['ops-lead'], location: 'remote' }, ctx('10:05'));
  const { id: cause } = await addLogEntry(
    db,
    { incidentId, kind: 'note', text: 'The pool had no limit', author: 'Bob' },
    ctx('10:20'),
  );
  await changeSeverity(db, incidentId, 'SEV-1', ctx('10:30'));
  await resolveIncident(db, { incidentId, checkOutEveryone: true }, ctx('11:00'));
  return { incidentId, cause };
}

describe('postmortem tags', () => {
  it('tags and untags an entry as bookkeeping: no log line, once per change', async () => {
    const { incidentId, cause } = await incident();
    await setTagged(db, cause, 'root-cause', true, ctx('11:10'));
    await setTagged(db, cause, 'root-cause', true, ctx('11:11'));
    await setTagged(db, cause, 'lucky', true, ctx('11:12'));
    await setTagged(db, cause, 'lucky', false, ctx('11:13'));
    expect(await entryTagsOf(db, incidentId)).toEqual(new Map([[cause, new Set(['root-cause'])]]));
    const tagEvents = await db.events.where('type').equals('log.entry-tagged').toArray();
    expect(tagEvents).toHaveLength(3);
    expect(tagEvents.every((e) => logCategoryOf(e) === null)).toBe(true);
  });

  it('refuses to tag a system line or an entry that does not exist', async () => {
    const { incidentId } = await incident();
    const declared = await db.events.where('type').equals('incident.declared').first();
    await expect(setTagged(db, declared?.id ?? '', 'lucky', true, ctx('11:10'))).rejects.toMatchObject({
      code: 'untaggable-entry',
    });
    await expect(setTagged(db, 'nope', 'lucky', true, ctx('11:10'))).rejects.toMatchObject({
      code: 'unknown-entry',
    });
    expect((await entryTagsOf(db, incidentId)).size).toBe(0);
  });
});

describe('the postmortem draft in the log', () => {
  it('reads its facts from the store and builds the cause from the tagged entry', async () => {
    const { incidentId, cause } = await incident();
    await setTagged(db, cause, 'root-cause', true, ctx('11:10'));
    const facts = await postmortemFacts(db, incidentId, at('2026-11-24T12:00:00Z'));
    expect(facts.people.map((p) => p.name).sort()).toEqual(['Alice', 'Bob']);
    expect(buildSection('causes', facts, words)).toContain('“The pool had no limit”');
    expect(buildSection('impact', facts, words)).toContain('[impact.severities list=SEV-2 30m, SEV-1 30m]');
  });

  it('is drafted once, keeps each edit and regeneration and its status, each a line of the log', async () => {
    const { incidentId } = await incident();
    const sections = [
      { section: 'summary' as const, text: 'generated summary' },
      { section: 'impact' as const, text: 'generated impact' },
    ];
    await draftPostmortem(db, incidentId, { title: 'Postmortem: Payments down', sections }, ctx('12:00'));
    await expect(
      draftPostmortem(db, incidentId, { title: 'again', sections }, ctx('12:01', 'Bob')),
    ).rejects.toMatchObject({ code: 'postmortem-drafted' });
    await saveSection(
      db,
      incidentId,
      { section: 'impact', text: 'Card payments failed' },
      ctx('12:05', 'Bob'),
    );
    await saveSection(
      db,
      incidentId,
      { section: 'impact', text: 'Card payments failed' },
      ctx('12:06', 'Bob'),
    );
    await saveSection(db, incidentId, { section: 'summary', text: 'new', regenerated: true }, ctx('12:07'));
    await setPostmortemStatus(db, incidentId, 'reviewed', ctx('12:10'));
    await expect(
      saveSection(db, incidentId, { section: 'cause', text: 'x' }, ctx('12:11')),
    ).rejects.toMatchObject({ code: 'unknown-section' });

    const draft = await postmortemDraftOf(db, incidentId);
    expect(draft).toMatchObject({
      title: 'Postmortem: Payments down',
      status: 'reviewed',
      authors: ['Alice', 'Bob'],
    });
    expect(draft?.sections.map((s) => [s.section, s.text, s.edited])).toEqual([
      ['summary', 'new', false],
      ['impact', 'Card payments failed', true],
    ]);
    const lines = (await db.events.where('incidentId').equals(incidentId).toArray())
      .filter((e) => e.type.startsWith('postmortem.'))
      .map((e) => [e.type, logCategoryOf(e)]);
    expect(lines).toEqual([
      ['postmortem.drafted', 'system'],
      ['postmortem.section-edited', 'system'],
      ['postmortem.section-regenerated', 'system'],
      ['postmortem.status-changed', 'system'],
    ]);
  });

  it('refuses an edit before there is a draft', async () => {
    const { incidentId } = await incident();
    await expect(
      saveSection(db, incidentId, { section: 'impact', text: 'x' }, ctx('12:00')),
    ).rejects.toMatchObject({ code: 'postmortem-not-drafted' });
  });
});
