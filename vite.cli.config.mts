/**
 * The command-line tool's build: cli/main.ts and the shared/ code it uses bundled into one
 * Node ES module, out/cli/launch-control.mjs (the package's `bin`). Packages stay imports
 * resolved from node_modules at run time, as they are for the desktop app's main process.
 * scripts/cli.mjs builds it when it is missing or older than its sources.
 */
import { chmodSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

export const CLI_ENTRY = resolve(import.meta.dirname, 'cli/main.ts');
export const CLI_FILE_NAME = 'launch-control.mjs';

export default defineConfig({
  // No index.html, public folder or .env files: this is a Node program, not a page.
  publicDir: false,
  envDir: false,
  logLevel: 'warn',
  plugins: [
    {
      // The package's bin: runnable as ./out/cli/launch-control.mjs, not only through `node`.
      name: 'launch-control-executable',
      writeBundle(options) {
        chmodSync(resolve(options.dir ?? 'out/cli', CLI_FILE_NAME), 0o755);
      },
    },
  ],
  build: {
    ssr: CLI_ENTRY,
    outDir: 'out/cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    reportCompressedSize: false,
    copyPublicDir: false,
    rolldownOptions: {
      external: [...builtinModules, /^node:/],
      output: {
        format: 'es',
        entryFileNames: CLI_FILE_NAME,
        banner: '#!/usr/bin/env node',
      },
    },
  },
});
