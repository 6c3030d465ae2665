#!/usr/bin/env node
// `npm run mutate [shared|data] [-- stryker options]`: mutation testing, not part of `npm test`
// or CI (a full run takes tens of minutes). Runs Stryker (stryker.config.mjs) once per scope,
// each with its own incremental file so a later run retests only what changed, then prints
// each scope's score per file and overall from the JSON reports in reports/mutation/<scope>/.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const SCOPES = ['shared', 'data'];
const args = process.argv.slice(2);
const chosen = SCOPES.includes(args[0]) ? [args.shift()] : SCOPES;
// The package exports no path to its binary; it sits beside its package.json.
const stryker = join(
  dirname(createRequire(import.meta.url).resolve('@stryker-mutator/core/package.json')),
  'bin/stryker.js',
);

let failed = false;
for (const scope of chosen) {
  console.log(`\n▶ mutation testing: ${scope}`);
  const result = spawnSync(process.execPath, [stryker, 'run', ...args], {
    stdio: 'inherit',
    env: { ...process.env, MUTATE_SCOPE: scope },
  });
  if (result.status !== 0) failed = true;
}

// Stryker's mutation score: detected (killed, timed out) over detected + undetected (survived,
// not covered); mutants that do not compile, error at run time or are ignored do not count.
const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

function tally(mutants) {
  let detected = 0;
  let undetected = 0;
  for (const m of mutants) {
    if (DETECTED.has(m.status)) detected += 1;
    else if (UNDETECTED.has(m.status)) undetected += 1;
  }
  return { detected, undetected };
}

const percent = ({ detected, undetected }) =>
  detected + undetected === 0 ? 'n/a' : `${((100 * detected) / (detected + undetected)).toFixed(2)} %`;

console.log('\nMutation scores');
for (const scope of chosen) {
  const path = `reports/mutation/${scope}/mutation.json`;
  if (!existsSync(path)) {
    console.log(`  ${scope}: no report (${path})`);
    failed = true;
    continue;
  }
  const report = JSON.parse(readFileSync(path, 'utf8'));
  const files = Object.entries(report.files).sort(([a], [b]) => a.localeCompare(b));
  const total = tally(files.flatMap(([, file]) => file.mutants));
  console.log(`  ${scope}: ${percent(total)} (${total.detected} detected, ${total.undetected} undetected)`);
  for (const [name, file] of files) {
    const t = tally(file.mutants);
    if (t.detected + t.undetected > 0) {
      console.log(`    ${percent(t).padStart(9)}  ${String(t.undetected).padStart(3)} left  ${name}`);
    }
  }
}
process.exit(failed ? 1 : 0);
