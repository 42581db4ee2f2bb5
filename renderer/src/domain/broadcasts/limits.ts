/**
 * Slack refuses, or silently truncates, messages over its Block Kit limits. The composer checks them before
 * anything is queued, so the IC fixes the text instead of learning of a failure minutes later.
 * Lengths are UTF-16 code units (`String.length`): never fewer than the characters Slack counts, so a message
 * that passes here is not too long there.
 */
import type { BroadcastMessage } from './types';

/** Documented at docs.slack.dev/reference/block-kit/blocks and docs.slack.dev/reference/methods/chat.postMessage. */
export const slackLimits = {
  headerText: 150,
  sectionText: 3_000,
  sectionFields: 10,
  sectionFieldText: 2_000,
  contextElements: 10,
  blocksPerMessage: 50,
  messageText: 40_000,
} as const;

export type LimitProblemKind =
  | 'header-too-long'
  | 'section-too-long'
  | 'field-too-long'
  | 'too-many-fields'
  | 'too-many-context-elements'
  | 'too-many-blocks'
  | 'text-too-long';

/** One limit broken: which block (and field), how long it is, and how long it may be. */
export type LimitProblem = {
  kind: LimitProblemKind;
  blockIndex?: number;
  fieldIndex?: number;
  length: number;
  limit: number;
};

/** Every limit the message breaks, in block order; empty when Slack will take it as it is. */
export function checkSlackLimits(message: BroadcastMessage): LimitProblem[] {
  const problems: LimitProblem[] = [];
  const over = (
    kind: LimitProblemKind,
    length: number,
    limit: number,
    where: Partial<LimitProblem> = {},
  ): void => {
    if (length > limit) problems.push({ kind, ...where, length, limit });
  };

  message.blocks.forEach((block, blockIndex) => {
    switch (block.type) {
      case 'header':
        over('header-too-long', block.text.text.length, slackLimits.headerText, { blockIndex });
        break;
      case 'section':
        if (block.text)
          over('section-too-long', block.text.text.length, slackLimits.sectionText, { blockIndex });
        if (block.fields) {
          over('too-many-fields', block.fields.length, slackLimits.sectionFields, { blockIndex });
          block.fields.forEach((field, fieldIndex) =>
            over('field-too-long', field.text.length, slackLimits.sectionFieldText, {
              blockIndex,
              fieldIndex,
            }),
          );
        }
        break;
      case 'context':
        over('too-many-context-elements', block.elements.length, slackLimits.contextElements, { blockIndex });
        break;
      case 'divider':
        break;
    }
  });
  over('too-many-blocks', message.blocks.length, slackLimits.blocksPerMessage);
  over('text-too-long', message.text.length, slackLimits.messageText);
  return problems;
}
