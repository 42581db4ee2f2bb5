import type { StoredMessage } from '../fixtures/slack-server';
import { expect, test } from './fixtures';
import { Broadcasts } from './pages/Broadcasts';

function messagesIn(
  server: { state: { channels: { id: string; name: string }[]; messages: Map<string, StoredMessage[]> } },
  name: string,
): StoredMessage[] {
  const channel = server.state.channels.find((c) => c.name === name);
  return channel === undefined ? [] : (server.state.messages.get(channel.id) ?? []);
}

test.describe('stakeholder broadcasts', () => {
  // Asking for `slack` here forgets any saved token before the page first asks whether Slack is connected.
  test.beforeEach(async ({ cockpit, slack: _disconnected }) => {
    await cockpit.open();
    await cockpit.declare({ title: 'Checkout failing', severity: 'SEV-2', commander: 'Alice' });
  });

  test('connect, choose a channel, compose, preview, send: Slack receives exactly the preview', async ({
    page,
    cockpit,
    slack,
  }) => {
    const broadcasts = new Broadcasts(page);
    await cockpit.addEntry('Fact', 'Card payments fail for 30% of customers');
    await broadcasts.connect(slack.url);
    await broadcasts.chooseChannels(['exec-updates']);
    await broadcasts.openComposer();
    await broadcasts.composer.getByRole('button', { name: 'Tactical' }).click();
    await expect(broadcasts.section('Conditions')).toHaveValue(/Card payments fail for 30% of customers/);
    await broadcasts.section('Needs').fill('A database expert on the bridge');
    const preview = broadcasts.composer.getByTestId('broadcast-preview');
    await expect(preview).toContainText('SEV-2 · Checkout failing');
    await expect(preview).toContainText('A database expert on the bridge');
    await expect(preview).toContainText(/Next update by \d\d:\d\d \(UTC\)/);
    const blocks = await broadcasts.previewBlocks();
    const text = await broadcasts.previewText();
    await broadcasts.send();

    await expect(broadcasts.delivery('exec-updates', 'Sent')).toBeVisible();
    const [received, ...more] = messagesIn(slack.server, 'exec-updates');
    expect(more).toEqual([]);
    expect(received?.blocks).toEqual(blocks);
    expect(received?.text).toBe(text);
    expect(received?.metadata?.event_type).toBe('warroom_broadcast');
    await expect(
      broadcasts.delivery('exec-updates', 'Sent').getByRole('link', { name: 'Open in Slack' }),
    ).toHaveAttribute('href', /^https:\/\//);
    await expect(cockpit.line(/Stakeholder update sent to #exec-updates: https:\/\//)).toBeVisible();
  });

  test('a hostile text arrives escaped: no ping, no mention, no disguised link', async ({ page, slack }) => {
    const broadcasts = new Broadcasts(page);
    await broadcasts.connect(slack.url);
    await broadcasts.chooseChannels(['support']);
    await broadcasts.openComposer();
    const hostile = '<!channel> <@U0ALICE001> & <https://evil.example|the status page>';
    await broadcasts.section('Impact').fill(hostile);
    await expect(broadcasts.composer.getByTestId('broadcast-preview')).toContainText(hostile);
    await broadcasts.send();
    await expect(broadcasts.delivery('support', 'Sent')).toBeVisible();
    const [received] = messagesIn(slack.server, 'support');
    const wire = JSON.stringify(received?.blocks) + (received?.text ?? '');
    expect(wire).toContain(
      '&lt;!channel&gt; &lt;@U0ALICE001&gt; &amp; &lt;https://evil.example|the status page&gt;',
    );
    expect(wire).not.toContain('<!channel>');
    expect(wire).not.toContain('<@U0ALICE001>');
  });

  test('Slack unreachable: two queued updates wait, then each arrives exactly once', async ({
    page,
    slack,
  }) => {
    const broadcasts = new Broadcasts(page);
    await broadcasts.connect(slack.url);
    await broadcasts.chooseChannels(['exec-updates']);
    await slack.stop();
    for (const news of ['Failover started', 'Failover half done']) {
      await broadcasts.openComposer();
      await broadcasts.section('Current status').fill(news);
      await broadcasts.send();
    }
    const waiting = 'Slack is not reachable: will be sent when it is';
    await expect(broadcasts.delivery('exec-updates', waiting)).toHaveCount(2);
    await slack.restart();
    await expect(broadcasts.delivery('exec-updates', 'Sent')).toHaveCount(2, { timeout: 30_000 });
    const received = messagesIn(slack.server, 'exec-updates');
    expect(received.map((m) => m.metadata?.event_payload.broadcast_id)).toHaveLength(2);
    expect(new Set(received.map((m) => m.metadata?.event_payload.broadcast_id)).size).toBe(2);
    expect(received.map((m) => m.text).join('\n')).toMatch(/Failover started[\s\S]*Failover half done/);
  });

  test('a permanent refusal ends as failed with what to do, and goes once it is fixed', async ({
    page,
    slack,
  }) => {
    const broadcasts = new Broadcasts(page);
    await broadcasts.connect(slack.url);
    await broadcasts.panel.getByRole('button', { name: 'Channels and cadence' }).click();
    const settings = page.getByRole('dialog', { name: 'Broadcast settings for this incident' });
    const notJoined = slack.server.state.channels.find((c) => c.name === 'not-joined');
    await settings.getByLabel('Or add a channel by ID').fill(notJoined?.id ?? '');
    await settings.getByRole('button', { name: 'Add', exact: true }).click();
    await settings.getByRole('button', { name: 'Save' }).click();
    await broadcasts.openComposer();
    await broadcasts.send();
    const failed = broadcasts.delivery(notJoined?.id ?? '', 'Failed');
    await expect(failed).toBeVisible();
    await expect(failed).toContainText('type /invite @warroom in the channel');
    notJoined?.members.push(slack.server.state.workspace.botUserId);
    await failed.getByRole('button', { name: 'Send again' }).click();
    await expect(broadcasts.delivery(notJoined?.id ?? '', 'Sent')).toBeVisible();
    expect(messagesIn(slack.server, 'not-joined')).toHaveLength(1);
  });
});
