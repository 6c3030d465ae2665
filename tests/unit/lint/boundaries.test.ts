// @vitest-environment node
// The renderer's boundaries (docs/ARCHITECTURE.md), shown with the real eslint.config.mjs: each
// case lints a small piece of code as if it were a file inside the real folders. The imported
// targets must be real files, because the boundaries rule resolves each import to the file it
// names (an import that resolves to nothing is not checked). So that the test survives files being
// renamed or moved, each target is a file picked, at run time, from the zone's real folder.
import { readdirSync } from 'node:fs';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint, type Linter } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const DOCS = 'docs/ARCHITECTURE.md';

const BOARD = 'renderer/features/board';
const FEATURE_FIXTURE = `${BOARD}/Fixture.tsx`;
const UI_FIXTURE = 'renderer/ui/Fixture.tsx';
const STATE_FIXTURE = 'renderer/state/Fixture.ts';

/** A real module in `dir` (relative to the repository): its path without extension. */
function moduleIn(dir: string): string {
  const files = readdirSync(join(repoRoot, dir), { withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
    .map((entry) => entry.name)
    .sort();
  if (!files[0]) throw new Error(`no .ts/.tsx file in ${dir}: point the test at another folder`);
  return posix.join(dir, files[0].replace(/\.tsx?$/, ''));
}

/** The relative, extension-less specifier that `fixture` would use to import a real module in `dir`. */
function from(fixture: string, dir: string): string {
  const relative = posix.relative(posix.dirname(fixture), moduleIn(dir));
  return relative.startsWith('.') ? relative : `./${relative}`;
}

let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: repoRoot });
});

/** Lints `lines` as the (not necessarily existing) file `file`, relative to the repository. */
async function lint(file: string, lines: string[]): Promise<Linter.LintMessage[]> {
  const [result] = await eslint.lintText(lines.join('\n'), { filePath: join(repoRoot, file) });
  return result!.messages;
}

/** The messages, reduced to what each assertion checks. */
const summary = (messages: Linter.LintMessage[]) =>
  messages.map(({ line, ruleId, message }) => ({ line, ruleId, message }));

const boundaryError = (line: number, text: string) => ({
  line,
  ruleId: 'boundaries/dependencies',
  message: expect.stringContaining(text),
});

// The first lint loads typescript-eslint and the plugins, which takes a few seconds.
describe('renderer boundaries (eslint.config.mjs)', { timeout: 60_000 }, () => {
  it('(a) a feature importing another feature is an error', async () => {
    const timeline = from(FEATURE_FIXTURE, 'renderer/features/timeline');
    const messages = await lint(FEATURE_FIXTURE, [
      `import * as timeline from '${timeline}';`,
      'export const view = timeline;',
    ]);
    expect(summary(messages)).toEqual([
      boundaryError(1, `Feature 'board' must not import feature 'timeline' ('${timeline}')`),
    ]);
    expect(messages[0]!.message).toContain(DOCS);
  });

  it('(b) a feature importing renderer/app is an error, even for a type', async () => {
    const app = from(FEATURE_FIXTURE, 'renderer/app');
    const messages = await lint(FEATURE_FIXTURE, [
      `import * as app from '${app}';`,
      `import type * as Shell from '${app}';`,
      'export const shell = app;',
      'export type ShellType = typeof Shell;',
    ]);
    expect(summary(messages)).toEqual([
      boundaryError(1, `Feature 'board' must not import renderer/app ('${app}')`),
      boundaryError(2, `Feature 'board' must not import renderer/app ('${app}')`),
    ]);
    expect(messages[0]!.message).toContain(DOCS);
  });

  const factories = [
    "import { create } from 'zustand';",
    "import { createStore } from 'zustand/vanilla';",
    'export const factories = [create, createStore];',
  ];

  it('(c) zustand store factories are refused outside renderer/state', async () => {
    for (const file of [`${BOARD}/Fixture.ts`, 'renderer/ui/Fixture.ts', 'renderer/app/Fixture.ts']) {
      const messages = await lint(file, factories);
      expect(summary(messages), file).toEqual(
        [1, 2].map((line) => ({
          line,
          ruleId: 'no-restricted-imports',
          message: expect.stringContaining('zustand stores are created only in renderer/state'),
        })),
      );
      expect(messages[0]!.message).toContain(DOCS);
    }
  });

  it('(c) ... while renderer/state may create stores', async () => {
    expect(summary(await lint(STATE_FIXTURE, factories))).toEqual([]);
  });

  it('(d) renderer/ui importing renderer/state is an error', async () => {
    const state = from(UI_FIXTURE, 'renderer/state');
    const messages = await lint(UI_FIXTURE, [
      `import * as state from '${state}';`,
      'export const store = state;',
    ]);
    expect(summary(messages)).toEqual([
      boundaryError(1, `renderer/ui must not import renderer/state ('${state}')`),
    ]);
    expect(messages[0]!.message).toContain(DOCS);
  });

  it('(e) a feature importing ui/, state/, platform/, shared/, packages and its own files is clean', async () => {
    const messages = await lint(FEATURE_FIXTURE, [
      "import { useState } from 'react';",
      "import { useStore } from 'zustand';",
      `import * as ui from '${from(FEATURE_FIXTURE, 'renderer/ui')}';`,
      `import * as state from '${from(FEATURE_FIXTURE, 'renderer/state')}';`,
      `import * as platform from '${from(FEATURE_FIXTURE, 'renderer/platform')}';`,
      `import * as domain from '${from(FEATURE_FIXTURE, 'shared/domain')}';`,
      `import * as own from '${from(FEATURE_FIXTURE, BOARD)}';`,
      // The choice made for data/: a type-only import is allowed (the next case refuses values).
      `import type * as Data from '${from(FEATURE_FIXTURE, 'renderer/data')}';`,
      'export type Stored = typeof Data;',
      'export const used = [useState, useStore, ui, state, platform, domain, own];',
    ]);
    expect(summary(messages)).toEqual([]);
  });

  it('a feature importing a value from renderer/data is an error', async () => {
    const fixture = 'renderer/features/settings/Fixture.ts';
    const data = from(fixture, 'renderer/data');
    const messages = await lint(fixture, [`import * as data from '${data}';`, 'export const db = data;']);
    expect(summary(messages)).toEqual([
      boundaryError(1, `Feature 'settings' must not import renderer/data ('${data}')`),
    ]);
  });

  it('renderer/state importing renderer/app or a feature is an error', async () => {
    const app = from(STATE_FIXTURE, 'renderer/app');
    const timeline = from(STATE_FIXTURE, 'renderer/features/timeline');
    const messages = await lint(STATE_FIXTURE, [
      `import * as app from '${app}';`,
      `import * as timeline from '${timeline}';`,
      'export const up = [app, timeline];',
    ]);
    expect(summary(messages)).toEqual([
      boundaryError(1, `renderer/state must not import renderer/app ('${app}')`),
      boundaryError(2, `renderer/state must not import renderer/features/timeline ('${timeline}')`),
    ]);
  });

  it('the older rules still hold: no Electron in renderer/state or in a feature', async () => {
    for (const file of [STATE_FIXTURE, `${BOARD}/Fixture.ts`]) {
      const messages = await lint(file, [
        "import { ipcRenderer } from 'electron';",
        'export const ipc = ipcRenderer;',
      ]);
      expect(summary(messages), file).toEqual([
        {
          line: 1,
          ruleId: 'no-restricted-imports',
          message: expect.stringContaining('The renderer reaches the desktop only through renderer/platform'),
        },
      ]);
    }
  });
});
