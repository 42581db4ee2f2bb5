import { describe, expect, it } from 'vitest';
import { checkSlackLimits } from '../../../../../renderer/src/domain/broadcasts/limits';
import {
  buildBroadcastMessage,
  type BroadcastDraft,
} from '../../../../../renderer/src/domain/broadcasts/message';
import type { Block, TextObject } from '../../../../../renderer/src/domain/broadcasts/types';

const draft = (overrides: Partial<BroadcastDraft> = {}): BroadcastDraft => ({
  template: 'tactical',
  incidentTitle: 'Database primary down',
  severity: 'SEV-1',
  status: 'identified',
  commanderName: 'Alice Martin',
  sections: { conditions: 'Primary unreachable.' },
  nextUpdateBy: Date.UTC(2026, 10, 24, 13, 55),
  declaredAt: Date.UTC(2026, 10, 24, 12, 0),
  now: Date.UTC(2026, 10, 24, 13, 25),
  ...overrides,
});
const mrkdwn = (text: string): TextObject => ({ type: 'mrkdwn', text });
const dividers = (n: number): Block[] =>
  Array.from({ length: n }, () => ({ type: 'divider' }) satisfies Block);

describe('checkSlackLimits', () => {
  it('finds nothing wrong with an ordinary broadcast', () => {
    expect(checkSlackLimits(buildBroadcastMessage(draft()))).toEqual([]);
  });

  it('allows a header of exactly 150 characters and flags 151', () => {
    // The header is "SEV-1 · " (8 characters) followed by the title.
    expect(checkSlackLimits(buildBroadcastMessage(draft({ incidentTitle: 't'.repeat(142) })))).toEqual([]);
    expect(checkSlackLimits(buildBroadcastMessage(draft({ incidentTitle: 't'.repeat(143) })))).toEqual([
      { kind: 'header-too-long', blockIndex: 0, length: 151, limit: 150 },
    ]);
  });

  it('allows a section of exactly 3,000 characters and flags 3,001', () => {
    // "*Conditions*\n" takes 13 of the 3,000.
    const ok = buildBroadcastMessage(draft({ sections: { conditions: 'x'.repeat(2_987) } }));
    expect(checkSlackLimits(ok)).toEqual([]);
    const tooLong = buildBroadcastMessage(draft({ sections: { conditions: 'x'.repeat(2_988) } }));
    expect(checkSlackLimits(tooLong)).toEqual([
      { kind: 'section-too-long', blockIndex: 3, length: 3_001, limit: 3_000 },
    ]);
  });

  it('counts the text as sent: each escaped & takes five characters', () => {
    const message = buildBroadcastMessage(draft({ sections: { needs: '&'.repeat(600) } }));
    // "*Needs*\n" (8) + 600 × "&amp;" (3,000).
    expect(checkSlackLimits(message)).toEqual([
      { kind: 'section-too-long', blockIndex: 5, length: 3_008, limit: 3_000 },
    ]);
  });

  it('allows 50 blocks and flags 51', () => {
    expect(checkSlackLimits({ blocks: dividers(50), text: 'x' })).toEqual([]);
    expect(checkSlackLimits({ blocks: dividers(51), text: 'x' })).toEqual([
      { kind: 'too-many-blocks', length: 51, limit: 50 },
    ]);
  });

  it('allows a fallback text of 40,000 characters and flags 40,001', () => {
    expect(checkSlackLimits({ blocks: [], text: 'x'.repeat(40_000) })).toEqual([]);
    expect(checkSlackLimits({ blocks: [], text: 'x'.repeat(40_001) })).toEqual([
      { kind: 'text-too-long', length: 40_001, limit: 40_000 },
    ]);
  });

  it('flags section fields over 10 or over 2,000 characters each, and context over 10 elements', () => {
    const fields = [mrkdwn('a'), mrkdwn('b'.repeat(2_001)), ...Array.from({ length: 9 }, () => mrkdwn('c'))];
    const blocks: Block[] = [
      { type: 'divider' },
      { type: 'section', fields },
      { type: 'context', elements: Array.from({ length: 11 }, () => mrkdwn('d')) },
      { type: 'context', elements: Array.from({ length: 10 }, () => mrkdwn('e')) },
    ];
    expect(checkSlackLimits({ blocks, text: 'x' })).toEqual([
      { kind: 'too-many-fields', blockIndex: 1, length: 11, limit: 10 },
      { kind: 'field-too-long', blockIndex: 1, fieldIndex: 1, length: 2_001, limit: 2_000 },
      { kind: 'too-many-context-elements', blockIndex: 2, length: 11, limit: 10 },
    ]);
  });

  it('reports every broken limit at once, so the IC fixes them in one pass', () => {
    const message = buildBroadcastMessage(
      draft({
        incidentTitle: 't'.repeat(200),
        sections: { conditions: 'x'.repeat(3_000), actions: 'y'.repeat(3_000) },
      }),
    );
    expect(checkSlackLimits(message).map((p) => [p.kind, p.blockIndex])).toEqual([
      ['header-too-long', 0],
      ['section-too-long', 3],
      ['section-too-long', 4],
    ]);
  });
});
