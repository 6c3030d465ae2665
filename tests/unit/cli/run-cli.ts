/**
 * The command-line tests run the tool as people do: the bundle vite builds from cli/ (the
 * package's bin), as a child process. Each test file builds its own copy into a temporary
 * folder outside the repository (the bundle needs nothing but Node) and removes it afterwards,
 * so parallel test files never share a half-written file.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface BuiltCli {
  file: string;
  /** Runs the tool with `args`; `input` is its standard input. The time zone is UTC unless `env` says otherwise. */
  run(args: string[], options?: { input?: string | Buffer; env?: Record<string, string> }): CliRun;
  remove(): void;
}

/** Builds cli/ with vite.cli.config.mts into a folder of its own. */
export async function buildCli(): Promise<BuiltCli> {
  const dir = mkdtempSync(join(tmpdir(), 'launch-control-cli-'));
  await build({
    root: repoRoot,
    configFile: join(repoRoot, 'vite.cli.config.mts'),
    logLevel: 'silent',
    build: { outDir: dir, emptyOutDir: true },
  });
  const file = join(dir, 'launch-control.mjs');
  return {
    file,
    run(args, options = {}) {
      const result = spawnSync(process.execPath, [file, ...args], {
        cwd: repoRoot,
        input: options.input ?? '',
        encoding: 'utf8',
        env: { ...process.env, TZ: 'UTC', ...options.env },
        maxBuffer: 64 * 1024 * 1024,
      });
      if (result.error) throw result.error;
      return { status: result.status, stdout: result.stdout, stderr: result.stderr };
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export const TODAY = '2026-11-30';

/** Each test starts a Node process or several; on a busy machine one can take seconds. */
export const CLI_TIMEOUT = { timeout: 60_000 };
