/**
 * The desktop smoke test: Playwright drives the built Electron app. The global setup builds out/ first;
 * where the Electron binary or a display is missing it builds nothing and the test reports itself
 * skipped with the reason. Loading this config never fails.
 */
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  globalSetup: './build-desktop.ts',
  outputDir: '../../test-results/electron',
  timeout: 90_000,
  expect: { timeout: 10_000 },
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
});
