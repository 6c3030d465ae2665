import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { rendererConfig } from './vite.renderer.mts';

export default defineConfig({
  main: {
    build: { lib: { entry: resolve(import.meta.dirname, 'electron/main/index.ts') } },
  },
  preload: {
    // Sandboxed preloads cannot require() packages: bundle everything into one file.
    build: {
      externalizeDeps: false,
      lib: { entry: resolve(import.meta.dirname, 'electron/preload/index.ts') },
    },
  },
  renderer: rendererConfig('out/renderer'),
});
