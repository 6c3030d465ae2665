/**
 * The command-line tool's build: cli/main.ts, the shared/ code it uses and the packages they
 * import bundled into one Node ES module, out/cli/launch-control.mjs (the package's `bin`),
 * which needs nothing but Node to run.
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
  // Every package bundled in and tree-shaken: `date-fns` alone loads ~250 modules from its index,
  // and a tool run once per command should start fast. Only Node's own modules stay imports.
  ssr: { noExternal: true },
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
