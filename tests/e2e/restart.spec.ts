import { expect, test } from './fixtures';
import { Cockpit } from './pages/Cockpit';

test('everything is still there after the browser is closed and started again', async ({
  relaunchable,
  webHost,
}) => {
  const first = await relaunchable.launch();
  const before = new Cockpit(first.pages()[0] ?? (await first.newPage()), webHost.url);
  await before.open();
  await before.declare({ title: 'Storage outage', severity: 'SEV-1', commander: 'Alice' });
  await before.changeStatus('Identified');
  await before.addEntry('Decision', 'Roll back release 4.2', 'Bob');
  await before.line('Roll back release 4.2').getByRole('button', { name: 'Star entry' }).click();
  await expect(
    before.line('Roll back release 4.2').getByRole('button', { name: 'Unstar entry' }),
  ).toBeVisible();
  await first.close();

  const second = await relaunchable.launch();
  const after = new Cockpit(second.pages()[0] ?? (await second.newPage()), webHost.url);
  await after.open();
  await expect(after.bar.getByRole('heading', { name: 'Storage outage' })).toBeVisible();
  await expect(after.bar.getByTestId('status-chip')).toHaveText('Identified');
  await expect(
    after.line('Roll back release 4.2').getByRole('button', { name: 'Unstar entry' }),
  ).toBeVisible();
  await expect(after.logLines).toHaveCount(4);
  await second.close();
});
