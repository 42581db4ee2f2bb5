import { describe, expect, it } from 'vitest';
import { checkSlackLimits, slackLimits } from '../../../../../renderer/src/domain/broadcasts/limits';
import {
  buildBroadcastMessage,
  sectionAtBlock,
  summaryFieldLabel,
  type BroadcastDraft,
} from '../../../../../renderer/src/domain/broadcasts/message';
import { templateSections } from '../../../../../renderer/src/domain/broadcasts/types';

const draft = (
  template: BroadcastDraft['template'],
  sections: BroadcastDraft['sections'],
): BroadcastDraft => ({
  template,
  incidentTitle: 'Checkout failing',
  severity: 'SEV-1',
  status: 'investigating',
  commanderName: 'Alice',
  sections,
  nextUpdateBy: null,
  declaredAt: 0,
  now: 60_000,
});

describe('a section too long for Slack', () => {
  it('is traced back to the section the IC typed, in either template', () => {
    for (const template of ['tactical', 'executive'] as const) {
      for (const key of templateSections[template]) {
        const message = buildBroadcastMessage(
          draft(template, { [key]: 'x'.repeat(slackLimits.sectionText) }),
        );
        const problems = checkSlackLimits(message).filter((p) => p.kind === 'section-too-long');
        expect(problems).toHaveLength(1);
        expect(sectionAtBlock(template, problems[0]?.blockIndex ?? -1)).toBe(key);
      }
    }
  });

  it('is no typed section when the block is the header or the summary', () => {
    expect(sectionAtBlock('tactical', 0)).toBeUndefined();
    expect(sectionAtBlock('tactical', 1)).toBeUndefined();
  });
});

describe('a summary field too long for Slack', () => {
  it('is named: a commander name longer than a field allows is the Commander field', () => {
    const message = buildBroadcastMessage({
      ...draft('tactical', {}),
      commanderName: 'A'.repeat(slackLimits.sectionFieldText),
    });
    const problems = checkSlackLimits(message).filter((p) => p.kind === 'field-too-long');
    expect(problems).toHaveLength(1);
    expect(summaryFieldLabel(problems[0]?.fieldIndex ?? -1)).toBe('Incident commander');
  });
});
