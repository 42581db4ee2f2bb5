/**
 * Generating the draft, or one section of it, from what the store holds now, in the reader's
 * language and the desk's zone. Read when the IC asks, never on a timer: the draft is the IC's.
 */
import type { TFunction } from 'i18next';
import { db } from '../../db';
import { postmortemFacts } from '../../db/repositories/postmortem';
import { buildDraft, buildSection, type PostmortemSection } from '../../domain/postmortem';
import { postmortemWords } from './words';

async function factsAndWords(t: TFunction, incidentId: string, locale: string) {
  const facts = await postmortemFacts(db, incidentId, Date.now());
  const words = postmortemWords(t, {
    locale,
    from: facts.incident.declaredAt,
    to: facts.incident.resolvedAt ?? facts.now,
  });
  return { facts, words };
}

export async function generateDraft(t: TFunction, incidentId: string, locale: string) {
  const { facts, words } = await factsAndWords(t, incidentId, locale);
  return buildDraft(facts, words);
}

export async function generateSection(
  t: TFunction,
  incidentId: string,
  locale: string,
  section: PostmortemSection,
): Promise<string> {
  const { facts, words } = await factsAndWords(t, incidentId, locale);
  return buildSection(section, facts, words);
}
