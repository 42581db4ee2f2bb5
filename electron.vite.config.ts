/**
 * electron-vite builds the three parts of the desktop app into out/: the main process (ESM, as
 * package.json says "type": "module"), the preload (one CommonJS file with everything bundled in,
 * because a sandboxed preload can only `require('electron')`), and the same renderer the browser host
 * serves.
 */
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { rendererConfig } from './vite.renderer.config';

const here = import.meta.dirname;

export default defineConfig({
  main: {
    build: {
      outDir: resolve(here, 'out/main'),
      rolldownOptions: { input: { index: resolve(here, 'main/electron/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: resolve(here, 'out/preload'),
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(here, 'preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    ...rendererConfig,
    build: {
      ...rendererConfig.build,
      outDir: resolve(here, 'out/renderer'),
      rolldownOptions: {
        ...rendererConfig.build.rolldownOptions,
        input: resolve(here, 'renderer/index.html'),
      },
    },
  },
});
