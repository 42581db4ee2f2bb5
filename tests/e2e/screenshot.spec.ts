import { resolve } from 'node:path';
import { expect, test } from './fixtures';
import { Roster } from './pages/Roster';
import { TaskBoard } from './pages/TaskBoard';

// The README's picture of the cockpit is taken here, from the real app, so it never drifts from it.
test('a cockpit mid-incident, for the README', async ({ cockpit, page }) => {
  await page.setViewportSize({ width: 1680, height: 1050 });
  await page.clock.install({ time: new Date('2026-11-24T02:00:00Z') });
  await cockpit.open();
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await cockpit.declare({
    title: 'Checkout API returns 500',
    severity: 'SEV-1',
    commander: 'Alice Martin',
    summary: 'Error rate 40% on checkout',
  });
  const roster = new Roster(page);
  await roster.checkIn({ name: 'Bob Chen', roles: ['Ops lead'], location: 'Office' });
  await roster.checkIn({ name: 'Carol Diaz', roles: ['Subject-matter expert'], assignment: 'Database' });
  const board = new TaskBoard(page);
  await board.create({ title: 'Roll back release 4.2', category: 'Stop the bleeding', owner: 'Carol Diaz' });
  await board.create({ title: 'Preserve the 01:45 deploy logs', category: 'Preserve evidence' });
  await page.clock.fastForward('00:04:00');
  await cockpit.addEntry('Fact', 'Error rate on /checkout at 40% since 01:52 UTC', 'Bob Chen');
  await cockpit.addEntry('Hypothesis', 'Connection pool exhausted after the 01:45 deploy');
  await cockpit.changeStatus('Identified');
  await cockpit.addEntry('Decision', 'Roll back release 4.2 to 4.1', 'Alice Martin');
  await cockpit.line('Roll back release 4.2 to 4.1').getByRole('button', { name: 'Star entry' }).click();
  await page.clock.fastForward('02:20:00');
  await expect(roster.fatigue('Bob Chen')).toHaveText('Tired');
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    // Typing in the log scrolled its column; the picture starts each column at the top.
    for (const element of document.querySelectorAll('main *'))
      if (element.scrollTop > 0) element.scrollTop = 0;
  });
  await page.screenshot({ path: resolve(import.meta.dirname, '../../assets/cockpit.png') });
});
