import { expect, test } from './fixtures';
import { Palette } from './pages/Palette';
import { paymentsDbDown } from './setups';

// The wall display for the room's big screen: the incident at a glance, read-only, following the log as
// it changes and the clock as it runs; opened from the palette or straight from the address (#wall), in
// English or Japanese; Escape goes back to the cockpit.

test.use({ setup: paymentsDbDown });
test.beforeEach(async ({ cockpit }) => {
  await cockpit.openOn('Payments DB down');
});

test('the wall shows the incident, who is on it, open tasks with owners and check-backs, and starred lines', async ({
  page,
  cockpit,
}) => {
  await cockpit.addEntry('Note', 'Replica promoted, writes resumed');
  await cockpit.line('Replica promoted, writes resumed').getByRole('button', { name: 'Star entry' }).click();

  await new Palette(page).run('Wall display');
  const wall = page.getByRole('region', { name: 'Wall display' });
  await expect(wall).toBeFocused();
  await expect(wall.getByRole('heading', { name: 'Payments DB down', level: 1 })).toBeVisible();
  await expect(wall).toContainText('Investigating');
  await expect(wall).toContainText('IC Alice');
  await expect(wall).toContainText('Next stakeholder update');
  await expect(wall.getByRole('timer')).toContainText('Next update by');
  await expect(wall.getByRole('button')).toHaveCount(0);

  const onIncident = wall.getByRole('region', { name: 'On the incident' }).getByRole('listitem');
  await expect(onIncident).toHaveCount(3);
  await expect(onIncident.filter({ hasText: 'Alice' })).toContainText('Incident commander · Fresh');
  await expect(onIncident.filter({ hasText: 'Bob' })).toContainText('on duty');
  const tasks = wall.getByRole('region', { name: 'Open tasks' }).getByRole('listitem');
  await expect(tasks.filter({ hasText: 'Fail over to the replica' })).toContainText(
    /· Bob · check back \d\d:\d\d/,
  );
  await expect(tasks.filter({ hasText: 'Save the primary’s logs' })).toContainText('Nobody owns it');
  await expect(wall.getByRole('region', { name: 'Starred in the log' })).toContainText(
    'Replica promoted, writes resumed',
  );

  // The wall follows the clock: time runs on, and a check-back that passes says so.
  const elapsed = wall.getByText(/^Elapsed /);
  const before = await elapsed.textContent();
  await page.clock.fastForward('45:00');
  await expect(elapsed).not.toHaveText(before ?? '');
  await expect(tasks.filter({ hasText: 'Fail over to the replica' })).toContainText('check back was due');

  await page.keyboard.press('Escape');
  await expect(wall).toBeHidden();
  await expect(cockpit.bar.getByRole('heading', { name: 'Payments DB down', level: 1 })).toBeVisible();
});

test('the room’s screen opens the wall from the address, in Japanese too', async ({ page, cockpit }) => {
  await page.goto(`${cockpit.url}#wall`);
  await expect(page.getByRole('region', { name: 'Wall display' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Open tasks' })).toContainText('Fail over to the replica');

  await page.evaluate(() => localStorage.setItem('warroom.language', 'ja'));
  await page.reload();
  const wall = page.getByRole('region', { name: 'ウォールディスプレイ' });
  await expect(wall).toBeVisible();
  await expect(wall.getByRole('region', { name: '対応中のメンバー' }).getByRole('listitem')).toHaveCount(3);
  await expect(wall).toContainText('担当者なし');
  await page.keyboard.press('Escape');
  await expect(wall).toBeHidden();
  expect(new URL(page.url()).hash).toBe('');
});
