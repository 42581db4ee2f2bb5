import { expect, test } from './fixtures';
import { Broadcasts } from './pages/Broadcasts';
import { Roster } from './pages/Roster';

test('the incident channel: created from date and title, responders invited, topic kept current, archived after confirmation', async ({
  page,
  cockpit,
  slack,
}) => {
  await page.clock.install({ time: new Date('2026-11-24T10:00:00Z') });
  await cockpit.open();
  await cockpit.declare({ title: 'Payments: API 500s!', severity: 'SEV-2', commander: 'Alice' });
  const broadcasts = new Broadcasts(page);
  await broadcasts.connect(slack.url);
  await new Roster(page).checkIn({ name: 'Bob', slackUserId: 'U0BOB00002' });

  const card = broadcasts.panel.getByRole('region', { name: 'War-room channel' });
  await expect(card.getByLabel('Channel name')).toHaveValue('inc-2026-11-24-payments-api-500s');
  await card.getByRole('button', { name: 'Create channel' }).click();
  await expect(card.getByTestId('war-room-channel')).toHaveText('#inc-2026-11-24-payments-api-500s');
  const channel = () =>
    slack.server.state.channels.find((c) => c.name === 'inc-2026-11-24-payments-api-500s');
  await expect.poll(() => channel()?.members).toContain('U0BOB00002');
  await expect
    .poll(() => channel()?.topic.value)
    .toBe('SEV-2 | Investigating | Incident commander: Alice | Next update by 11:00 (UTC)');

  await cockpit.changeStatus('Identified');
  await expect.poll(() => channel()?.topic.value).toContain('SEV-2 | Identified | Incident commander: Alice');
  await expect(cockpit.line('Invited to #inc-2026-11-24-payments-api-500s: Bob')).toBeVisible();
  await expect(cockpit.line(/Topic of #inc-2026-11-24-payments-api-500s: SEV-2 \| Identified/)).toBeVisible();

  await expect(card.getByText('The channel can be archived once the incident is resolved.')).toBeVisible();
  await cockpit.changeStatus('Resolved');
  await card.getByRole('button', { name: 'Archive channel' }).click();
  const confirm = page.getByRole('dialog', { name: 'Archive #inc-2026-11-24-payments-api-500s?' });
  await confirm.getByRole('button', { name: 'Archive channel' }).click();
  await expect.poll(() => channel()?.isArchived).toBe(true);
  await expect(cockpit.line('Slack channel #inc-2026-11-24-payments-api-500s archived')).toBeVisible();
});

test('a taken channel name gets a suffix', async ({ page, cockpit, slack }) => {
  await page.clock.install({ time: new Date('2026-11-24T10:00:00Z') });
  await cockpit.open();
  await cockpit.declare({ title: 'general', severity: 'SEV-3', commander: 'Alice' });
  const broadcasts = new Broadcasts(page);
  await broadcasts.connect(slack.url);
  const card = broadcasts.panel.getByRole('region', { name: 'War-room channel' });
  await card.getByLabel('Channel name').fill('general');
  await card.getByRole('button', { name: 'Create channel' }).click();
  await expect(card.getByTestId('war-room-channel')).toHaveText('#general-2');
  await expect(cockpit.line('Slack channel #general-2 created')).toBeVisible();
});
