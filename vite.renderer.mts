/**
 * The renderer's Vite settings, shared by the desktop build (electron.vite.config.ts) and the
 * browser build (vite.web.config.ts) so both ship the same app.
 */
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin, UserConfig } from 'vite';
import { CONTENT_SECURITY_POLICY } from './shared/security/csp.mts';
import { routePreload } from './vite.route-preload.mts';

const pkg = JSON.parse(readFileSync(resolve(import.meta.dirname, 'package.json'), 'utf8')) as {
  version: string;
};

/** Adds the CSP meta tag to production builds; the dev server needs inline scripts for HMR. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'launch-control:csp',
    apply: 'build',
    transformIndexHtml() {
      return [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend',
        },
      ];
    },
  };
}

/** The libraries and shared code the first screen always needs (see codeSplitting below). */
const CORE_MODULES =
  /node_modules[\\/](react|react-dom|scheduler|zustand|zod|dexie|date-fns|fractional-indexing)[\\/]|[\\/]shared[\\/](dates|domain|ipc|security)[\\/]/;

export function rendererConfig(outDir: string): UserConfig {
  return {
    root: resolve(import.meta.dirname, 'renderer'),
    base: './',
    plugins: [react(), contentSecurityPolicy(), routePreload(resolve(import.meta.dirname, 'renderer'))],
    define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(pkg.version) },
    build: {
      outDir: resolve(import.meta.dirname, outDir),
      emptyOutDir: true,
      minify: true,
      // Views, dialogs and on-demand libraries are chunks of their own (renderer/app/views.tsx):
      // the first chunk holds the shell, startup and storage, so it is parsed and run sooner,
      // from disk as much as over the network. jsPDF is the one chunk above the default limit.
      chunkSizeWarningLimit: 1000,
      // One stylesheet, loaded with the page as before the split: the features' rules keep the
      // order they had (per-chunk sheets inserted as views load would reorder equal-specificity
      // rules between a widget's sheet and a feature's), and a view never draws unstyled.
      cssCodeSplit: false,
      target: 'chrome130',
      rolldownOptions: {
        input: resolve(import.meta.dirname, 'renderer/index.html'),
        output: {
          // What every screen runs (React, the stores' libraries, the records' rules) in one
          // chunk beside the entry, rather than a dozen small shared chunks each fetched and
          // compiled on its own before the first screen can start.
          codeSplitting: { groups: [{ name: 'core', test: CORE_MODULES, priority: 1 }] },
        },
      },
    },
  };
}
