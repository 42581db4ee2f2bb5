import { describe, expect, it } from 'vitest';
import { englishLabels } from '../../../../../renderer/src/domain/broadcasts/labels';
import {
  buildBroadcastMessage,
  type BroadcastDraft,
} from '../../../../../renderer/src/domain/broadcasts/message';

const nov24 = (h: number, m: number): number => Date.UTC(2026, 10, 24, h, m);

const draft = (overrides: Partial<BroadcastDraft> = {}): BroadcastDraft => ({
  template: 'tactical',
  incidentTitle: 'Database primary down',
  severity: 'SEV-1',
  status: 'identified',
  commanderName: 'Alice Martin',
  sections: {
    conditions: 'Primary unreachable since 12:58.',
    actions: 'Failing over to replica.',
    needs: '',
  },
  nextUpdateBy: nov24(13, 55),
  declaredAt: nov24(12, 0),
  now: nov24(13, 25),
  timeZone: 'Europe/Paris',
  ...overrides,
});

describe('buildBroadcastMessage', () => {
  it('builds the tactical broadcast: header, summary, Conditions / Actions / Needs, next update', () => {
    const message = buildBroadcastMessage(draft());

    expect(message.blocks).toEqual([
      { type: 'header', text: { type: 'plain_text', text: 'SEV-1 · Database primary down' } },
      {
        type: 'section',
        fields: [
          { type: 'mrkdwn', text: '*Severity*\nSEV-1' },
          { type: 'mrkdwn', text: '*Status*\nIdentified' },
          { type: 'mrkdwn', text: '*Incident commander*\nAlice Martin' },
          { type: 'mrkdwn', text: '*Duration*\n1 h 25 min' },
        ],
      },
      { type: 'divider' },
      { type: 'section', text: { type: 'mrkdwn', text: '*Conditions*\nPrimary unreachable since 12:58.' } },
      { type: 'section', text: { type: 'mrkdwn', text: '*Actions*\nFailing over to replica.' } },
      { type: 'section', text: { type: 'mrkdwn', text: '*Needs*\n_Nothing to report_' } },
      { type: 'divider' },
      { type: 'context', elements: [{ type: 'mrkdwn', text: '*Next update by 14:55 (GMT+1)*' }] },
    ]);
    expect(message.text).toBe(
      [
        'SEV-1 · Database primary down',
        'Severity: SEV-1 · Status: Identified · Incident commander: Alice Martin · Duration: 1 h 25 min',
        'Conditions:\nPrimary unreachable since 12:58.',
        'Actions:\nFailing over to replica.',
        'Needs:\nNothing to report',
        'Next update by 14:55 (GMT+1)',
      ].join('\n\n'),
    );
  });

  it('builds the executive summary from its own sections and ignores the tactical ones', () => {
    const message = buildBroadcastMessage(
      draft({
        template: 'executive',
        sections: {
          impact: 'Checkout fails for EU customers.',
          conditions: 'ignored',
          nextSteps: 'Fail over.',
        },
      }),
    );
    const sectionTexts = message.blocks.flatMap((b) => (b.type === 'section' && b.text ? [b.text.text] : []));
    expect(sectionTexts).toEqual([
      '*Impact*\nCheckout fails for EU customers.',
      '*Current status*\n_Nothing to report_',
      '*Next steps*\nFail over.',
    ]);
    expect(message.text).not.toContain('ignored');
  });

  it('shows hostile text literally: no @channel, no mention, no disguised link, in blocks and text', () => {
    const hostile = 'Ping <!channel> <!here> and <@U123> & see <https://evil.example|the runbook>';
    const message = buildBroadcastMessage(
      draft({ sections: { conditions: hostile }, commanderName: '<@U999>' }),
    );

    const escaped =
      'Ping &lt;!channel&gt; &lt;!here&gt; and &lt;@U123&gt; &amp; see &lt;https://evil.example|the runbook&gt;';
    expect(message.blocks[3]).toEqual({
      type: 'section',
      text: { type: 'mrkdwn', text: `*Conditions*\n${escaped}` },
    });
    expect(message.text).toContain(escaped);
    expect(message.text).toContain('Incident commander: &lt;@U999&gt;');
    const mrkdwnSent = JSON.stringify(message.blocks.slice(1)) + message.text;
    expect(mrkdwnSent).not.toMatch(/[<>]/);
  });

  it('keeps the title as typed in the plain_text header, but escapes it in the mrkdwn fallback', () => {
    const message = buildBroadcastMessage(draft({ incidentTitle: 'Orders <EU> & <US> failing' }));
    expect(message.blocks[0]).toEqual({
      type: 'header',
      text: { type: 'plain_text', text: 'SEV-1 · Orders <EU> & <US> failing' },
    });
    expect(message.text.split('\n')[0]).toBe('SEV-1 · Orders &lt;EU&gt; &amp; &lt;US&gt; failing');
  });

  it('ends with the next-update promise that fits the cadence and the status', () => {
    const closing = (d: BroadcastDraft): string => buildBroadcastMessage(d).text.split('\n\n').at(-1) ?? '';
    expect(closing(draft({ timeZone: undefined }))).toBe('Next update by 13:55 (UTC)');
    expect(closing(draft({ nextUpdateBy: null }))).toBe('Next update on the next status change');
    expect(closing(draft({ status: 'resolved' }))).toBe('Final update');
    expect(
      closing(draft({ now: nov24(23, 50), nextUpdateBy: Date.UTC(2026, 10, 25, 0, 20), timeZone: 'UTC' })),
    ).toBe('Next update by 2026-11-25 00:20 (UTC)');
  });

  it('writes in the language of the labels it is given, escaping them too', () => {
    const labels = {
      ...englishLabels,
      sections: { ...englishLabels.sections, conditions: 'Conditions & context' },
      nextUpdateBy: (dueTime: string) => `次回の更新: ${dueTime}`,
    };
    const message = buildBroadcastMessage(draft({ timeZone: 'Asia/Tokyo' }), labels);
    expect(message.blocks[3]).toEqual({
      type: 'section',
      text: { type: 'mrkdwn', text: '*Conditions &amp; context*\nPrimary unreachable since 12:58.' },
    });
    expect(message.blocks.at(-1)).toEqual({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: '*次回の更新: 22:55 (GMT+9)*' }],
    });
  });

  it('says the IC is not named rather than leaving the field blank', () => {
    const message = buildBroadcastMessage(draft({ commanderName: '  ' }));
    expect(message.text).toContain('Incident commander: not named yet');
  });
});
