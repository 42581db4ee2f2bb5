/**
 * The cadence counts from delivery, not from queuing: with Slack failing every post, an update queued at
 * 10:05 is not "given", so the header keeps counting to 10:30 and says the update is waiting, and past
 * 10:30 the overdue nudge stays. Once Slack has it, the next update is owed a full interval after delivery.
 */
import { expect, test } from './fixtures';
import { Broadcasts } from './pages/Broadcasts';

test('with Slack failing, the countdown says the update is waiting and the overdue nudge stays', async ({
  page,
  cockpit,
  slack,
}) => {
  await page.clock.install({ time: new Date('2026-11-24T10:00:00Z') });
  await cockpit.open();
  await cockpit.declare({ title: 'Payments down', severity: 'SEV-1', commander: 'Alice' });
  const broadcasts = new Broadcasts(page);
  await broadcasts.connect(slack.url);
  await broadcasts.chooseChannels(['exec-updates']);
  // Slack answers every post with an error page: nothing reaches the channel.
  slack.server.inject({ kind: 'http-error', status: 503, method: 'chat.postMessage', times: 10_000 });
  await page.clock.fastForward('05:00');
  await broadcasts.openComposer();
  await broadcasts.section('Current status').fill('Failing over to the standby');
  await broadcasts.send();

  await expect(
    broadcasts.delivery(
      'exec-updates',
      'Slack answered with an error: checking the channel, then sending again',
    ),
  ).toBeVisible();
  await expect(broadcasts.countdown).toHaveText(
    'Next update by 10:30 · in 25 min · update waiting to reach Slack',
  );

  await page.clock.fastForward('27:00');
  await expect(broadcasts.countdown).toHaveText(
    'Next update by 10:30 · overdue by 2 min · update waiting to reach Slack',
  );
  await expect(
    broadcasts.nudges.getByRole('listitem').filter({ hasText: 'Stakeholder update overdue since 10:30' }),
  ).toBeVisible();
  expect(slack.server.state.messages.size).toBe(0);

  // Slack is back: the waiting update arrives once, and the next one is owed 30 minutes after it did.
  slack.server.reset();
  await page.clock.fastForward('02:00');
  await expect(broadcasts.delivery('exec-updates', 'Sent')).toBeVisible({ timeout: 30_000 });
  await expect(broadcasts.countdown).toHaveText(/^Next update by 11:0\d · in (29|30) min$/);
  await expect(
    broadcasts.nudges.getByRole('listitem').filter({ hasText: 'Stakeholder update overdue' }),
  ).toHaveCount(0);
  const channel = slack.server.state.channels.find((c) => c.name === 'exec-updates');
  expect(slack.server.state.messages.get(channel?.id ?? '')).toHaveLength(1);
});
