import { expect, test } from './fixtures';
import { Broadcasts } from './pages/Broadcasts';
import { Cockpit } from './pages/Cockpit';

const declaredAt = new Date('2026-11-24T10:00:00Z');

test('SEV-1 cadence: countdown, a nudge 5 minutes before, overdue; SEV-3 waits for status changes', async ({
  page,
  cockpit,
}) => {
  await page.clock.install({ time: declaredAt });
  await cockpit.open();
  await cockpit.declare({ title: 'Database primary down', severity: 'SEV-1', commander: 'Alice' });
  const broadcasts = new Broadcasts(page);
  await expect(broadcasts.countdown).toHaveText('Next update by 10:30 · in 30 min');
  await expect(
    broadcasts.nudges.getByRole('listitem').filter({ hasText: 'Send the first stakeholder update' }),
  ).toBeVisible();

  await page.clock.fastForward('25:00');
  await expect(broadcasts.countdown).toHaveText('Next update by 10:30 · in 5 min');
  await expect(
    broadcasts.nudges.getByRole('listitem').filter({ hasText: 'Stakeholder update due at 10:30' }),
  ).toBeVisible();

  await page.clock.fastForward('06:00');
  await expect(broadcasts.countdown).toHaveText('Next update by 10:30 · overdue by 1 min');
  await expect(
    broadcasts.nudges.getByRole('listitem').filter({ hasText: 'Stakeholder update overdue since 10:30' }),
  ).toBeVisible();
  await expect(
    broadcasts.panel.getByText('A stakeholder update is due (10:30): review it and send it.'),
  ).toBeVisible();

  await cockpit.changeSeverity('SEV-3');
  await expect(broadcasts.countdown).toHaveText('Next update on the next status change');
  await expect(broadcasts.nudges.getByRole('listitem').filter({ hasText: /overdue/ })).toHaveCount(0);
});

test('after an update, the countdown restarts; a status change prompts; nothing new is called out', async ({
  page,
  cockpit,
  slack,
}) => {
  await page.clock.install({ time: declaredAt });
  await cockpit.open();
  await cockpit.declare({ title: 'Search slow', severity: 'SEV-2', commander: 'Alice' });
  const broadcasts = new Broadcasts(page);
  await broadcasts.connect(slack.url);
  await broadcasts.chooseChannels(['exec-updates']);
  await page.clock.fastForward('10:00');
  await broadcasts.openComposer();
  await expect(broadcasts.composer.getByText(/Nothing has changed since the last update/)).toHaveCount(0);
  await broadcasts.send();
  await expect(broadcasts.delivery('exec-updates', 'Sent')).toBeVisible();
  await expect(broadcasts.countdown).toHaveText('Next update by 11:10 · in 60 min');

  await broadcasts.openComposer();
  await expect(
    broadcasts.composer.getByText(/Nothing has changed since the last update \(10:10\)/),
  ).toBeVisible();
  await broadcasts.composer.getByRole('button', { name: 'Cancel' }).click();

  await cockpit.changeStatus('Identified');
  await expect(
    broadcasts.panel.getByText('Status or severity changed (SEV-2, Identified): tell the stakeholders.'),
  ).toBeVisible();
  await broadcasts.openComposer();
  await expect(broadcasts.composer.getByText(/Nothing has changed/)).toHaveCount(0);
});

test('an auto-send incident sends its due update on time, pre-filled, without asking', async ({
  page,
  cockpit,
  slack,
}) => {
  await page.clock.install({ time: declaredAt });
  await cockpit.open();
  await cockpit.declare({ title: 'Login errors', severity: 'SEV-1', commander: 'Alice' });
  await cockpit.addEntry('Fact', 'Login fails for EU users');
  const broadcasts = new Broadcasts(page);
  await broadcasts.connect(slack.url);
  await broadcasts.chooseChannels(['support'], { autoSend: true, minutes: 15 });
  await expect(broadcasts.countdown).toHaveText('Next update by 10:15 · in 15 min');
  await page.clock.fastForward('15:00');
  await expect(broadcasts.delivery('support', 'Sent')).toBeVisible();
  await expect(broadcasts.panel.getByText('Executive summary · sent automatically')).toBeVisible();
  const channel = slack.server.state.channels.find((c) => c.name === 'support');
  const [sent, ...more] = slack.server.state.messages.get(channel?.id ?? '') ?? [];
  expect(more).toEqual([]);
  expect(sent?.text).toContain('Login fails for EU users');
  expect(sent?.text).toContain('Next update by 10:30 (UTC)');
  await expect(broadcasts.countdown).toHaveText('Next update by 10:30 · in 15 min');
});

test('an update that came due while War Room was closed is shown to the IC, never sent blindly', async ({
  relaunchable,
  webHost,
  slack,
}) => {
  const first = await relaunchable.launch();
  await first.clock.install({ time: declaredAt });
  const before = new Cockpit(first.pages()[0] ?? (await first.newPage()), webHost.url);
  await before.open();
  await before.declare({ title: 'Billing outage', severity: 'SEV-1', commander: 'Alice' });
  const then = new Broadcasts(before.page);
  await then.connect(slack.url);
  await then.chooseChannels(['exec-updates'], { autoSend: true });
  await before.page.clock.runFor(6_000);
  await first.close();

  const second = await relaunchable.launch();
  await second.clock.install({ time: new Date('2026-11-24T10:45:00Z') });
  const after = new Cockpit(second.pages()[0] ?? (await second.newPage()), webHost.url);
  await after.open();
  const now = new Broadcasts(after.page);
  await expect(
    now.panel.getByText(
      'An update came due at 10:30 while War Room was closed. Review it and send it, or dismiss.',
    ),
  ).toBeVisible();
  await after.page.clock.runFor(10_000);
  expect([...slack.server.state.messages.values()].flat()).toEqual([]);
  await expect(now.panel.getByText('No update sent yet.')).toBeVisible();
  await now.panel.getByRole('button', { name: 'Dismiss' }).click();
  await expect(now.panel.getByText(/while War Room was closed/)).toHaveCount(0);
  await second.close();
});
