import { expect, test } from './fixtures';
import { Roster } from './pages/Roster';
import { Timeline } from './pages/Timeline';

// Declared at 23:30 UTC and read an hour later: the incident spans two days, so every line carries its date.
test.beforeEach(async ({ page, cockpit }) => {
  await page.clock.install({ time: new Date('2026-11-24T23:30:00Z') });
  await cockpit.open();
  await cockpit.declare({ title: 'Payments down', commander: 'Alice' });
});

test('the timeline opens from the palette, keeps starred lines only, and exports them as Markdown', async ({
  page,
  cockpit,
}) => {
  await cockpit.addEntry('Fact', 'Error rate 40% on checkout');
  await cockpit.line('Error rate 40% on checkout').getByRole('button', { name: 'Star entry' }).click();
  await page.clock.fastForward('01:00:00');
  await cockpit.addEntry('Hypothesis', 'Connection pool | exhausted?');
  await expect(cockpit.line('Connection pool')).toBeVisible();
  const timeline = new Timeline(page);
  await timeline.open();
  await expect(timeline.lines).toHaveText([
    /11\/24\/2026, 23:30.*Incident declared: Payments down/,
    /11\/24\/2026, 23:30.*Alice checked in/,
    /11\/24\/2026, 23:30.*Fact.*Error rate 40% on checkout/,
    /11\/25\/2026, 00:30.*Hypothesis.*Connection pool \| exhausted\?/,
  ]);

  await timeline.dialog.getByLabel('Starred only').check();
  await expect(timeline.lines).toHaveCount(1);
  const markdown = await timeline.saved(
    timeline.dialog.getByRole('button', { name: 'Export timeline (Markdown)' }),
  );
  expect(markdown.split('\n')).toEqual([
    '# Timeline — Payments down',
    '',
    'Times in UTC',
    '',
    'Showing: Starred only',
    '',
    '| Time (UTC) | Recorded | Kind | What | By | Starred | Slack link |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    '| 11/24/2026, 23:30 |  | Fact | Error rate 40% on checkout | Alice | ★ |  |',
    '',
  ]);
});

test('one responder’s ICS-214 lists their position, team and activity', async ({ page }) => {
  await page.clock.fastForward('01:00:00');
  const roster = new Roster(page);
  await roster.checkIn({ name: 'Bob', team: 'Payments', roles: ['Ops lead'], assignment: 'Fail over' });
  const timeline = new Timeline(page);
  await timeline.openIcs214();
  await page.getByRole('combobox', { name: 'Whose activity log' }).click();
  await page.getByRole('option', { name: 'Bob' }).click();
  const csv = await timeline.saved(timeline.ics214.getByRole('button', { name: 'Export ICS-214 (CSV)' }));
  expect(csv.split('\r\n')).toEqual([
    'Incident name,Payments down',
    'Operational period from,"11/25/2026, 00:30"',
    'Operational period to,"11/25/2026, 00:30"',
    'Name,Bob',
    'ICS position,"Ops lead: 11/25/2026, 00:30 – ongoing"',
    'Home unit / team,Payments',
    'Resources assigned,Assignment: Fail over',
    'Date and time (UTC),Notable activity',
    '"11/25/2026, 00:30",Check-in: Bob checked in as Ops lead (Location not given)',
    '',
  ]);
});
