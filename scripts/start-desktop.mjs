#!/usr/bin/env node
// `npm start`: builds and runs the desktop app. Electron's binary is not part of the npm
// package; it is downloaded once, on first start. Where that is impossible (no internet), this
// says so plainly and points to the browser version instead of printing a stack trace.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const electronDir = dirname(require.resolve('electron/package.json'));

function installedBinary() {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

if (!installedBinary()) {
  console.log('Launch Control needs the Electron runtime, which is downloaded once (about 100 MB)…');
  const install = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
    stdio: ['ignore', 'ignore', 'pipe'],
    timeout: 10 * 60 * 1000,
    encoding: 'utf8',
  });
  if (install.status !== 0 || !installedBinary()) {
    const reason = (install.stderr ?? '')
      .split('\n')
      .find((line) => /error|ENOTFOUND|EAI_AGAIN|ECONN|timed out/i.test(line));
    console.error(
      [
        '',
        'The desktop app could not start: the Electron runtime is not installed and could not be',
        'downloaded. This usually means there is no internet connection (or a proxy blocks it).',
        reason ? `(${reason.trim()})` : null,
        'Connect to the internet and run `npm start` again: the download happens only once.',
        'In the meantime the same app runs in your browser: `npm run start:web`, then open',
        'http://127.0.0.1:4173. Your data there is kept by the browser, separately from the desktop app.',
        '',
      ]
        .filter((line) => line !== null)
        .join('\n'),
    );
    process.exit(1);
  }
}

const child = spawn('npx', ['electron-vite', 'preview'], {
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
child.on('exit', (code) => process.exit(code ?? 1));
