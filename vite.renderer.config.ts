import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { NONCE_PLACEHOLDER } from './main/services/csp.ts';

/** The renderer's build, shared by the browser host (`npm run web`) and electron-vite's renderer step. */
export const rendererConfig = {
  root: resolve(import.meta.dirname, 'renderer'),
  base: './',
  plugins: [react()],
  html: { cspNonce: NONCE_PLACEHOLDER },
  build: {
    outDir: resolve(import.meta.dirname, 'dist/renderer'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    sourcemap: false,
    rolldownOptions: {
      output: {
        // A few steady groups for what the first paint needs anyway, instead of dozens of small shared
        // chunks: fewer requests and better compression. Recharts and the rest stay with the lazy parts
        // that use them (a group here would pull its whole package into the first paint).
        advancedChunks: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            {
              name: 'mui-core',
              test: /node_modules[\\/](@emotion|stylis|@mui[\\/](system|utils|styled-engine|private-theming)|react-transition-group|clsx|react-is|hoist-non-react-statics|@babel)[\\/]/,
            },
            { name: 'i18n', test: /node_modules[\\/](i18next|react-i18next)[\\/]/ },
            { name: 'dexie', test: /node_modules[\\/](dexie|dexie-react-hooks)[\\/]/ },
          ],
        },
      },
    },
  },
};

export default defineConfig(rendererConfig);
