/** What every bench module gets and gives: run.ts runs the registered ones in turn. */
import type { BrowserContext, Page } from '@playwright/test';
import { Cockpit } from '../e2e/pages/Cockpit';
import type { BenchResult } from './results';

/** The running app and helpers a bench measures it with. */
export type BenchContext = {
  /** The persistent Chromium context: IndexedDB on disk in a temp profile, as on a real desktop. */
  browser: BrowserContext;
  page: Page;
  /** The browser host's page, e.g. http://127.0.0.1:41234/ */
  url: string;
  /** The cockpit page object the end-to-end tests use. */
  cockpit: Cockpit;
  /** Generous wait for anything the app should do (ms); benches report slowness, they do not time out on it. */
  patienceMs: number;
  /** Prints a progress line under the bench's name. */
  say: (line: string) => void;
  /** `npm run bench -- --full`: the long measurements at full size (e.g. 100 broadcasts drained, not 20). */
  full: boolean;
  /** Makes `incidentId` the incident the cockpit opens on its next load, as if the IC had picked it. */
  selectIncident: (incidentId: string) => Promise<void>;
  /** The built renderer the host serves (index.html and assets/), built for this run. */
  rendererFolder: string;
};

export type Bench = { name: string; run: (context: BenchContext) => Promise<BenchResult[]> };

const selectedIncidentKey = 'warroom.selectedIncident';

type ContextOptions = Pick<BenchContext, 'browser' | 'page' | 'url' | 'say' | 'full' | 'rendererFolder'>;

/** Builds the context for one page; the page must already be on the host's origin to select incidents. */
export function benchContext(options: ContextOptions): BenchContext {
  const { page, url } = options;
  return {
    ...options,
    cockpit: new Cockpit(page, url),
    patienceMs: 60_000,
    selectIncident: async (incidentId) => {
      if (!page.url().startsWith(url)) await page.goto(url);
      await page.evaluate(({ key, id }) => localStorage.setItem(key, id), {
        key: selectedIncidentKey,
        id: incidentId,
      });
    },
  };
}
