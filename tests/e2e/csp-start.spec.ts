import { expect, test } from './fixtures';

type Violation = { directive: string; blockedURI: string; sample: string };

declare global {
  // Declaration merging onto the DOM's Window needs an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Window {
    cspViolations?: Violation[];
  }
}

test('the strict CSP sees no violation while the cockpit starts and is used', async ({ page, cockpit }) => {
  // Listening from before the first script runs: a library probing eval at import time is caught too.
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.cspViolations?.push({
        directive: event.violatedDirective,
        blockedURI: event.blockedURI,
        sample: event.sample,
      });
    });
  });
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));

  await cockpit.open();
  // Declaring parses with the schemas and writes through Dexie: the paths a JIT would compile first.
  await cockpit.declare({ title: 'Checkout errors', commander: 'Alice' });
  await expect(page.getByRole('heading', { name: 'Checkout errors', level: 1 })).toBeVisible();

  expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
  expect(consoleErrors).toEqual([]);
});
