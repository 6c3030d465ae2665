/**
 * The browser build of the renderer: the same app, served by `npm run start:web`. WEB_OUT_DIR
 * gives a build its own folder, so two end-to-end runs at once do not overwrite each other.
 */
import { defineConfig } from 'vite';
import { rendererConfig } from './vite.renderer.mts';

export default defineConfig({
  ...rendererConfig(process.env.WEB_OUT_DIR ?? 'dist-web'),
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
