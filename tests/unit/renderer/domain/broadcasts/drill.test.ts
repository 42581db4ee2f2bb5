import { describe, expect, it } from 'vitest';
import {
  drillSandboxChannel,
  isDrillSandbox,
  updateChannelsFor,
} from '../../../../../renderer/src/domain/broadcasts/drill';
import { checkSlackLimits } from '../../../../../renderer/src/domain/broadcasts/limits';
import {
  buildBroadcastMessage,
  type BroadcastDraft,
} from '../../../../../renderer/src/domain/broadcasts/message';

const stakeholders = [{ channelId: 'C0EXEC0001', channelName: 'exec-updates' }];
const draft: BroadcastDraft = {
  template: 'tactical',
  incidentTitle: 'Checkout slow',
  severity: 'SEV-2',
  status: 'investigating',
  commanderName: 'Alice',
  sections: { conditions: 'p99 at 4 s' },
  nextUpdateBy: null,
  declaredAt: 0,
  now: 60_000,
};

describe('where an update goes', () => {
  it('a real incident’s goes to its stakeholder channels', () => {
    expect(updateChannelsFor({ isDrill: false }, stakeholders, { id: 'C0DRILL001', name: 'drills' })).toEqual(
      stakeholders,
    );
  });

  it('a drill’s never goes to a stakeholder channel: the drill channel, or the drill itself', () => {
    expect(updateChannelsFor({ isDrill: true }, stakeholders, { id: 'C0DRILL001', name: 'drills' })).toEqual([
      { channelId: 'C0DRILL001', channelName: 'drills' },
    ]);
    expect(updateChannelsFor({ isDrill: true }, stakeholders, null)).toEqual([drillSandboxChannel]);
    expect(isDrillSandbox(drillSandboxChannel.channelId)).toBe(true);
    expect(isDrillSandbox('C0EXEC0001')).toBe(false);
  });
});

describe('a drill’s message', () => {
  it('starts with [DRILL] in the header and the text, once', () => {
    const message = buildBroadcastMessage({ ...draft, isDrill: true });
    expect(message.blocks[0]).toEqual({
      type: 'header',
      text: { type: 'plain_text', text: '[DRILL] SEV-2 · Checkout slow' },
    });
    expect(message.text.startsWith('[DRILL] SEV-2 · Checkout slow')).toBe(true);
    expect(message.text.match(/\[DRILL\]/g)).toHaveLength(1);
  });

  it('a real incident’s carries no marker', () => {
    const message = buildBroadcastMessage(draft);
    expect(JSON.stringify(message)).not.toContain('[DRILL]');
  });

  it('counts the marker against Slack’s header limit', () => {
    const title = 'x'.repeat(150 - 'SEV-2 · '.length);
    expect(checkSlackLimits(buildBroadcastMessage({ ...draft, incidentTitle: title }))).toEqual([]);
    expect(
      checkSlackLimits(buildBroadcastMessage({ ...draft, incidentTitle: title, isDrill: true })),
    ).toMatchObject([{ kind: 'header-too-long' }]);
  });
});
