/**
 * Building briefs: refusals in words, empty states as sentences, finding a launch by id or
 * title (the command line's --launch), and determinism — the same workspace and clock give the
 * same bytes, however the records are ordered, and the code reads no clock or locale.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyTable, type Workspace } from '../../../shared/domain/workspace';
import {
  BriefError,
  buildBrief,
  defaultPortfolioRange,
  findLaunchByIdOrTitle,
  recordBrief,
  type BriefRequest,
} from '../../../shared/formats/brief';
import { filteredItems } from '../../../shared/formats/filters';
import { add, item } from '../../fixtures/records';
import { baseWorkspace, NOW, sample, testContext, TODAY } from '../../fixtures/workspace';

const clock = { today: TODAY, now: NOW };
const noFilters = { region: null, tier: null, kind: null };

describe('brief requests that cannot be answered', () => {
  it('refuses them with a message for people', () => {
    const ws = sample();
    const refusal = (request: BriefRequest, c = clock) => {
      try {
        buildBrief(ws, request, c);
      } catch (error) {
        expect(error).toBeInstanceOf(BriefError);
        return (error as Error).message;
      }
      throw new Error('no refusal');
    };
    expect(refusal({ kind: 'launch', itemId: 'nope', audience: 'exec' })).toBe(
      'There is no launch item with the id “nope”.',
    );
    expect(refusal({ kind: 'portfolio', from: '2026-12-10', to: '2026-12-01', filters: noFilters })).toBe(
      'The range must start on or before the day it ends.',
    );
    expect(refusal({ kind: 'portfolio', from: '2026-02-30', to: '2026-12-01', filters: noFilters })).toBe(
      'The start of the range, “2026-02-30”, is not a date between 1970 and 2200.',
    );
    expect(
      refusal({ kind: 'portfolio', from: TODAY, to: TODAY, filters: { ...noFilters, region: 'MARS' } }),
    ).toBe('The workspace has no region “MARS”. Regions: NA, EU, UK, APAC, LATAM, JP.');
    expect(
      refusal({ kind: 'launch', itemId: 'sample-dark-mode', audience: 'exec' }, { ...clock, now: 'soon' }),
    ).toBe('“soon” is not an instant in UTC (such as 2026-12-01T14:05:00.000Z)');
    expect(() =>
      recordBrief(ws, { kind: 'launch', itemId: 'nope', audience: 'team' }, clock, testContext()),
    ).toThrow(BriefError);
  });
});

describe('the executive launch brief', () => {
  it('gives computed health, saying so where a manual override disagrees, and the gate from a go/no-go milestone', () => {
    const ws = sample();
    ws.items['sample-payment-links'] = {
      ...ws.items['sample-payment-links']!,
      healthOverride: { health: 'on-track', reason: 'Legal review is a formality' },
    };
    ws.milestones.gate = {
      id: 'gate',
      itemId: 'sample-payment-links',
      title: 'Go/No-Go review',
      date: '2026-12-10',
    };
    const { markdown } = buildBrief(
      ws,
      { kind: 'launch', itemId: 'sample-payment-links', audience: 'exec' },
      clock,
    );
    expect(markdown).toContain(
      '**Status:** Off track (computed; marked On track by hand: Legal review is a formality): 1 required item blocked: Terms, claims and compliance review (and 1 more reason). **Recommendation:** Not yet decided. **Decision needed:** Go/no-go by Thu 10 Dec 2026 (Go/No-Go review), from Tomás Alvarez and Aisha Okafor.',
    );
    expect(markdown).toContain('- Go/no-go: Go/No-Go review, Thu 10 Dec 2026');
  });

  it('lists freezes in the run-up (milestones and blackout windows) and each regional wave', () => {
    const { markdown } = buildBrief(
      sample(),
      { kind: 'launch', itemId: 'sample-usage-billing', audience: 'exec' },
      clock,
    );
    const keyDates = markdown.split('## Key dates\n\n')[1]!.split('\n\n')[0];
    expect(keyDates).toBe(
      [
        '- T-0: Mon 25 Jan 2027 (T-60)',
        '- Freeze: Invoice templates frozen, Tue 5 Jan 2027',
        '- Freeze: Company-wide code freeze (all regions), Tue 5 Jan 2027 – Mon 11 Jan 2027',
        '- Wave NA: Usage-based billing — NA wave, Mon 25 Jan 2027 (T-60)',
        '- Wave APAC, JP: Usage-based billing — APAC & Japan wave, Tue 9 Feb 2027 (T-75)',
      ].join('\n'),
    );
  });
});

describe('empty states', () => {
  it('a launch without readiness lines, decisions, feedback or waves says so in sentences', () => {
    const ws = baseWorkspace();
    ws.items.solo = {
      ...sample().items['sample-dark-mode']!,
      id: 'solo',
      title: 'Solo',
      parentId: null,
      dependsOn: [],
    };
    const { markdown } = buildBrief(ws, { kind: 'launch', itemId: 'solo', audience: 'team' }, clock);
    expect(markdown).toContain('No readiness lines yet: apply a playbook or add lines on the launch page.');
    expect(markdown).toContain(
      'No open risks: nothing blocked, overdue or awaiting sign-off, and no collisions.',
    );
    expect(markdown).toContain('No go/no-go decision recorded yet.');
    expect(markdown).toContain('No betas or rollout waves under this launch.');
    expect(markdown).toContain('No dependencies either way.');
    expect(markdown).toContain('No feedback linked to this launch or its betas.');
    expect(markdown).not.toContain('| Function');
  });

  it('a range without launches has no tables, only sentences', () => {
    const { markdown } = buildBrief(
      sample(),
      { kind: 'portfolio', from: '2030-01-01', to: '2030-02-01', filters: { ...noFilters, tier: 1 } },
      clock,
    );
    expect(markdown).toContain('No launches from Tue 1 Jan 2030 to Fri 1 Feb 2030 match these filters.');
    expect(markdown).toContain('Nothing launches in this range.');
    expect(markdown).toContain('No launches, so no readiness to show.');
    expect(markdown).toContain('No go/no-go decision is due this week.');
    expect(markdown).not.toContain('|');
  });
});

describe('portfolio brief names', () => {
  it('words the kind filter in its title, file name and header', () => {
    const range = defaultPortfolioRange(TODAY);
    const beta = buildBrief(
      sample(),
      { kind: 'portfolio', ...range, filters: { ...noFilters, region: 'EU', kind: 'beta' } },
      clock,
    );
    expect(beta.title).toMatch(/^Portfolio brief \(EU, Beta\) — /);
    expect(beta.fileName).toMatch(/^portfolio-brief-eu-beta-/);
    const launches = buildBrief(
      sample(),
      { kind: 'portfolio', ...range, filters: { ...noFilters, kind: 'launch' } },
      clock,
    );
    expect(launches.title).toMatch(/^Portfolio brief \(Launch\) — /);
    expect(launches.markdown).toContain('launches only');
    expect(launches.markdown).not.toContain('launchs');
  });
});

describe('launch order', () => {
  it('is the exports’ order: by launch day, then title in any case, then id', () => {
    const ws = add(
      baseWorkspace(),
      'items',
      item('z', { title: 'Beta rollout', launchDate: '2026-12-03', tier: 1 }),
      item('y', { title: 'alpha', launchDate: '2026-12-03', tier: 1 }),
      item('x', { title: 'Zulu', launchDate: '2026-12-02', tier: 1 }),
    );
    const brief = buildBrief(
      ws,
      { kind: 'portfolio', from: '2026-12-01', to: '2026-12-31', filters: noFilters },
      clock,
    ).markdown;
    const positions = ['Zulu', 'alpha', 'Beta rollout'].map((title) => brief.indexOf(`**${title}**`));
    expect(positions.every((at) => at >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(filteredItems(ws).map((i) => i.title)).toEqual(['Zulu', 'alpha', 'Beta rollout']);
  });
});

describe('findLaunchByIdOrTitle', () => {
  it('finds by id, then by title in any case; null when nothing matches', () => {
    const ws = sample();
    expect(findLaunchByIdOrTitle(ws, 'sample-dark-mode')?.title).toBe('Dashboard dark mode');
    expect(findLaunchByIdOrTitle(ws, '  dashboard DARK mode ')?.id).toBe('sample-dark-mode');
    expect(findLaunchByIdOrTitle(ws, 'Dashboard')).toBeNull();
    expect(findLaunchByIdOrTitle(ws, '')).toBeNull();
  });

  it('names the candidates when a title is ambiguous', () => {
    const ws = sample();
    ws.items.copy = { ...ws.items['sample-dark-mode']!, id: 'copy', launchDate: null, startDate: null };
    expect(() => findLaunchByIdOrTitle(ws, 'Dashboard dark mode')).toThrow(
      new BriefError(
        '2 launch items are called “Dashboard dark mode”: copy (no launch date), sample-dark-mode (Wed 2 Dec 2026). Give the id instead.',
      ),
    );
  });
});

describe('determinism', () => {
  /** The same records, every table filled in reverse order. */
  function reversed(ws: Workspace): Workspace {
    const copy = { ...ws };
    for (const table of Object.keys(ws) as (keyof Workspace)[]) {
      const reversedTable = emptyTable<unknown>();
      for (const [id, record] of Object.entries(ws[table]).reverse()) reversedTable[id] = record;
      (copy as Record<string, unknown>)[table] = reversedTable;
    }
    return copy;
  }

  it('gives the same bytes for the same workspace and clock, whatever the record order', () => {
    const requests: BriefRequest[] = [
      { kind: 'launch', itemId: 'sample-payment-links', audience: 'exec' },
      { kind: 'launch', itemId: 'sample-usage-billing', audience: 'team' },
      { kind: 'portfolio', ...defaultPortfolioRange(TODAY), filters: noFilters },
    ];
    for (const request of requests) {
      const first = buildBrief(sample(), request, clock).markdown;
      expect(buildBrief(sample(), request, clock).markdown).toBe(first);
      expect(buildBrief(reversed(sample()), request, clock).markdown).toBe(first);
    }
    const ctx = () => ({ now: NOW, newId: () => 'r' });
    expect(recordBrief(reversed(sample()), requests[2]!, clock, ctx())).toEqual(
      recordBrief(sample(), requests[2]!, clock, ctx()),
    );
  });

  it('reads no clock, time zone or machine locale', () => {
    const dir = join(__dirname, '../../../shared/formats/brief');
    for (const file of readdirSync(dir)) {
      const code = readFileSync(join(dir, file), 'utf8');
      expect(code, file).not.toMatch(
        /Date\.now|new Date\(|toLocale(Date|Time)?String\(\)|Intl\.|getTimezoneOffset/,
      );
      expect(code, file).not.toMatch(/localeCompare\([^,)]*\)/);
    }
  });
});
