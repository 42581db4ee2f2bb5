import { expect, test } from './fixtures';
import { Backdate } from './pages/Backdate';

// Declared at 17:00 UTC (the e2e browser reads UTC); facts arrive at 17:05 and 18:30.
test.beforeEach(async ({ cockpit, page }) => {
  await page.clock.install({ time: new Date('2026-11-24T17:00:00Z') });
  await cockpit.open();
  await cockpit.declare({ title: 'Checkout errors', commander: 'Alice' });
  await page.clock.fastForward('05:00');
  await cockpit.addEntry('Fact', 'Error rate 5%', 'Bob');
  await page.clock.fastForward('01:25:00');
  await cockpit.addEntry('Action', 'Rolled back deploy 4512');
  await expect(cockpit.line('Rolled back deploy 4512')).toBeVisible();
});

test('a fact noticed at 19:00 about 17:20 sits at 17:20, saying when it was recorded and why', async ({
  cockpit,
  page,
}) => {
  await page.clock.fastForward('30:00');
  await new Backdate(cockpit).addEntryAt(
    'Fact',
    'Deploy 4512 went out',
    '2026-11-24T17:20',
    'found in the CD history',
  );

  const late = cockpit.line('Deploy 4512 went out');
  await expect(late.locator('time')).toHaveText('17:20:00');
  await expect(late).toContainText('recorded 19:00: found in the CD history');
  // Newest first, by when things happened: after the roll-back (18:30), before the error rate (17:05).
  await expect(cockpit.logLines).toHaveText([
    /Rolled back deploy 4512/,
    /Deploy 4512 went out/,
    /Error rate 5%/,
    /checked in/,
    /Incident declared/,
  ]);
  await expect(cockpit.line('Rolled back deploy 4512')).not.toContainText('recorded');
  // The next entry is about now again.
  await cockpit.addEntry('Note', 'Watching the error rate');
  await expect(cockpit.logLines.first()).toHaveAccessibleName('Note: Watching the error rate');
});

test('a status change learnt of late is recorded at its time; one before the declaration is refused', async ({
  cockpit,
  page,
}) => {
  await page.clock.fastForward('35:00');
  const backdate = new Backdate(cockpit);
  const dialog = await backdate.openEarlierChange();
  await backdate.fillEarlierChange(dialog, {
    status: 'Identified',
    at: '2026-11-24T16:30',
    reason: 'from the chat',
  });
  await expect(dialog.getByRole('alert')).toHaveText(/before the incident was declared/);

  await dialog.getByLabel('Happened at').fill('2026-11-24T18:00');
  await dialog.getByRole('button', { name: 'Record the change' }).click();
  await expect(dialog).toBeHidden();
  await expect(cockpit.bar.getByRole('combobox', { name: 'Status' })).toHaveText('Identified');
  const change = cockpit.line('Status: Investigating → Identified');
  await expect(change.locator('time')).toHaveText('18:00:00');
  await expect(change).toContainText('recorded 19:05: from the chat');
  await expect(cockpit.logLines.nth(0)).toContainText('Rolled back deploy 4512');
  await expect(cockpit.logLines.nth(1)).toContainText('Status: Investigating → Identified');
});
