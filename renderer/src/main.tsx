// First: it configures zod before any module below builds a schema.
import './zod-jitless';
import createCache from '@emotion/cache';
import { CacheProvider } from '@emotion/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { startI18n } from './app/i18n';

/** The CSP allows only styles carrying the per-response nonce the host wrote into the page. */
function styleCache() {
  const nonce = document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce;
  return createCache({ key: 'css', ...(nonce ? { nonce } : {}) });
}

async function start(): Promise<void> {
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
}

void start();
