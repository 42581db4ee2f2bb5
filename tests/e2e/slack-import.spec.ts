import type { SlackServer, StoredMessage } from '../fixtures/slack-server';
import { expect, test } from './fixtures';
import { Broadcasts } from './pages/Broadcasts';
import { Palette } from './pages/Palette';
import { Roster } from './pages/Roster';

const channelName = 'inc-2026-11-24-checkout-500s';
const at = (time: string) => `${Date.parse(`2026-11-24T${time}Z`) / 1000}.000100`;
const tokens = { bob: 'xoxp-bob', carol: 'xoxp-carol' } as const;

/** Calls the loopback Slack server's Web API as a person in the channel would, with their own token. */
async function asPerson(slack: SlackServer, token: string, method: string, params: Record<string, string>) {
  const response = await fetch(`${slack.url}${method}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(params).toString(),
  });
  const body = (await response.json()) as { ok: boolean };
  expect(body.ok, JSON.stringify(body)).toBe(true);
}

test('the incident channel joins the log: a second import adds only what is new, shows the edit, marks the deletion', async ({
  page,
  cockpit,
  slack,
}) => {
  await page.clock.install({ time: new Date('2026-11-24T10:00:00Z') });
  await cockpit.open();
  await cockpit.declare({ title: 'Checkout 500s', severity: 'SEV-2', commander: 'Alice' });
  const broadcasts = new Broadcasts(page);
  await broadcasts.connect(slack.url);
  await new Roster(page).checkIn({ name: 'Bob', slackUserId: 'U0BOB00002' });
  const card = broadcasts.panel.getByRole('region', { name: 'War-room channel' });
  await card.getByRole('button', { name: 'Create channel' }).click();
  await expect(card.getByTestId('war-room-channel')).toHaveText(`#${channelName}`);

  // What people wrote over the first minutes, as Slack stores it (it escapes < > & typed by people).
  const channel = slack.server.state.channels.find((c) => c.name === channelName);
  if (channel === undefined) throw new Error('the channel was not created');
  const said = (time: string, user: string, text: string, extra: Partial<StoredMessage> = {}) => ({
    ts: at(time),
    channel: channel.id,
    user,
    text,
    ...extra,
  });
  const hostile = '&lt;script&gt;alert(1)&lt;/script&gt; <!channel> \u202Egnp.exe';
  slack.server.state.messages.set(channel.id, [
    said('10:05:00', 'U0BOB00002', 'Checkout 500s since 09:58'),
    said('10:06:00', 'U0CAROL003', 'Seen in eu-west too', { threadTs: at('10:05:00') }),
    said('10:07:00', 'U0CAROL003', 'Rolling back deploy 4411', { pinned: true }),
    said('10:08:00', 'U0CAROL003', 'DB at 90%'),
    said('10:09:00', 'U0BOB00002', 'wrong channel, ignore'),
    said('10:10:00', 'U0CAROL003', hostile),
  ]);
  slack.server.state.tokens.set(tokens.bob, { scopes: ['chat:write'], userId: 'U0BOB00002' });
  slack.server.state.tokens.set(tokens.carol, { scopes: ['chat:write'], userId: 'U0CAROL003' });

  const palette = new Palette(page);
  const notice = page.getByRole('alert').filter({ hasText: /imported/i });
  await page.clock.fastForward('15:00');
  await palette.run('Import Slack');
  await expect(notice).toHaveText('Imported 6 new messages, 0 edited, 0 deleted');
  const bobsLine = cockpit.line('Checkout 500s since 09:58');
  await expect(bobsLine).toContainText('10:05:00');
  await expect(bobsLine).toContainText('Bob');
  await expect(bobsLine.getByRole('link', { name: 'Open in Slack' })).toHaveAttribute(
    'href',
    `https://warroom-test.slack.com/archives/${channel.id}/p${at('10:05:00').replace('.', '')}`,
  );
  await expect(cockpit.line('Seen in eu-west too')).toContainText('10:06:00');
  await expect(
    cockpit.line('Rolling back deploy 4411').getByRole('button', { name: 'Unstar entry' }),
  ).toHaveAttribute('aria-pressed', 'true');
  // Shown as the text people typed: no element made of it, no ping, the override kept inside its line.
  const hostileLine = cockpit.line('alert(1)');
  await expect(hostileLine.locator('bdi').first()).toHaveText(
    '<script>alert(1)</script> <!channel> \u202Egnp.exe',
  );
  await expect(cockpit.log.locator('script')).toHaveCount(0);

  await asPerson(slack.server, tokens.carol, 'chat.update', {
    channel: channel.id,
    ts: at('10:08:00'),
    text: 'DB at 95%',
  });
  await asPerson(slack.server, tokens.bob, 'chat.delete', { channel: channel.id, ts: at('10:09:00') });
  await asPerson(slack.server, tokens.bob, 'chat.postMessage', {
    channel: channel.id,
    text: 'Error rate back to 0.1%',
  });
  await page.clock.fastForward('05:00');
  await palette.run('Import Slack');
  await expect(notice).toHaveText('Imported 1 new message, 1 edited, 1 deleted');
  await expect(cockpit.line('DB at 95%')).toContainText('(edited)');
  await expect(cockpit.line('DB at 90%')).toHaveCount(0);
  await expect(cockpit.line('wrong channel, ignore')).toContainText('(deleted in Slack)');
  await expect(cockpit.line('Error rate back to 0.1%')).toBeVisible();
  await cockpit.log.getByRole('button', { name: 'Slack', exact: true }).click();
  await expect(cockpit.logLines).toHaveCount(7);
});
