import { expect, test } from './fixtures';

test.describe('the incident log', () => {
  test.beforeEach(async ({ cockpit }) => {
    await cockpit.open();
    await cockpit.declare({ title: 'Payments failing', commander: 'Alice' });
  });

  test('entries of every type, newest first, with author and time', async ({ cockpit }) => {
    await cockpit.addEntry('Fact', 'Error rate 40% since 02:10', 'Bob');
    await cockpit.addEntry('Hypothesis', 'Connection pool exhausted');
    await cockpit.addEntry('Decision', 'Fail over to the replica');
    await cockpit.addEntry('Action', 'Carol runs the failover');
    await cockpit.addEntry('Note', 'Vendor ticket 4411 opened');
    await expect(cockpit.logLines).toHaveCount(7);
    await expect(cockpit.logLines.first()).toHaveAccessibleName('Note: Vendor ticket 4411 opened');
    await expect(cockpit.line('Error rate 40% since 02:10')).toContainText('Bob');
    await expect(cockpit.line('Error rate 40% since 02:10').locator('time')).toHaveText(/^\d\d:\d\d:\d\d$/);
    await expect(cockpit.logLines.last()).toHaveAccessibleName(/^Automatic: Incident declared/);
  });

  test('filter by type, search the text, star and show starred only', async ({ cockpit, page }) => {
    await cockpit.addEntry('Fact', 'Disk full on db-1', 'Bob');
    await cockpit.addEntry('Hypothesis', 'Log rotation broke');
    await cockpit.addEntry('Decision', 'Extend the volume');

    await cockpit.log.getByRole('button', { name: 'Hypothesis' }).click();
    await expect(cockpit.logLines).toHaveCount(1);
    await expect(cockpit.logLines).toHaveAccessibleName('Hypothesis: Log rotation broke');
    await cockpit.log.getByRole('button', { name: 'Automatic' }).click();
    await expect(cockpit.logLines).toHaveCount(3);
    await cockpit.log.getByRole('button', { name: 'Hypothesis' }).click();
    await cockpit.log.getByRole('button', { name: 'Automatic' }).click();
    await expect(cockpit.logLines).toHaveCount(5);

    await cockpit.log.getByLabel('Search the log').fill('DISK');
    await expect(cockpit.logLines).toHaveCount(1);
    await expect(cockpit.logLines).toHaveAccessibleName('Fact: Disk full on db-1');
    await cockpit.log.getByLabel('Search the log').fill('');
    await expect(cockpit.logLines).toHaveCount(5);

    await cockpit.line('Extend the volume').getByRole('button', { name: 'Star entry' }).click();
    await expect(
      cockpit.line('Extend the volume').getByRole('button', { name: 'Unstar entry' }),
    ).toHaveAttribute('aria-pressed', 'true');
    await page.getByLabel('Starred only').check();
    await expect(cockpit.logLines).toHaveCount(1);
    await expect(cockpit.logLines).toHaveAccessibleName('Decision: Extend the volume');
    await cockpit.line('Extend the volume').getByRole('button', { name: 'Unstar entry' }).click();
    await expect(cockpit.log.getByText('Nothing in the log matches.')).toBeVisible();
  });

  test('a hostile entry is shown literally, never as markup', async ({ cockpit, page }) => {
    const hostile = '<img src=x onerror="window.__pwned=1"> <!channel> & <@U123>';
    await cockpit.addEntry('Note', hostile);
    await expect(cockpit.line('<!channel>')).toHaveAccessibleName(`Note: ${hostile}`);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  test('an over-long entry is capped, the IC is told, and the rest stays in the box', async ({
    cockpit,
    page,
  }) => {
    const long = Array.from({ length: 900 }, (_, i) => `w${i}`).join(' ');
    await cockpit.addEntry('Note', long);
    await expect(page.getByRole('alert').filter({ hasText: 'limited to 4000 characters' })).toBeVisible();
    const rest = await cockpit.log.getByLabel('Entry', { exact: true }).inputValue();
    expect(rest.length).toBeGreaterThan(0);
    expect(long.endsWith(rest)).toBe(true);
    await expect(cockpit.logLines).toHaveCount(3);
  });
});

test('entry times show the date once the incident spans days', async ({ cockpit, page }) => {
  await page.clock.install({ time: new Date('2026-11-24T23:50:00Z') });
  await cockpit.open();
  await cockpit.declare({ title: 'Night outage', commander: 'Alice' });
  await expect(cockpit.logLines.first().locator('time')).toHaveText(/^\d\d:\d\d:\d\d$/);
  await page.clock.fastForward('00:20:00');
  await cockpit.addEntry('Fact', 'Still down after midnight');
  await expect(cockpit.line('Still down after midnight').locator('time')).toHaveText(/11\/25\/2026.*00:10/);
  await expect(cockpit.line('Incident declared').locator('time')).toHaveText(/11\/24\/2026.*23:50/);
});
