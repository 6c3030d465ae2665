// @vitest-environment node
// "The same brief as the app": launch-control brief (and export --format md) must give exactly
// the bytes buildBrief gives in-process — the function the app's brief screen calls — for the
// same workspace, request and clock, the clock's "data as of" being the file's export time.
import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyChange } from '../../../shared/domain/change';
import type { Workspace } from '../../../shared/domain/workspace';
import {
  buildBrief,
  defaultPortfolioRange,
  recordBrief,
  type BriefRequest,
} from '../../../shared/formats/brief';
import { exportWorkspaceJson, parseWorkspaceJson } from '../../../shared/formats/workspace-json';
import { CLI_TIMEOUT, TODAY, buildCli, type BuiltCli } from './run-cli';

let cli: BuiltCli;
let dir: string;
let sampleFile: string;
let workspace: Workspace;
const EXPORTED_AT = `${TODAY}T09:00:00.000Z`;
const PAYMENT_LINKS = 'sample-payment-links';

function parse(text: string): Workspace {
  const parsed = parseWorkspaceJson(text);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.workspace;
}

beforeAll(async () => {
  cli = await buildCli();
  dir = mkdtempSync(join(tmpdir(), 'launch-control-brief-'));
  const sample = cli.run(['sample', '--today', TODAY]).stdout;
  sampleFile = join(dir, 'sample.json');
  writeFileSync(sampleFile, sample);
  workspace = parse(sample);
}, 120_000);

afterAll(() => {
  cli?.remove();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const inProcess = (ws: Workspace, request: BriefRequest, now = EXPORTED_AT, today = TODAY) =>
  buildBrief(ws, request, { today, now }).markdown;

function expectOutput(args: string[], expected: string) {
  const result = cli.run(args);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  expect(result.stdout).toBe(expected);
}

describe('launch-control brief gives the bytes the app gives', CLI_TIMEOUT, () => {
  it('a launch brief found by its title in any case, for the team', () => {
    const expected = inProcess(workspace, { kind: 'launch', itemId: PAYMENT_LINKS, audience: 'team' });
    expect(expected).toContain('# Launch brief — Payment Links v2');
    expect(expected).toContain('Data as of Mon 30 Nov 2026, 09:00 UTC');
    expectOutput(
      ['brief', sampleFile, '--launch', 'PAYMENT LINKS v2', '--audience', 'team', '--today', TODAY],
      expected,
    );
  });

  it('a launch brief found by its id, for executives by default', () => {
    const expected = inProcess(workspace, { kind: 'launch', itemId: PAYMENT_LINKS, audience: 'exec' });
    expectOutput(['brief', sampleFile, '--launch', PAYMENT_LINKS, '--today', TODAY], expected);
  });

  it('a portfolio brief over the default six weeks', () => {
    const expected = inProcess(workspace, {
      kind: 'portfolio',
      ...defaultPortfolioRange(TODAY),
      filters: { region: null, tier: null, kind: null },
    });
    expect(expected).toContain('# Portfolio brief — 30 Nov 2026 – 11 Jan 2027');
    expectOutput(['brief', sampleFile, '--portfolio', '--today', TODAY], expected);
    // export --format md is the portfolio brief by default.
    expectOutput(['export', sampleFile, '--format', 'md', '--today', TODAY], expected);
    // …and takes --portfolio as brief does.
    expectOutput(['export', sampleFile, '--format', 'md', '--portfolio', '--today', TODAY], expected);
  });

  it('a portfolio brief for a range, a region, a tier and a kind', () => {
    const request: BriefRequest = {
      kind: 'portfolio',
      from: '2026-12-01',
      to: '2027-02-28',
      filters: { region: 'EU', tier: 1, kind: 'rollout' },
    };
    const expected = inProcess(workspace, request);
    expect(expected).toContain('EU');
    const options = ['--from', '2026-12-01', '--to', '2027-02-28', '--region', 'EU', '--tier', '1'];
    expectOutput(
      ['brief', sampleFile, '--portfolio', ...options, '--kind', 'rollout', '--today', TODAY],
      expected,
    );
    expectOutput(
      ['export', sampleFile, '--format', 'md', ...options, '--kind', 'rollout', '--today', TODAY],
      expected,
    );
  });

  it('numbers itself and says what changed after the briefs recorded in the file', () => {
    // The app recorded brief #1 a week earlier; the file exported today holds that record.
    const request: BriefRequest = { kind: 'launch', itemId: PAYMENT_LINKS, audience: 'exec' };
    const weekAgo = { today: '2026-11-23', now: '2026-11-23T09:00:00.000Z' };
    const recorded = applyChange(
      workspace,
      recordBrief(workspace, request, weekAgo, { now: weekAgo.now, newId: () => 'brief-1' }),
    );
    const file = join(dir, 'with-a-brief.json');
    writeFileSync(file, exportWorkspaceJson(recorded, EXPORTED_AT));
    const expected = inProcess(recorded, request);
    expect(expected).toContain('Brief #2');
    expectOutput(['brief', file, '--launch', 'Payment Links v2', '--today', TODAY], expected);
  });

  it('reads standard input, and takes "data as of" from the file, not the clock', () => {
    const exportedLater = exportWorkspaceJson(workspace, '2026-12-02T16:45:30.000Z');
    const expected = inProcess(
      workspace,
      { kind: 'launch', itemId: PAYMENT_LINKS, audience: 'exec' },
      '2026-12-02T16:45:30.000Z',
    );
    expect(expected).toContain('Data as of Wed 2 Dec 2026, 16:45 UTC');
    const result = cli.run(['brief', '-', '--launch', PAYMENT_LINKS, '--today', TODAY], {
      input: exportedLater,
    });
    expect(result).toEqual({ status: 0, stdout: expected, stderr: '' });
  });

  it('writes --out and prints nothing', () => {
    const out = join(dir, 'brief.md');
    writeFileSync(out, 'an older brief\n');
    const result = cli.run(['brief', sampleFile, '--portfolio', '--today', TODAY, '--out', out]);
    expect(result).toEqual({ status: 0, stdout: '', stderr: '' });
    expect(readFileSync(out, 'utf8')).toBe(
      cli.run(['brief', sampleFile, '--portfolio', '--today', TODAY]).stdout,
    );
  });

  it('takes a file without an export time as of its last change, and says so', () => {
    const file = JSON.parse(exportWorkspaceJson(workspace, EXPORTED_AT));
    delete file.exportedAt;
    const path = join(dir, 'no-export-time.json');
    writeFileSync(path, JSON.stringify(file));
    const changedAt = new Date('2026-11-28T07:30:00.000Z');
    utimesSync(path, changedAt, changedAt);
    const request: BriefRequest = { kind: 'launch', itemId: PAYMENT_LINKS, audience: 'exec' };
    const result = cli.run(['brief', path, '--launch', PAYMENT_LINKS, '--today', TODAY]);
    expect(result).toEqual({
      status: 0,
      stdout: inProcess(workspace, request, changedAt.toISOString()),
      stderr:
        `launch-control: ${path} does not say when it was exported (no "exportedAt"); ` +
        'its data is taken as of the time the file was last changed.\n',
    });
  });
});
