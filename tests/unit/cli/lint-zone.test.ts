// @vitest-environment node
// The command line's zone in eslint.config.mjs: cli/ runs on Node beside the app and reaches the
// app's code only through shared/, with Node built-ins (as node:…) and the packages shared/ uses.
import { join } from 'node:path';
import { ESLint, type Linter } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from './run-cli';

const FIXTURE = 'cli/commands/Fixture.ts';
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: repoRoot });
});

async function importErrors(lines: string[]): Promise<Pick<Linter.LintMessage, 'line' | 'message'>[]> {
  const [result] = await eslint.lintText([...lines, 'export {};'].join('\n'), {
    filePath: join(repoRoot, FIXTURE),
  });
  return result!.messages
    .filter((message) => message.ruleId === 'no-restricted-imports')
    .map(({ line, message }) => ({ line, message }));
}

// The first lint loads typescript-eslint and the plugins, which takes a few seconds.
describe('the cli/ zone (eslint.config.mjs)', { timeout: 60_000 }, () => {
  it('refuses the renderer and the desktop shell', async () => {
    const errors = await importErrors([
      "import '../../renderer/state/document';",
      "import '../../electron/main/files';",
    ]);
    expect(errors).toEqual(
      [1, 2].map((line) => ({
        line,
        message: expect.stringContaining("cli/ imports the app's code only from shared/"),
      })),
    );
    expect(errors[0]!.message).toContain('docs/ARCHITECTURE.md');
  });

  it('refuses browser and desktop packages, and Node built-ins without node:', async () => {
    const errors = await importErrors([
      "import 'react';",
      "import 'dexie';",
      "import 'electron';",
      "import 'fs';",
      // A test dependency (the reference the brief serialiser is held to), not the tool's.
      "import 'mdast-util-to-markdown';",
    ]);
    expect(errors).toEqual(
      [1, 2, 3, 4, 5].map((line) => ({
        line,
        message: expect.stringContaining(
          'cli/ imports only shared/, Node built-ins (as node:…) and the packages shared/ uses',
        ),
      })),
    );
  });

  it('allows shared/, its own files, node: built-ins and the packages shared/ uses', async () => {
    const errors = await importErrors([
      "import '../../shared/formats/workspace-json';",
      "import '../args';",
      "import 'node:fs/promises';",
      "import 'zod';",
      "import 'date-fns';",
      "import 'papaparse';",
      "import 'ical-generator';",
    ]);
    expect(errors).toEqual([]);
  });
});
