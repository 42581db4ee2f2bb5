/** What the log and the history say about a drill's update kept in War Room, and about main's refusal. */
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { en } from '../../../../../renderer/src/app/locales/en';
import { ja } from '../../../../../renderer/src/app/locales/ja';
import type { BroadcastEvent } from '../../../../../renderer/src/domain/broadcasts/events';
import { drillSandboxChannel } from '../../../../../renderer/src/domain/broadcasts/drill';
import { describeBroadcastEvent } from '../../../../../renderer/src/features/broadcasts/describeBroadcastEvent';
import { explainFailure } from '../../../../../renderer/src/features/broadcasts/explainFailure';

async function translator(lng: 'en' | 'ja') {
  const instance = i18next.createInstance();
  await instance.init({
    lng,
    resources: { en: { translation: en }, ja: { translation: ja } },
    interpolation: { escapeValue: false },
  });
  return instance.t;
}

const meta = { id: 'e1', incidentId: 'i1', ts: 0, recordedAt: 0, actor: 'Alice' };
const sent = {
  ...meta,
  type: 'broadcast.sent',
  payload: { broadcastId: 'b1', ...drillSandboxChannel, ts: '', permalink: '' },
} as const satisfies BroadcastEvent;

describe('a drill’s update in the log', () => {
  it('reads delivered to the drill, never sent to a channel, in English and Japanese', async () => {
    expect(describeBroadcastEvent(await translator('en'), sent)).toBe(
      'Update delivered to the drill (kept in War Room, not sent to Slack)',
    );
    expect(describeBroadcastEvent(await translator('ja'), sent)).toContain('訓練に届けました');
  });

  it('names the drill, not a #channel, where it was queued', async () => {
    const t = await translator('en');
    const queued = describeBroadcastEvent(t, {
      ...meta,
      type: 'broadcast.queued',
      payload: {
        broadcastId: 'b1',
        template: 'tactical',
        sections: {},
        blocks: [],
        text: '[DRILL] x',
        channels: [drillSandboxChannel],
        nextUpdateBy: null,
        snapshot: {
          status: 'investigating',
          severity: 'SEV-2',
          commanderName: 'Alice',
          openTaskCount: 0,
          latestLogEventId: null,
        },
        trigger: 'manual',
      },
    });
    expect(queued).toContain('the drill (kept in War Room)');
    expect(queued).not.toContain('#drill');
  });

  it('explains main’s refusal of a drill’s post in the IC’s words', async () => {
    const reason = explainFailure(await translator('en'), {
      code: 'forbidden',
      message: 'from main',
      slackError: 'drill_sandbox',
    });
    expect(reason).toMatch(/^This is a drill: War Room posts its updates only to the drill channel/);
  });
});
