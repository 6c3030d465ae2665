/**
 * The browser build of the renderer: the same app, served by `npm run start:web`. WEB_OUT_DIR
 * gives a build its own folder, so two end-to-end runs at once do not overwrite each other.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import sirv from 'sirv';
import { defineConfig, type Plugin } from 'vite';
import { rendererConfig } from './vite.renderer.mts';

const outDir = process.env.WEB_OUT_DIR ?? 'dist-web';

/**
 * Every file in assets/ is named by a hash of its content, so a browser may keep it for good:
 * the preview server's own static handler asks it to check each one again on every load
 * ("no-cache"), a round trip per file (~20 of them before the timeline is drawn, 20–40 ms each
 * on a busy machine, the stylesheet holding back every script). index.html, which names the
 * current files, is still checked each time, so a new build is picked up at the next load.
 */
function cacheHashedAssets(): Plugin {
  return {
    name: 'launch-control:cache-hashed-assets',
    configurePreviewServer(server) {
      const assets = resolve(import.meta.dirname, outDir, 'assets');
      // Nothing built yet: Vite's own handler answers, as it would without this.
      if (!existsSync(assets)) return;
      server.middlewares.use(
        '/assets',
        sirv(assets, {
          dev: false,
          etag: true,
          maxAge: 31_536_000,
          immutable: true,
        }),
      );
    },
  };
}

const renderer = rendererConfig(outDir);

export default defineConfig({
  ...renderer,
  plugins: [...(renderer.plugins ?? []), cacheHashedAssets()],
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
