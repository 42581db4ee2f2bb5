/** The words of a stakeholder broadcast: which template, which sections, and the Block Kit it becomes. */
export const broadcastTemplates = ['tactical', 'executive'] as const;
/** Tactical speaks to the teams around the incident; executive speaks to leadership and support. */
export type BroadcastTemplate = (typeof broadcastTemplates)[number];

export type BroadcastSectionKey =
  'conditions' | 'actions' | 'needs' | 'impact' | 'currentStatus' | 'nextSteps';

/** The sections of each template, in the order stakeholders read them. */
export const templateSections = {
  tactical: ['conditions', 'actions', 'needs'],
  executive: ['impact', 'currentStatus', 'nextSteps'],
} as const satisfies Record<BroadcastTemplate, readonly BroadcastSectionKey[]>;

export type PlainTextObject = { type: 'plain_text'; text: string };
export type MrkdwnTextObject = { type: 'mrkdwn'; text: string };
export type TextObject = PlainTextObject | MrkdwnTextObject;

export type HeaderBlock = { type: 'header'; text: PlainTextObject };
export type SectionBlock = { type: 'section'; text?: TextObject; fields?: TextObject[] };
export type ContextBlock = { type: 'context'; elements: TextObject[] };
export type DividerBlock = { type: 'divider' };
export type Block = HeaderBlock | SectionBlock | ContextBlock | DividerBlock;

/** Exactly what `chat.postMessage` receives: the blocks, and the text notifications and old clients show. */
export type BroadcastMessage = { blocks: Block[]; text: string };
