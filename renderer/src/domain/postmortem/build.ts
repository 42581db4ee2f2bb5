/**
 * The generated postmortem: each section built from the incident's facts in the reader's words. The
 * draft is written once from these; afterwards a section is generated again only when the IC asks.
 */
import { drillSection, hasDrillSection } from './drill';
import type { PostmortemSection, SectionText } from './events';
import type { PostmortemFacts, PostmortemWords } from './facts';
import { followUpsSection, messagingSection } from './followups';
import { impactSection } from './impact';
import { resolutionSection } from './resolution';
import { respondersSection } from './responders';
import { summarySection, timelineSection, triedSection } from './story';
import { causesSection, detectionSection, reflectionSection } from './tagged';
import { postmortemSections } from './events';

type SectionBuilder = (facts: PostmortemFacts, words: PostmortemWords) => string;

const builders: Record<PostmortemSection, SectionBuilder> = {
  summary: summarySection,
  drill: drillSection,
  impact: impactSection,
  timeline: timelineSection,
  tried: triedSection,
  causes: causesSection,
  resolution: resolutionSection,
  detection: detectionSection,
  responders: respondersSection,
  'went-well': (facts, words) => reflectionSection(facts, words, 'went-well'),
  'went-wrong': (facts, words) => reflectionSection(facts, words, 'went-wrong'),
  lucky: (facts, words) => reflectionSection(facts, words, 'lucky'),
  'follow-ups': followUpsSection,
  messaging: messagingSection,
};

/** One section's Markdown (without its heading), as generated now. */
export function buildSection(
  section: PostmortemSection,
  facts: PostmortemFacts,
  words: PostmortemWords,
): string {
  return builders[section](facts, words);
}

/** The sections this incident's draft has: a drill section only for a drill with a retrospective. */
function sectionsOf(facts: PostmortemFacts): PostmortemSection[] {
  return postmortemSections.filter((section) => section !== 'drill' || hasDrillSection(facts));
}

/** A whole first draft: its title and every section it has, generated. */
export function buildDraft(
  facts: PostmortemFacts,
  words: PostmortemWords,
): { title: string; sections: SectionText[] } {
  return {
    title: words.say('title', { title: facts.incident.title }),
    sections: sectionsOf(facts).map((section) => ({ section, text: buildSection(section, facts, words) })),
  };
}
