import { expect, test } from './fixtures';
import { Roster } from './pages/Roster';

/** Checks a new person in with their own time zone. */
async function checkInFrom(roster: Roster, name: string, timeZone: string): Promise<void> {
  await roster.panel.getByRole('button', { name: 'Check in' }).click();
  const dialog = roster.page.getByRole('dialog', { name: 'Check a responder in' });
  await dialog.getByRole('combobox', { name: 'Person' }).fill(name);
  await dialog.getByLabel('Time zone').fill(timeZone);
  await dialog.getByRole('button', { name: 'Check in' }).click();
  await expect(dialog).toBeHidden();
}

test('the night counts for the engineer in Amsterdam, not for the expert in New York', async ({
  page,
  cockpit,
}) => {
  // 19:00Z: 20:00 in Amsterdam, 14:00 in New York.
  await page.clock.install({ time: new Date('2026-12-01T19:00:00Z') });
  await cockpit.open();
  await cockpit.declare({ title: 'Payments down', severity: 'SEV-1', commander: 'Alice' });
  const roster = new Roster(page);
  await checkInFrom(roster, 'Anna', 'Europe/Amsterdam');
  await checkInFrom(roster, 'Nick', 'America/New_York');

  // 23:40Z: both have worked 4 h 40 without a break; forty minutes of Anna's were after her midnight.
  await page.clock.fastForward('04:40:00');
  await expect(roster.fatigue('Anna')).toHaveAccessibleName(
    /4 h 40 without a break, 40 min of it at night in their time zone/,
  );
  await expect(roster.fatigue('Nick')).toHaveAccessibleName(/4 h 40 without a break/);
  await expect(roster.fatigue('Nick')).not.toHaveAccessibleName(/night/);
  await expect(roster.fatigue('Nick')).toHaveAccessibleName(/rest overdue since \d\d:\d\d/);
  await expect(roster.card('Anna')).toContainText('00:40 local (Europe/Amsterdam)');

  // A team that counts the night only in the 24 h balance can say so.
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  const settings = page.getByRole('dialog', { name: 'Fatigue thresholds' });
  await settings.getByRole('switch', { name: /Night hours count with this weight/ }).uncheck();
  await settings.getByRole('button', { name: 'Save' }).click();
  await expect(settings).toBeHidden();
  await expect(roster.fatigue('Anna')).not.toHaveAccessibleName(/at night in their time zone/);
});
