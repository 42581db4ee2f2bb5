import { resolve } from 'node:path';
import { expect, test } from './fixtures';
import { declaredAt, midIncident } from './pages/MidIncident';
import { Roster } from './pages/Roster';

// The README's picture of the cockpit is taken here, from the real app, so it never drifts from it:
// the one-screen cockpit two hours into an incident, on a common laptop-monitor size.
test('a cockpit mid-incident, for the README', async ({ cockpit, page }) => {
  await page.setViewportSize({ width: 1600, height: 900 });
  await page.clock.install({ time: declaredAt });
  await cockpit.open();
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await midIncident(page, cockpit);
  await cockpit.changeStatus('Identified');
  await cockpit.line('Roll back release 4.2 to 4.1').getByRole('button', { name: 'Star entry' }).click();
  await expect(new Roster(page).fatigue('Bob Chen')).toHaveText('Tired');
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    // Typing in the log scrolled its column; the picture starts each column at the top.
    for (const element of document.querySelectorAll('main *'))
      if (element.scrollTop > 0) element.scrollTop = 0;
  });
  await page.screenshot({ path: resolve(import.meta.dirname, '../../assets/cockpit.png') });
});
