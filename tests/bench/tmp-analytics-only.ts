import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { startWebHost } from '../../main/web-host';
import { chromiumArgs, chromiumPath } from '../e2e/chromium';
import { benchContext } from './bench';
import { analyticsBench } from './benches/analytics';
import { installProbe } from './probe';
import { buildReport, formatTable } from './results';

const root = resolve(import.meta.dirname, '../..');
const dataFolder = await mkdtemp(join(tmpdir(), 'an-bench-data-'));
const profile = await mkdtemp(join(tmpdir(), 'an-bench-profile-'));
const host = await startWebHost({ port: 0, dataFolder, rendererFolder: join(root, 'dist', 'renderer') });
const browser = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath(), args: chromiumArgs, viewport: { width: 1400, height: 900 }, locale: 'en-US', timezoneId: 'UTC' });
await installProbe(browser);
const page = browser.pages()[0] ?? (await browser.newPage());
page.setDefaultTimeout(60_000);
try {
  const results = await analyticsBench.run(benchContext(browser, page, host.url, (l) => console.log('  ' + l)));
  console.log(formatTable(buildReport(results, new Date()).results));
} finally {
  await browser.close();
  await host.close();
  await rm(dataFolder, { recursive: true, force: true });
  await rm(profile, { recursive: true, force: true });
}
