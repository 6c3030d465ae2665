/** The browser build of the renderer: the same app, served by `npm run start:web`. */
import { defineConfig } from 'vite';
import { rendererConfig } from './vite.renderer.mts';

export default defineConfig({
  ...rendererConfig('dist-web'),
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
