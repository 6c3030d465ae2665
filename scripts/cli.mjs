#!/usr/bin/env node
// `npm run cli -- <command> …`: runs the launch-control command line, building it first when
// out/cli/launch-control.mjs is missing or older than any of its sources (cli/, shared/, the
// build config, package.json and its lock: the packages are bundled in), so it works on a
// fresh clone after `npm install`. stdout
// carries only the tool's output: the build is silent unless it fails (then stderr).
import { mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const outDir = join(root, 'out/cli');
const builtFile = join(outDir, 'launch-control.mjs');
const SOURCES = ['cli', 'shared', 'vite.cli.config.mts', 'package.json', 'package-lock.json'];

function modifiedAt(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return -Infinity;
  }
}

/** The newest modification time among the sources the bundle is built from. */
function newestSource() {
  let newest = -Infinity;
  for (const source of SOURCES) {
    const path = join(root, source);
    newest = Math.max(newest, modifiedAt(path));
    if (!statSync(path, { throwIfNoEntry: false })?.isDirectory()) continue;
    for (const entry of readdirSync(path, { recursive: true, withFileTypes: true }))
      if (entry.isFile()) newest = Math.max(newest, modifiedAt(join(entry.parentPath, entry.name)));
  }
  return newest;
}

async function build() {
  const { build: viteBuild } = await import('vite');
  // Built aside and renamed into place, so a second run at the same moment never loads half a file.
  const scratch = mkdtempSync(join(root, 'out/.cli-build-'));
  try {
    await viteBuild({
      root,
      configFile: join(root, 'vite.cli.config.mts'),
      logLevel: 'error',
      build: { outDir: scratch },
    });
    renameSync(join(scratch, 'launch-control.mjs'), builtFile);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (modifiedAt(builtFile) < newestSource()) {
  try {
    mkdirSync(outDir, { recursive: true });
    await build();
  } catch (error) {
    console.error(`launch-control: could not build the command line: ${error?.message ?? error}`);
    process.exit(1);
  }
}

await import(pathToFileURL(builtFile).href);
