/**
 * The desktop smoke test: Playwright drives the built Electron app. Where the Electron binary or the
 * build is missing the test reports itself skipped with the reason; loading this config never fails.
 */
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: '../../test-results/electron',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
});
