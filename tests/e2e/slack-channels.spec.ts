import type { LoopbackSlack } from './fixtures';
import { expect, test } from './fixtures';
import { Broadcasts } from './pages/Broadcasts';

/** Ids Slack may hand out in a shape War Room has not seen: lower case, and longer than today's. */
const unusual = [
  { id: 'c0lower9id', name: 'lower-case-id' },
  { id: 'C0123456789ABCDEFGHIJKLMN', name: 'long-id' },
];

function seedUnusualChannels(slack: LoopbackSlack): void {
  const { botUserId } = slack.server.state.workspace;
  for (const { id, name } of unusual) {
    slack.server.state.channels.push({
      id,
      name,
      isPrivate: false,
      isArchived: false,
      created: Math.floor(Date.now() / 1000),
      creator: botUserId,
      topic: { value: '', creator: '', last_set: 0 },
      members: [botUserId],
    });
  }
}

test.describe('stakeholder channels', () => {
  // Asking for `slack` here forgets any saved token before the page first asks whether Slack is connected.
  test.beforeEach(async ({ cockpit, slack }) => {
    seedUnusualChannels(slack);
    await cockpit.open();
    await cockpit.declare({ title: 'Checkout failing', commander: 'Alice' });
  });

  test('a channel whose id Slack returned in an unusual shape is accepted and receives the update', async ({
    page,
    slack,
  }) => {
    const broadcasts = new Broadcasts(page);
    await broadcasts.connect(slack.url);
    await broadcasts.chooseChannels(unusual.map((c) => c.name));
    await broadcasts.openComposer();
    await broadcasts.send();
    for (const { id, name } of unusual) {
      await expect(broadcasts.delivery(name, 'Sent')).toBeVisible();
      expect(slack.server.state.messages.get(id) ?? []).toHaveLength(1);
    }
  });

  test('a typed id gets a loose check: a channel name is refused, an unusual id is taken', async ({
    page,
    slack,
  }) => {
    const broadcasts = new Broadcasts(page);
    await broadcasts.connect(slack.url);
    await broadcasts.panel.getByRole('button', { name: 'Channels and cadence' }).click();
    const settings = page.getByRole('dialog', { name: 'Broadcast settings for this incident' });
    const byId = settings.getByLabel('Or add a channel by ID');
    await byId.fill('general');
    await settings.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(
      settings.getByText('That is not a Slack channel ID (it looks like C0123ABCD).'),
    ).toBeVisible();
    await byId.fill(' c0lower9id ');
    await settings.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(settings.getByRole('listitem').filter({ hasText: '#c0lower9id' })).toBeVisible();
    await settings.getByRole('button', { name: 'Save' }).click();
    await expect(settings).toBeHidden();
    await expect(broadcasts.panel.getByTestId('stakeholder-channels')).toHaveText('To: #c0lower9id');
  });
});
