import { expect, test } from './fixtures';
import { Roster } from './pages/Roster';

// A desk in London, English in British conventions: the day comes first.
test.use({ locale: 'en-GB', timezoneId: 'Europe/London' });

test('log times read day first in en-GB, and name the zone once someone reads another clock', async ({
  page,
  cockpit,
}) => {
  await page.clock.install({ time: new Date('2026-11-24T23:50:00Z') });
  await cockpit.open();
  await cockpit.declare({ title: 'Night outage', commander: 'Alice' });
  await expect(cockpit.line('Incident declared').locator('time')).toHaveText(/^23:50:0\d$/);
  await page.clock.fastForward('00:20:00');
  await cockpit.addEntry('Fact', 'Still down after midnight');
  await expect(cockpit.line('Still down after midnight').locator('time')).toHaveText(
    /^25\/11\/2026, 00:10:\d\d$/,
  );
  await expect(cockpit.line('Incident declared').locator('time')).toHaveText(/^24\/11\/2026, 23:50:0\d$/);

  // Alice works from Tokyo: a bare "23:50" could now mean two times, so the log names the zone.
  const roster = new Roster(page);
  await roster.card('Alice').getByRole('button', { name: 'Actions for Alice' }).click();
  await page.getByRole('menuitem', { name: 'Edit details of Alice' }).click();
  const dialog = page.getByRole('dialog', { name: 'Details of Alice' });
  await dialog.getByLabel('Time zone').fill('Asia/Tokyo');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(cockpit.line('Incident declared').locator('time')).toHaveText(/^24\/11\/2026, 23:50:0\d GMT$/);
});
