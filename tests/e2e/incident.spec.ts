import { expect, test } from './fixtures';

test.describe('declaring and steering an incident', () => {
  test('declare: the app bar shows the incident and the log starts with an automatic entry', async ({
    cockpit,
    page,
  }) => {
    await page.clock.install({ time: new Date('2026-11-24T02:00:00Z') });
    await cockpit.open();
    await cockpit.declare({
      title: 'Checkout API returns 500',
      severity: 'SEV-1',
      commander: 'Alice',
      summary: 'Error rate 40%',
    });

    const bar = cockpit.bar;
    await expect(bar.getByRole('heading', { name: 'Checkout API returns 500' })).toBeVisible();
    await expect(bar.getByText('SEV-1', { exact: true }).first()).toBeVisible();
    await expect(bar.getByTestId('status-chip')).toHaveText('Investigating');
    await expect(bar.getByLabel('Incident commander')).toHaveText('IC: Alice');
    await expect(
      cockpit.line('Incident declared: Checkout API returns 500 (SEV-1), commander Alice'),
    ).toHaveCount(1);

    await page.clock.fastForward('01:02:03');
    // The page clock keeps running in real time after the jump, so only the jump itself is checked.
    await expect(bar.getByLabel('Elapsed')).toHaveText(/^1:02:\d\d$/);
  });

  test('status and severity changes are shown and logged automatically', async ({ cockpit }) => {
    await cockpit.open();
    await cockpit.declare({ title: 'Login slow', severity: 'SEV-3', commander: 'Bob' });
    for (const status of ['Identified', 'Monitoring', 'Resolved']) {
      await cockpit.changeStatus(status);
      await expect(cockpit.bar.getByTestId('status-chip')).toHaveText(status);
    }
    await cockpit.changeSeverity('SEV-2');
    await expect(cockpit.line('Status: Investigating → Identified')).toHaveCount(1);
    await expect(cockpit.line('Status: Identified → Monitoring')).toHaveCount(1);
    await expect(cockpit.line('Status: Monitoring → Resolved')).toHaveCount(1);
    await expect(cockpit.line('Severity: SEV-3 → SEV-2')).toHaveCount(1);
    await expect(cockpit.log.getByTestId('log-count')).toHaveText('6 entries');
  });

  test('an empty title is refused with a clear message, and nothing is declared', async ({
    cockpit,
    page,
  }) => {
    await cockpit.open();
    await page.getByRole('button', { name: 'Declare incident' }).click();
    const dialog = page.getByRole('dialog', { name: 'Declare an incident' });
    await dialog.getByLabel('Title').fill('   ');
    await dialog.getByLabel('Incident commander').fill('Alice');
    await dialog.getByRole('button', { name: 'Declare', exact: true }).click();
    await expect(dialog.getByText('The title cannot be empty.')).toBeVisible();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByText('No incidents yet')).toBeVisible();
  });

  test('several incidents can be active; the list switches between them, active first', async ({
    cockpit,
    page,
  }) => {
    await cockpit.open();
    await cockpit.declare({ title: 'First fire', commander: 'Alice' });
    await cockpit.changeStatus('Resolved');
    await cockpit.declare({ title: 'Second fire', commander: 'Bob' });
    await cockpit.declare({ title: 'Third fire', commander: 'Carol' });
    const list = page.getByRole('navigation', { name: 'Incidents' });
    await expect(list.getByRole('button')).toHaveText([/Third fire/, /Second fire/, /First fire/]);
    await list.getByRole('button', { name: /Second fire/ }).click();
    await expect(cockpit.bar.getByRole('heading', { name: 'Second fire' })).toBeVisible();
  });

  test('the cockpit speaks Japanese and has a light theme', async ({ cockpit, page }) => {
    await cockpit.open();
    await cockpit.declare({ title: 'DB down', commander: 'Alice' });
    await page.getByRole('combobox', { name: 'Language' }).click();
    await page.getByRole('option', { name: '日本語' }).click();
    await expect(page.getByRole('button', { name: 'インシデントを宣言' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'インシデントログ' })).toBeVisible();
    const before = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.getByRole('button', { name: 'ダークテーマとライトテーマを切り替える' }).click();
    await expect
      .poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor))
      .not.toBe(before);
  });
});
