import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { Roster } from './pages/Roster';
import { paymentsDown } from './setups';

test.describe('the check-in dialog starts clean every time', () => {
  test.use({ setup: paymentsDown });
  test.beforeEach(async ({ cockpit }) => {
    await cockpit.openOn('Payments down');
  });

  test('a cancelled name is gone when the dialog opens again, so no "Sam OrtizSam Ortiz"', async ({
    page,
  }) => {
    const roster = new Roster(page);
    const dialog = page.getByRole('dialog', { name: 'Check a responder in' });
    const person = dialog.getByRole('combobox', { name: 'Person' });
    await roster.panel.getByRole('button', { name: 'Check in' }).click();
    await person.fill('Sam Ortiz');
    await dialog.getByLabel('Contact').fill('+31 6 1234');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();

    await roster.panel.getByRole('button', { name: 'Check in' }).click();
    await expect(person).toHaveValue('');
    // Escape closes it too; the draft must not survive that either.
    await person.pressSequentially('Sam Ortiz');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();

    await roster.checkIn({ name: 'Sam Ortiz' });
    await expect(roster.card('Sam Ortiz')).toBeVisible();
    await expect(roster.panel.getByText('Sam OrtizSam Ortiz')).toHaveCount(0);
    await roster.panel.getByRole('button', { name: 'Check in' }).click();
    await person.click();
    await expect(page.getByRole('option', { name: 'Sam Ortiz', exact: true })).toHaveCount(1);
    await expect(page.getByRole('option', { name: /Sam OrtizSam/ })).toHaveCount(0);
  });

  test('a location chosen for one person is not recorded for the next', async ({ page, cockpit }) => {
    const roster = new Roster(page);
    await roster.checkIn({ name: 'Bob', location: 'Office' });
    await roster.panel.getByRole('button', { name: 'Check in' }).click();
    const dialog = page.getByRole('dialog', { name: 'Check a responder in' });
    await expect(dialog.getByRole('combobox', { name: 'Location' })).not.toContainText(/Office|Remote/);
    await dialog.getByRole('combobox', { name: 'Person' }).fill('Carol');
    await dialog.getByRole('button', { name: 'Check in' }).click();
    await expect(dialog).toBeHidden();
    await expect(roster.card('Carol')).toContainText('Location not given');
    await expect(cockpit.line('Carol checked in as Responder (Location not given)')).toHaveCount(1);

    const csvDownload = page.waitForEvent('download');
    await roster.panel.getByRole('button', { name: 'Export ICS-211 (CSV)' }).click();
    const csv = await readFile((await (await csvDownload).path()) ?? '', 'utf8');
    const rows = csv.trim().split('\r\n');
    expect(rows.find((r) => r.startsWith('Bob,'))).toMatch(/^Bob,,Responder,Office,/);
    expect(rows.find((r) => r.startsWith('Carol,'))).toMatch(/^Carol,,Responder,,/);
  });
});
