import { expect, test } from './fixtures';
import { Roster } from './pages/Roster';
import { paymentsDown } from './setups';

test.describe("a known person's details", () => {
  test.use({ setup: paymentsDown });
  test.beforeEach(async ({ cockpit }) => {
    await cockpit.openOn('Payments down');
  });

  test('the IC who declared corrects their own time zone and contact from the keyboard', async ({
    page,
    cockpit,
  }) => {
    const roster = new Roster(page);
    const desk = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    const zone = desk === 'Asia/Tokyo' ? 'Europe/Amsterdam' : 'Asia/Tokyo';
    await expect(roster.card('Alice')).not.toContainText('local (');

    await roster.card('Alice').getByRole('button', { name: 'Actions for Alice' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('menu')).toBeVisible();
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowUp');
    await expect(page.getByRole('menuitem', { name: 'Edit details of Alice' })).toBeFocused();
    await page.keyboard.press('Enter');

    const dialog = page.getByRole('dialog', { name: 'Details of Alice' });
    await expect(dialog.getByLabel('Time zone')).toHaveValue(desk);
    await dialog.getByLabel('Time zone').fill(zone);
    await dialog.getByLabel('Contact').fill('+81 90 1234');
    await dialog.getByLabel('Slack user ID').fill('u0alice');
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();

    const localTime = zone === 'Asia/Tokyo' ? '03:00' : '19:00';
    await expect(roster.card('Alice')).toContainText(`${localTime} local (${zone})`);
    await expect(
      cockpit.line(
        `Details of Alice changed: Contact (none) → +81 90 1234; Slack user ID (none) → U0ALICE; Time zone ${desk} → ${zone}`,
      ),
    ).toHaveCount(1);
    // The card's local time keeps up with the clock.
    await page.clock.fastForward('01:00:00');
    const later = zone === 'Asia/Tokyo' ? '04:00' : '20:00';
    await expect(roster.card('Alice')).toContainText(`${later} local (${zone})`);
  });

  test('a checked-in responder gets a Slack ID; a wrong time zone is refused and nothing is logged', async ({
    page,
    cockpit,
  }) => {
    const roster = new Roster(page);
    await roster.checkIn({ name: 'Bob' });
    await roster.act('Bob', 'Edit details of Bob');
    const dialog = page.getByRole('dialog', { name: 'Details of Bob' });
    await dialog.getByLabel('Time zone').fill('Mars/Olympus');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog.getByRole('alert')).toContainText('Mars/Olympus');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(cockpit.line(/Details of Bob changed/)).toHaveCount(0);

    await roster.act('Bob', 'Edit details of Bob');
    await expect(dialog.getByLabel('Time zone')).not.toHaveValue('Mars/Olympus');
    await dialog.getByLabel('Slack user ID').fill('U0BOB0001');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
    await expect(cockpit.line('Details of Bob changed: Slack user ID (none) → U0BOB0001')).toHaveCount(1);
  });
});
