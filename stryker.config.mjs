// Mutation testing (`npm run mutate`, see docs/ARCHITECTURE.md "Mutation testing"): Stryker
// changes the rules one small edit at a time and runs the unit tests that cover each edit; an
// edit no test notices is a rule no test pins. Two scopes, run separately so each keeps its
// own incremental file and report: the pure rules (shared/domain + shared/dates) and the
// storage layout (renderer/data pages, persist, compaction). scripts/mutate.mjs picks the
// scope through MUTATE_SCOPE and prints the scores.
const scopes = {
  shared: ['shared/domain/**/*.ts', 'shared/dates/**/*.ts'],
  data: ['renderer/data/{layout,persist,compact}.ts'],
};
const scope = process.env.MUTATE_SCOPE ?? 'shared';
if (!(scope in scopes)) throw new Error(`MUTATE_SCOPE must be one of ${Object.keys(scopes)}`);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.config.mts' },
  coverageAnalysis: 'perTest',
  mutate: scopes[scope],
  // Module-level code (constant tables) would need every test file reloaded
  // for each of its mutants; the commands and rules that use it are what is measured.
  ignoreStatic: true,
  // The build machines have two cores shared with other work.
  concurrency: 2,
  incremental: true,
  incrementalFile: `reports/mutation/${scope}/incremental.json`,
  reporters: ['clear-text', 'html', 'json', 'progress'],
  htmlReporter: { fileName: `reports/mutation/${scope}/mutation.html` },
  jsonReporter: { fileName: `reports/mutation/${scope}/mutation.json` },
  clearTextReporter: { allowEmojis: false, logTests: false, reportScoreTable: true },
  // Only sources, tests and config are needed in the sandbox, not build output or reports.
  ignorePatterns: [
    'out',
    'dist',
    'dist-web',
    'release',
    'bench-results',
    'test-results',
    'playwright-report',
    'screenshots',
    'reports',
    '.test-output',
    '.tsbuild',
  ],
  tempDirName: '.stryker-tmp',
  thresholds: { high: 90, low: 85, break: null },
};
