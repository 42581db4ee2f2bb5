import { startNatsServer, type NatsServer } from '../fixtures/nats-server';
import { expect, test } from './fixtures';
import { Desk } from './pages/Desk';
import { Palette } from './pages/Palette';

// Joining the team's shared war room from the palette, against a real nats-server with JetStream on
// loopback: the desk is named in the room, connected, and listed among the desks here; the password is
// never shown again, and leaving asks first.

let nats: NatsServer;
test.beforeAll(async () => {
  nats = await startNatsServer(['--user', 'war-room', '--pass', 'team-pass']);
});
test.afterAll(async () => {
  await nats.stop();
});

test('the IC joins the team’s room, sees this desk connected and here, then leaves', async ({
  page,
  cockpit,
}) => {
  await cockpit.open();
  await new Desk(page).answer('Alice’s desk');
  await new Palette(page).run('Shared war room');
  const dialog = page.getByRole('dialog', { name: 'Shared war room' });
  await dialog.getByLabel('NATS servers').fill(nats.url);
  await dialog.getByLabel('Room', { exact: true }).fill('payments');
  await expect(dialog.getByLabel('This desk in the room')).toHaveValue('Alice’s desk');

  // A wrong password is refused as such and nothing is joined.
  await dialog.getByRole('combobox', { name: 'Sign in with' }).click();
  await page.getByRole('option', { name: 'User and password' }).click();
  await dialog.getByLabel('User', { exact: true }).fill('war-room');
  await dialog.getByLabel('Password').fill('wrong');
  await dialog.getByRole('button', { name: 'Join' }).click();
  await expect(dialog.getByRole('alert')).toContainText('refused these credentials');

  await dialog.getByLabel('Password').fill('team-pass');
  await dialog.getByRole('button', { name: 'Join' }).click();
  await expect(dialog.getByText('In room “payments” as Alice’s desk')).toBeVisible();
  await expect(dialog.getByText('Connected')).toBeVisible();
  await expect(dialog.getByRole('list', { name: 'Desks here' }).getByRole('listitem')).toHaveText([
    'Alice’s desk',
  ]);
  await expect(dialog).not.toContainText('team-pass');

  await dialog.getByRole('button', { name: 'Leave the room' }).click();
  await expect(dialog.getByRole('alert').filter({ hasText: 'Leave “payments”?' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Leave', exact: true }).click();
  await expect(dialog.getByLabel('NATS servers')).toBeVisible();
});

test('Settings leads to the shared war room too', async ({ page, cockpit }) => {
  await cockpit.open();
  await new Desk(page).answer('Alice’s desk');
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await page.getByRole('button', { name: 'Shared war room…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Shared war room' });
  await expect(dialog.getByLabel('NATS servers')).toBeFocused();
  await expect(page.getByRole('dialog', { name: /Fatigue thresholds|Settings/ })).toBeHidden();
});
