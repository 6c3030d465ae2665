#!/usr/bin/env node
// `npm test`: typecheck, lint, unit tests (Vitest), end-to-end tests (Playwright in Chromium)
// and the desktop end-to-end test (Playwright _electron, skipped where Electron's binary is
// missing). Every step runs even if an earlier one fails; the last line is the tally CI reads:
// "N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const out = '.test-output';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const tally = { passed: 0, failed: 0, skipped: 0 };
const problems = [];

function step(name, command, args, env = {}) {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, ...env },
    shell: process.platform === 'win32',
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const ok = result.status === 0;
  console.log(`${ok ? '✔' : '✘'} ${name} (${seconds} s)`);
  if (!ok) problems.push(name);
  return ok;
}

function readJson(path) {
  try {
    return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
  } catch {
    return null;
  }
}

/** Adds a step that is a check, not a test suite: a failure counts as one failed test. */
function check(name, command, args) {
  if (!step(name, command, args)) tally.failed += 1;
}

function suite(name, command, args, jsonPath, envName, count) {
  const ok = step(name, command, args, { [envName]: jsonPath });
  const report = readJson(jsonPath);
  if (!report) {
    tally.failed += 1; // the suite did not even report: count it as a failure
    problems.push(`${name} wrote no report`);
    return;
  }
  const counts = count(report);
  tally.passed += counts.passed;
  tally.failed += counts.failed;
  tally.skipped += counts.skipped;
  if (!ok && counts.failed === 0) tally.failed += 1;
}

/** Skipped tests say why (the desktop test where Electron's binary is missing, say). */
function printSkipReasons(report) {
  const walk = (suite) => {
    for (const spec of suite.specs ?? [])
      for (const t of spec.tests ?? [])
        for (const a of t.annotations ?? [])
          if (a.type === 'skip') console.log(`  skipped: ${spec.title}\n    because: ${a.description}`);
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of report.suites ?? []) walk(suite);
}

const vitestCounts = (r) => ({
  passed: r.numPassedTests,
  failed: r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0),
  skipped: r.numPendingTests + r.numTodoTests,
});
function playwrightCounts(report) {
  printSkipReasons(report);
  const { expected, flaky, unexpected, skipped } = report.stats;
  return { passed: expected + flaky, failed: unexpected, skipped };
}

check('Typecheck', 'npx', ['tsc', '-b']);
check('Lint', 'npx', ['eslint', '--max-warnings', '0', '.']);
suite('Unit tests', 'npx', ['vitest', 'run'], join(out, 'unit.json'), 'VITEST_JSON', vitestCounts);
suite(
  'End-to-end tests (Chromium)',
  'npx',
  ['playwright', 'test'],
  join(out, 'e2e.json'),
  'PLAYWRIGHT_JSON',
  playwrightCounts,
);
suite(
  'Desktop end-to-end tests (Electron)',
  'npx',
  ['playwright', 'test', '--config', 'playwright.electron.config.ts'],
  join(out, 'electron.json'),
  'PLAYWRIGHT_JSON',
  playwrightCounts,
);

console.log('');
if (problems.length) console.log(`Failed steps: ${problems.join(', ')}`);
console.log(`${tally.passed} passed, ${tally.failed} failed, ${tally.skipped} skipped`);
process.exit(problems.length || tally.failed ? 1 : 0);
