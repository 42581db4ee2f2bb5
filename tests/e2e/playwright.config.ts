import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium';

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // Each test checks one thing a user does and takes seconds alone; a minute leaves room for a busy
  // 2-core machine without hiding a test that has grown too long (split it instead).
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: '../../test-results/e2e',
  use: {
    browserName: 'chromium',
    viewport: { width: 1400, height: 900 },
    locale: 'en-US',
    timezoneId: 'UTC',
    launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
    // Recording a trace of every test costs a fifth of the run on two cores, and a failure already
    // leaves the page's accessibility snapshot (error-context.md) and a screenshot. To debug with a
    // trace, run with WARROOM_TRACE=1.
    trace: process.env.WARROOM_TRACE === '1' ? 'retain-on-failure' : 'off',
    screenshot: 'only-on-failure',
  },
});
