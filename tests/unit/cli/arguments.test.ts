// @vitest-environment node
// launch-control's contract with scripts: a wrong command line exits 2 with exactly one line on
// stderr and nothing on stdout; a file it cannot use exits 1 with the reasons on stderr; help
// for the tool and every command goes to stdout with exit 0.
import {
  lstatSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_TIMEOUT, TODAY, buildCli, repoRoot, type BuiltCli } from './run-cli';

let cli: BuiltCli;
let dir: string;
let sample: string;

beforeAll(async () => {
  cli = await buildCli();
  dir = mkdtempSync(join(tmpdir(), 'launch-control-args-'));
  sample = join(dir, 'sample.json');
  writeFileSync(sample, cli.run(['sample', '--today', TODAY]).stdout);
}, 120_000);

afterAll(() => {
  cli?.remove();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The one stderr line of a usage error: the message, then where to read more. */
function expectUsageError(args: string[], message: string, helpFor = args[0] ?? '') {
  const result = cli.run(args);
  expect(result.stdout).toBe('');
  expect(result.stderr.split('\n')).toEqual([expect.any(String), '']);
  expect(result.stderr).toContain(`launch-control: ${message}`);
  const help =
    helpFor && !helpFor.startsWith('-') ? `launch-control ${helpFor} --help` : 'launch-control --help';
  expect(result.stderr.trimEnd()).toMatch(new RegExp(`\\. Try '${help}'\\.$`));
  expect(result.status).toBe(2);
}

describe('a wrong command line exits 2 with one line on stderr and nothing on stdout', CLI_TIMEOUT, () => {
  const F = '<sample>';
  const cases: [string, string[], string, string?][] = [
    ['no command', [], 'missing command'],
    [
      'an unknown command',
      ['frobnicate'],
      "unknown command 'frobnicate' (commands: sample, validate, brief, export, backups)",
      '-',
    ],
    ['an option before the command', ['--frob'], "unknown option '--frob'"],
    ['help for an unknown command', ['help', 'nope'], "unknown command 'nope'", '-'],
    ['a missing FILE', ['validate'], 'missing FILE'],
    ['one argument too many', ['validate', F, 'extra'], "unexpected argument 'extra' (validate takes FILE)"],
    ['an unknown option', ['validate', F, '--verbose'], "unknown option '--verbose'"],
    ['an impossible day', ['sample', '--today', '2026-02-30'], "--today '2026-02-30' is not a date"],
    ['a day in words', ['sample', '--today', 'tomorrow'], "--today 'tomorrow' is not a date"],
    [
      'a sample day before 2000',
      ['sample', '--today', '1980-01-01'],
      "--today '1980-01-01' is outside the planning range: use a date between 2000 and 2100",
    ],
    [
      'a brief day after 2100',
      ['brief', F, '--portfolio', '--today', '2101-01-01'],
      "--today '2101-01-01' is outside the planning range: use a date between 2000 and 2100",
    ],
    ['an option without its value', ['sample', '--today'], '--today needs a value'],
    ['a flag given a value', ['brief', F, '--portfolio=yes'], '--portfolio takes no value'],
    ['a brief of neither kind', ['brief', F], 'choose a brief: --launch ID|TITLE or --portfolio'],
    [
      'a brief of both kinds',
      ['brief', F, '--launch', 'Payment Links v2', '--portfolio'],
      'give either --launch or --portfolio, not both',
    ],
    [
      'an md export of both kinds',
      ['export', F, '--format', 'md', '--launch', 'Payment Links v2', '--portfolio'],
      'give either --launch or --portfolio, not both',
    ],
    [
      '--portfolio with another format',
      ['export', F, '--format', 'csv', '--portfolio'],
      '--portfolio does not apply to --format csv',
    ],
    [
      'a range ending before it starts',
      ['brief', F, '--portfolio', '--from', '2026-12-10', '--to', '2026-12-01'],
      '--from 2026-12-10 is after --to 2026-12-01',
    ],
    [
      'an audience for a portfolio',
      ['brief', F, '--portfolio', '--audience', 'team'],
      '--audience applies only to a launch brief',
    ],
    [
      'a region for a launch brief',
      ['brief', F, '--launch', 'Payment Links v2', '--region', 'EU'],
      '--region applies only to a portfolio brief',
    ],
    [
      'an unknown audience',
      ['brief', F, '--launch', 'Payment Links v2', '--audience', 'board'],
      "--audience 'board' is not one of exec, team",
    ],
    [
      'an unknown launch',
      ['brief', F, '--launch', 'Moon landing'],
      "--launch 'Moon landing' is neither the id nor the title of a launch item",
    ],
    [
      'a tier that does not exist',
      ['brief', F, '--portfolio', '--tier', '4'],
      "--tier '4' is not one of 1, 2, 3",
    ],
    [
      'an unknown kind',
      ['brief', F, '--portfolio', '--kind', 'party'],
      "--kind 'party' is not one of beta, launch, rollout",
    ],
    [
      'a region the workspace does not have',
      ['brief', F, '--portfolio', '--region', 'MARS'],
      'The workspace has no region “MARS”',
    ],
    [
      'a wrong option before a missing file',
      ['brief', join('no', 'such.json'), '--portfolio', '--tier', '9'],
      "--tier '9'",
    ],
    ['an export without a format', ['export', F], 'missing --format (json, md, csv or ics)'],
    [
      'an unknown format',
      ['export', F, '--format', 'pdf'],
      "--format 'pdf' is not one of json, md, csv, ics",
    ],
    [
      'a filter on a JSON export',
      ['export', F, '--format', 'json', '--region', 'EU'],
      '--region does not apply to --format json',
    ],
    [
      'a tier filter on a calendar',
      ['export', F, '--format', 'ics', '--tier', '1'],
      '--tier does not apply to --format ics',
    ],
    [
      'a table that is not exported',
      ['export', F, '--format', 'csv', '--table', 'people'],
      "--table 'people' is not one of items, readiness",
    ],
    [
      'a CSV region the workspace does not have',
      ['export', F, '--format', 'csv', '--region', 'MARS'],
      "--region 'MARS' is not a region of this workspace (NA, EU, UK, APAC, LATAM, JP)",
    ],
    ['a backups folder without its path', ['backups', '--dir'], '--dir needs a value'],
    ['a file given to backups', ['backups', F], "unexpected argument '<sample>' (backups takes no file)"],
  ];
  it.each(cases)('%s', (_name, args, message, helpFor) => {
    const withFile = args.map((arg) => (arg === F ? sample : arg));
    expectUsageError(withFile, message.replace(F, sample), helpFor);
  });
});

describe('a launch title two items share', CLI_TIMEOUT, () => {
  it('is a usage error naming both, with their ids to give instead', () => {
    const file = JSON.parse(readFileSync(sample, 'utf8'));
    const original = file.tables.items.find((item: { id: string }) => item.id === 'sample-payment-links');
    file.tables.items.push({ ...original, id: 'sample-payment-links-copy' });
    const twice = join(dir, 'twice.json');
    writeFileSync(twice, JSON.stringify(file));
    expectUsageError(['brief', twice, '--launch', 'payment links v2'], '--launch: ');
    const { stderr } = cli.run(['brief', twice, '--launch', 'payment links v2']);
    expect(stderr).toContain('sample-payment-links ');
    expect(stderr).toContain('sample-payment-links-copy');
    expect(cli.run(['brief', twice, '--launch', 'sample-payment-links-copy', '--today', TODAY]).status).toBe(
      0,
    );
  });
});

describe('a file the tool cannot use exits 1 with the reasons on stderr', CLI_TIMEOUT, () => {
  it('names a file that does not exist', () => {
    const result = cli.run(['validate', join(dir, 'missing.json')]);
    expect(result).toEqual({
      status: 1,
      stdout: '',
      stderr: `launch-control: cannot read '${join(dir, 'missing.json')}': no such file or folder\n`,
    });
  });

  it('says a file is not JSON', () => {
    const result = cli.run(['validate', '-'], { input: 'launch,date\n' });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(
      'launch-control: standard input is not a valid Launch Control workspace:',
    );
    expect(result.stderr).toContain('  - This is not a JSON file');
  });

  it('lists every problem of an invalid workspace with the record and the field', () => {
    const file = JSON.parse(readFileSync(sample, 'utf8'));
    const payment = file.tables.items.find((item: { id: string }) => item.id === 'sample-payment-links');
    payment.launchDate = 'soon';
    payment.ownerId = 'nobody';
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, JSON.stringify(file));
    for (const args of [
      ['validate', broken],
      ['brief', broken, '--portfolio'],
      ['export', broken, '--format', 'csv'],
    ]) {
      const result = cli.run(args);
      expect(result.status).toBe(1);
      expect(result.stdout).toBe('');
      const lines = result.stderr.trimEnd().split('\n');
      expect(lines[0]).toBe(`launch-control: ${broken} is not a valid Launch Control workspace:`);
      expect(lines).toContainEqual(
        expect.stringMatching(/^ {2}- Launch item “Payment Links v2” \(launchDate\): /),
      );
      expect(lines.filter((line) => line.includes('Payment Links v2')).length).toBeGreaterThanOrEqual(2);
    }
  });

  it('says why --out cannot be written, and leaves no temporary file behind', () => {
    const missing = join(dir, 'no-such-folder', 'brief.md');
    expect(cli.run(['brief', sample, '--portfolio', '--today', TODAY, '--out', missing])).toEqual({
      status: 1,
      stdout: '',
      stderr: `launch-control: cannot write '${missing}': no such file or folder\n`,
    });
    // A folder where the file should go: the temporary file is written, then cannot replace it.
    const folder = mkdtempSync(join(dir, 'out-'));
    const before = readdirSync(dir).sort();
    expect(cli.run(['export', sample, '--format', 'json', '--out', folder])).toEqual({
      status: 1,
      stdout: '',
      stderr: `launch-control: cannot write '${folder}': it is a folder, not a file\n`,
    });
    expect(readdirSync(dir).sort()).toEqual(before);
  });

  it('writes --out through a symbolic link to the file it names, keeping the link', () => {
    const folder = mkdtempSync(join(dir, 'link-'));
    const target = join(folder, 'real.json');
    const link = join(folder, 'latest.json');
    writeFileSync(target, 'old');
    symlinkSync(target, link);
    expect(cli.run(['export', sample, '--format', 'json', '--out', link]).status).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe(readFileSync(sample, 'utf8'));
    expect(readdirSync(folder).sort()).toEqual(['latest.json', 'real.json']);
  });

  it('says a backups folder that is a file is not a folder', () => {
    const result = cli.run(['backups', '--dir', sample]);
    expect(result).toEqual({
      status: 1,
      stdout: '',
      stderr: `launch-control: '${sample}' is a file, not a folder\n`,
    });
  });
});

describe('help', CLI_TIMEOUT, () => {
  const version = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).version;

  it('lists every command with what it does', () => {
    for (const args of [['--help'], ['-h'], ['help']]) {
      const result = cli.run(args);
      expect(result.status).toBe(0);
      expect(result.stderr).toBe('');
      expect(result.stdout).toMatch(/^Usage: launch-control <command> \[options\]\n/);
      // Every sentence of the options ends: none stops at the end of a line.
      expect(result.stdout).toContain("--help shows a command's\n                  own help");
      for (const command of ['sample', 'validate', 'brief', 'export', 'backups'])
        expect(result.stdout).toMatch(new RegExp(`^ {2}${command} +\\S`, 'm'));
    }
  });

  it.each(['sample', 'validate', 'brief', 'export', 'backups'])(
    'explains %s, whatever else is on the line',
    (command) => {
      const expected = cli.run([command, '--help']);
      expect(expected.status).toBe(0);
      expect(expected.stderr).toBe('');
      expect(expected.stdout).toMatch(new RegExp(`^Usage: launch-control ${command}\\b`));
      expect(expected.stdout).toContain('-h, --help');
      expect(cli.run(['help', command])).toEqual(expected);
      expect(cli.run([command, '--nonsense', '-h'])).toEqual(expected);
    },
  );

  it('says where a brief\'s "data as of" comes from', () => {
    expect(cli.run(['brief', '--help']).stdout).toContain(
      '"Data as of" is when FILE was exported (its exportedAt)',
    );
  });

  it('prints the version', () => {
    expect(cli.run(['--version'])).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
  });
});
