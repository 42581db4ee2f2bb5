/** The postmortem draft: tags, its events, each generated section, the current draft and its document. */
export * from './events';
export { buildDraft, buildSection } from './build';
export { currentDraft, type DraftSection, type PostmortemDraft } from './draft';
export { postmortemMarkdown, type DocumentWords } from './document';
export type { PostmortemFacts, PostmortemWords } from './facts';
export { responderHours, type ResponderHours } from './responders';
export { isTaggable, tagsIn } from './tags';
export { updateTimeliness, type UpdateTimeliness } from './updates';
