// Lint rules, including the package boundaries of docs/ARCHITECTURE.md: shared/ is pure (no React,
// Dexie, Electron, DOM or Node), the renderer reaches neither Node nor Electron, and inside the
// renderer: a feature imports only ui/, state/, platform/, shared/, packages and its own folder;
// ui/ imports no state/, app/, features/ or data/; state/ imports no app/ or features/; zustand
// stores are created only in renderer/state. tests/unit/lint/boundaries.test.ts proves each rule.
import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'child_process',
  'crypto',
  'url',
  'util',
  'stream',
  'http',
  'https',
  'net',
];

const ARCH = 'See docs/ARCHITECTURE.md.';

// The renderer's own restricted imports, kept in one place because the zustand block below must
// repeat them (a later config object replaces a rule's options, it does not merge them).
const rendererImportPatterns = [
  {
    group: ['electron', 'electron/*'],
    message: 'The renderer reaches the desktop only through renderer/platform.',
  },
  { group: nodeBuiltins, message: 'No Node in the renderer.' },
  { group: ['**/electron/**'], message: 'The renderer must not import the main process.' },
];

const storesOnlyInState = `zustand stores are created only in renderer/state: add the store (or a slice of it) there and import it. ${ARCH}`;
const zustandFactories = [
  { name: 'zustand', importNames: ['create', 'createStore'], message: storesOnlyInState },
  { name: 'zustand/vanilla', importNames: ['createStore'], message: storesOnlyInState },
  { name: 'zustand/traditional', importNames: ['createWithEqualityFn'], message: storesOnlyInState },
];

// The renderer's zones (eslint-plugin-boundaries elements), matched from the repository root.
// A file in no zone (renderer/main.tsx, renderer/styles/...) is not checked by these rules.
const rendererZones = [
  { type: 'app', pattern: 'renderer/app', partialMatch: false },
  { type: 'state', pattern: 'renderer/state', partialMatch: false },
  { type: 'data', pattern: 'renderer/data', partialMatch: false },
  { type: 'platform', pattern: 'renderer/platform', partialMatch: false },
  { type: 'ui', pattern: 'renderer/ui', partialMatch: false },
  { type: 'styles', pattern: 'renderer/styles', partialMatch: false },
  // One element per feature folder, so that files within one feature are internal to it.
  { type: 'feature', pattern: 'renderer/features/*', capture: ['feature'], partialMatch: false },
  { type: 'shared', pattern: 'shared', partialMatch: false },
];

const zone = (type) => ({ to: { element: { type } } });

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'out',
      'dist',
      'dist-web',
      'dist-web-*',
      'release',
      '.tsbuild',
      'test-results',
      'playwright-report',
      'bench-results',
      // Mutation testing's sandbox copy of the sources, and its reports.
      '.stryker-tmp',
      'reports',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react/*', 'react-dom/*'],
              message: 'shared/ is pure: no React.',
            },
            { group: ['dexie', 'dexie/*'], message: 'shared/ is pure: no Dexie (use renderer/data).' },
            { group: ['electron', 'electron/*'], message: 'shared/ is pure: no Electron.' },
            { group: nodeBuiltins, message: 'shared/ is pure: no Node built-ins (pass values in).' },
            {
              group: ['**/renderer/**', '**/electron/**'],
              message: 'shared/ must not import the app layers.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'localStorage',
        'indexedDB',
        'process',
        'require',
        'Buffer',
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Advice for the React Compiler, which this app does not use.
      'react-hooks/incompatible-library': 'off',
      'no-restricted-imports': ['error', { patterns: rendererImportPatterns }],
    },
  },
  {
    // Stores are created only in renderer/state; elsewhere zustand's store factories are refused.
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/state/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: rendererImportPatterns, paths: zustandFactories }],
    },
  },
  {
    // Boundaries between the renderer's zones. Only local imports are checked (packages are free),
    // and imports within one zone (one feature folder) are internal and always allowed.
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'boundaries/root-path': import.meta.dirname,
      'boundaries/elements': rendererZones,
      'boundaries/dependency-nodes': ['import', 'export', 'dynamic-import'],
      'boundaries/legacy-templates': false,
      // Relative, extension-less imports ('./Foo' is Foo.ts or Foo.tsx; '../platform' is its index.ts).
      'import/resolver': {
        node: { extensions: ['.ts', '.tsx', '.mts', '.js', '.mjs', '.json'] },
      },
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'allow',
          policies: [
            {
              from: { element: { type: 'feature' } },
              disallow: zone('feature'),
              message:
                "Feature '{{from.element.captured.feature}}' must not import feature " +
                "'{{to.element.captured.feature}}' ('{{dependency.source}}'): features are independent. " +
                'Move what both need to renderer/ui, renderer/state or shared/, or let renderer/app ' +
                `compose them. ${ARCH}`,
            },
            {
              from: { element: { type: 'feature' } },
              disallow: zone('app'),
              message:
                "Feature '{{from.element.captured.feature}}' must not import renderer/app " +
                "('{{dependency.source}}'): the app shell composes features, never the reverse. " +
                `Move what the feature needs to renderer/state, renderer/platform or renderer/ui. ${ARCH}`,
            },
            {
              // A type-only import of a data/ record type is allowed; values (Dexie) are not.
              from: { element: { type: 'feature' } },
              disallow: { ...zone('data'), dependency: { kind: 'value' } },
              message:
                "Feature '{{from.element.captured.feature}}' must not import renderer/data " +
                "('{{dependency.source}}'): storage is reached through renderer/state; only " +
                `\`import type\` from data/ is allowed. ${ARCH}`,
            },
            {
              from: { element: { type: 'ui' } },
              disallow: [zone('state'), zone('app'), zone('feature'), zone('data')],
              message:
                "renderer/ui must not import {{to.element.path}} ('{{dependency.source}}'): " +
                'shared widgets take what they show and do through props, so they stay free of the ' +
                `store, the app and the features. ${ARCH}`,
            },
            {
              from: { element: { type: 'state' } },
              disallow: [zone('app'), zone('feature')],
              message:
                "renderer/state must not import {{to.element.path}} ('{{dependency.source}}'): " +
                `state sits below the app shell and the features, which import it. ${ARCH}`,
            },
          ],
        },
      ],
    },
  },
  {
    // The command line (cli/) runs on Node beside the app: it reaches the app's code only through
    // shared/, and uses Node built-ins (with the node: prefix) and the packages shared/ uses (not
    // mdast-util-*: those are test dependencies; shared/ takes only the mdast types).
    files: ['cli/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.{1,2}/(.*/)?(renderer|electron)(/|$)',
              message: `cli/ imports the app's code only from shared/. ${ARCH}`,
            },
            {
              regex: '^(?!node:|\\.|(zod|date-fns|fractional-indexing|papaparse|ical-generator)(/|$))',
              message: `cli/ imports only shared/, Node built-ins (as node:…) and the packages shared/ uses. ${ARCH}`,
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.{ts,mts}', 'scripts/**/*.mjs', '*.{mjs,mts,ts}', 'tests/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Tests and the benchmark drive pages: code inside page.evaluate() runs in the browser.
    files: ['tests/**/*.{ts,tsx}', 'scripts/bench.mjs', 'scripts/bench/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
