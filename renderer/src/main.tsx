// First: it configures zod before any module below builds a schema.
import './zod-jitless';
import createCache from '@emotion/cache';
import { CacheProvider } from '@emotion/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { prefetchLanguages, startI18n } from './app/i18n';
import { preloadParts } from './app/lazyPart';
import { Cockpit } from './app/parts';

/** The CSP allows only styles carrying the per-response nonce the host wrote into the page. */
function styleCache() {
  const nonce = document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce;
  return createCache({ key: 'css', ...(nonce ? { nonce } : {}) });
}

/** Once the first screen is up and the browser has a moment: every dialog's code, for a first open without a wait. */
function prefetchWhenIdle(): void {
  const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 200));
  idle(() => {
    void preloadParts();
    void prefetchLanguages().catch(() => undefined);
  });
}

async function start(): Promise<void> {
  // Fetched alongside the first read of the incident list, which the cockpit waits for anyway.
  void Cockpit.preload().catch(() => undefined);
  await startI18n();
  const root = document.getElementById('root');
  if (root === null) throw new Error('index.html has no #root');
  createRoot(root).render(
    <StrictMode>
      <CacheProvider value={styleCache()}>
        <App />
      </CacheProvider>
    </StrictMode>,
  );
  prefetchWhenIdle();
}

void start();
