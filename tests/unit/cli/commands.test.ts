// @vitest-environment node
// Each launch-control command doing its work, run as the built tool: sample → validate round
// trip, the JSON, CSV and iCalendar exports (the same bytes as the shared functions the app
// calls), the desktop backups listing, standard input, --out, and the npm script.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workspace } from '../../../shared/domain/workspace';
import { BACKUP_REASON_WORDS, backupFileName } from '../../../shared/formats/backups';
import { launchItemsCsv, readinessCsv } from '../../../shared/formats/csv';
import { calendarIcs } from '../../../shared/formats/ics';
import { exportWorkspaceJson, parseWorkspaceJson } from '../../../shared/formats/workspace-json';
import { sampleWorkspace } from '../../../shared/sample/sample';
import { CLI_TIMEOUT, TODAY, buildCli, repoRoot, type BuiltCli } from './run-cli';

let cli: BuiltCli;
let dir: string;
let sampleFile: string;
let sampleText: string;
let workspace: Workspace;
const EXPORTED_AT = `${TODAY}T09:00:00.000Z`;
const PAYMENT_LINKS = 'sample-payment-links';

beforeAll(async () => {
  cli = await buildCli();
  dir = mkdtempSync(join(tmpdir(), 'launch-control-commands-'));
  sampleText = cli.run(['sample', '--today', TODAY]).stdout;
  sampleFile = join(dir, 'sample.json');
  writeFileSync(sampleFile, sampleText);
  const parsed = parseWorkspaceJson(sampleText);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  workspace = parsed.workspace;
}, 120_000);

afterAll(() => {
  cli?.remove();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const ok = (stdout: string) => ({ status: 0, stdout, stderr: '' });

describe('sample and validate', CLI_TIMEOUT, () => {
  it('prints the sample workspace as the app exports it, the same on every run for one day', () => {
    expect(sampleText).toBe(exportWorkspaceJson(sampleWorkspace(TODAY, EXPORTED_AT), EXPORTED_AT));
    expect(cli.run(['sample', '--today', TODAY])).toEqual(ok(sampleText));
  });

  it('validates what it printed, piped in or from a file, counting its records', () => {
    const items = Object.keys(workspace.items).length;
    const readiness = Object.keys(workspace.readiness).length;
    expect(items).toBeGreaterThan(5);
    const summary = `is a valid Launch Control workspace: ${items} launch items, ${readiness} readiness items, `;
    const piped = cli.run(['validate', '-'], { input: sampleText });
    expect(piped.status).toBe(0);
    expect(piped.stderr).toBe('');
    expect(piped.stdout).toMatch(new RegExp(`^standard input ${summary}.*\\.\\n$`));
    expect(cli.run(['validate', sampleFile]).stdout).toBe(piped.stdout.replace('standard input', sampleFile));
  });

  it('reads a workspace holding a launch stored in 1999: validate warns, brief works', () => {
    const legacy = structuredClone(workspace);
    const payment = legacy.items[PAYMENT_LINKS]!;
    legacy.items.legacy = { ...payment, id: 'legacy', title: 'Legacy checkout', launchDate: '1999-06-01' };
    legacy.items.legacy.startDate = null;
    legacy.items.legacy.endDate = null;
    legacy.items.legacy.parentId = null;
    const file = join(dir, 'legacy.json');
    writeFileSync(file, exportWorkspaceJson(legacy, EXPORTED_AT));
    const validated = cli.run(['validate', file]);
    expect(validated.status).toBe(0);
    expect(validated.stdout).toMatch(/is a valid Launch Control workspace/);
    expect(validated.stderr).toBe(
      'launch-control: warning: 1 day outside 2000–2100 (the app imports such a day only into a workspace already holding it):\n' +
        '  - Launch item “Legacy checkout” is dated 1999-06-01, outside 2000–2100.\n',
    );
    const brief = cli.run(['brief', file, '--launch', 'Legacy checkout', '--today', TODAY]);
    expect(brief.stderr).toBe('');
    expect(brief.status).toBe(0);
    expect(brief.stdout).toMatch(/Legacy checkout/);
  });

  it('writes the sample with --out and prints nothing', () => {
    const out = join(dir, 'written.json');
    expect(cli.run(['sample', '--today', TODAY, '--out', out])).toEqual(ok(''));
    expect(readFileSync(out, 'utf8')).toBe(sampleText);
  });
});

describe('export', CLI_TIMEOUT, () => {
  it('re-exports JSON unchanged: validated, same order, same export time', () => {
    expect(cli.run(['export', sampleFile, '--format', 'json'])).toEqual(ok(sampleText));
    // Records out of order, not indented, the export time last: back in the app's layout.
    const { exportedAt, ...file } = JSON.parse(sampleText);
    file.tables.items.reverse();
    const input = JSON.stringify({ ...file, exportedAt });
    expect(cli.run(['export', '-', '--format', 'json'], { input })).toEqual(ok(sampleText));
  });

  it('writes launch items as CSV that a spreadsheet reads back, health judged on --today', () => {
    const result = cli.run(['export', sampleFile, '--format', 'csv', '--today', TODAY]);
    expect(result).toEqual(
      ok(launchItemsCsv(workspace, { itemIds: null, region: null, from: null, to: null }, { today: TODAY })),
    );
    const table = Papa.parse<Record<string, string>>(result.stdout, { header: true, skipEmptyLines: true });
    expect(table.errors).toEqual([]);
    expect(table.data).toHaveLength(Object.keys(workspace.items).length);
    expect(table.data.find((row) => row.ID === PAYMENT_LINKS)).toMatchObject({
      Title: 'Payment Links v2',
      Tier: '1',
    });
  });

  it('writes readiness items of one launch and its waves as CSV, with --out', () => {
    const out = join(dir, 'readiness.csv');
    const args = [
      'export',
      sampleFile,
      '--format',
      'csv',
      '--table',
      'readiness',
      '--launch',
      'Payment Links v2',
    ];
    expect(cli.run([...args, '--out', out])).toEqual(ok(''));
    const csv = readFileSync(out, 'utf8');
    expect(csv).toBe(
      readinessCsv(workspace, { itemIds: [PAYMENT_LINKS], region: null, from: null, to: null }),
    );
    const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
    const launches = new Set(rows.map((row) => row['Launch item ID']));
    expect(launches.has(PAYMENT_LINKS)).toBe(true);
    for (const id of launches)
      expect(id === PAYMENT_LINKS || workspace.items[id!]?.parentId === PAYMENT_LINKS).toBe(true);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('writes an iCalendar file stamped with the export time, filtered by region and range', () => {
    const all = cli.run(['export', sampleFile, '--format', 'ics']);
    expect(all).toEqual(
      ok(calendarIcs(workspace, { itemIds: null, region: null, from: null, to: null }, { now: EXPORTED_AT })),
    );
    expect(all.stdout).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(all.stdout).toContain('END:VCALENDAR');
    const filters = { itemIds: null, region: 'EU', from: '2026-12-01', to: '2027-01-31' };
    const eu = cli.run([
      'export',
      sampleFile,
      '--format',
      'ics',
      '--region',
      'EU',
      '--from',
      filters.from,
      '--to',
      filters.to,
    ]);
    expect(eu).toEqual(ok(calendarIcs(workspace, filters, { now: EXPORTED_AT })));
    expect(eu.stdout.length).toBeLessThan(all.stdout.length);
  });
});

describe('backups', CLI_TIMEOUT, () => {
  function backupsDir(files: Record<string, string>): string {
    const folder = mkdtempSync(join(dir, 'backups-'));
    for (const [name, content] of Object.entries(files)) writeFileSync(join(folder, name), content);
    return folder;
  }

  it('lists backups newest first with their time, reason, size and file name', () => {
    const older = backupFileName('2026-11-26T09:15:00.000Z', 'interval');
    const newer = backupFileName('2026-11-27T17:20:05.000Z', 'before-import');
    const folder = backupsDir({
      [older]: sampleText,
      [newer]: 'x'.repeat(2048),
      'notes.txt': 'not a backup',
      [`.${newer}.123.tmp`]: 'a backup being written',
    });
    mkdirSync(join(folder, 'launch-control-backup-2026-11-28T00-00-00Z-manual.json'));
    const result = cli.run(['backups', '--dir', folder]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe(`2 backups in ${folder}, newest first:`);
    expect(lines[2]).toMatch(/^Taken +Reason +Size +File$/);
    expect(lines[3]).toMatch(
      new RegExp(`^2026-11-27 17:20:05 \\+00:00 +${BACKUP_REASON_WORDS['before-import']} +2 KB +${newer}$`),
    );
    expect(lines[4]).toMatch(
      new RegExp(`^2026-11-26 09:15:00 \\+00:00 +${BACKUP_REASON_WORDS.interval} +\\d+ KB +${older}$`),
    );
    expect(lines.slice(5)).toEqual(['']);
  });

  it('shows times in the local time zone', () => {
    const name = backupFileName('2026-11-27T17:20:05.000Z', 'quit');
    const result = cli.run(['backups', '--dir', backupsDir({ [name]: '{}' })], { env: { TZ: 'Asia/Tokyo' } });
    expect(result.stdout).toContain(`2026-11-28 02:20:05 +09:00   ${BACKUP_REASON_WORDS.quit}`);
  });

  it('says when there are none, and finds the desktop app folder by itself', () => {
    const empty = backupsDir({});
    expect(cli.run(['backups', '--dir', empty])).toEqual(ok(`No backups in ${empty}\n`));
    const userData = mkdtempSync(join(dir, 'user-data-'));
    const name = backupFileName('2026-11-27T17:20:05.000Z', 'manual');
    mkdirSync(join(userData, 'backups'));
    writeFileSync(join(userData, 'backups', name), '{}');
    const found = cli.run(['backups'], { env: { LAUNCH_CONTROL_USER_DATA: userData } });
    expect(found.stdout).toContain(`1 backup in ${join(userData, 'backups')}, newest first:`);
    expect(found.stdout).toContain(name);
    const nowhere = join(dir, 'never-ran');
    expect(cli.run(['backups'], { env: { LAUNCH_CONTROL_USER_DATA: nowhere } })).toEqual(
      ok(`No backups in ${join(nowhere, 'backups')} (the folder does not exist yet).\n`),
    );
  });
});

describe('pipes', CLI_TIMEOUT, () => {
  it('stops quietly when the reader closes the pipe early (… | head)', () => {
    // The sample is larger than a pipe's buffer, so the tool is still writing when head exits.
    const result = spawnSync(
      'sh',
      ['-c', `"${process.execPath}" "${cli.file}" sample --today ${TODAY} | head -c 1`],
      {
        encoding: 'utf8',
      },
    );
    expect(result).toMatchObject({ status: 0, stdout: '{', stderr: '' });
  });
});

describe('npm run cli', CLI_TIMEOUT, () => {
  it('runs the tool, building it first when needed, with only its output on stdout', () => {
    const version = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).version;
    const result = spawnSync(process.execPath, [join(repoRoot, 'scripts/cli.mjs'), '--version'], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    expect({ status: result.status, stdout: result.stdout }).toEqual({ status: 0, stdout: `${version}\n` });
  });
});
