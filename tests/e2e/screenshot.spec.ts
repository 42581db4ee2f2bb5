import { resolve } from 'node:path';
import { expect, test } from './fixtures';

// The README's picture of the cockpit is taken here, from the real app, so it never drifts from it.
test('a cockpit mid-incident, for the README', async ({ cockpit, page }) => {
  await page.clock.install({ time: new Date('2026-11-24T02:00:00Z') });
  await cockpit.open();
  await cockpit.declare({
    title: 'Checkout API returns 500',
    severity: 'SEV-1',
    commander: 'Alice Martin',
    summary: 'Error rate 40% on checkout',
  });
  await page.clock.fastForward('00:04:00');
  await cockpit.addEntry('Fact', 'Error rate on /checkout at 40% since 01:52 UTC', 'Bob Chen');
  await page.clock.fastForward('00:03:00');
  await cockpit.addEntry('Hypothesis', 'Connection pool exhausted after the 01:45 deploy');
  await cockpit.changeStatus('Identified');
  await page.clock.fastForward('00:02:00');
  await cockpit.addEntry('Decision', 'Roll back release 4.2 to 4.1', 'Alice Martin');
  await cockpit.line('Roll back release 4.2').getByRole('button', { name: 'Star entry' }).click();
  await cockpit.addEntry('Action', 'Carol runs the rollback; check back at 02:25');
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(cockpit.logLines).toHaveCount(7);
  await page.screenshot({ path: resolve(import.meta.dirname, '../../assets/cockpit.png') });
});
