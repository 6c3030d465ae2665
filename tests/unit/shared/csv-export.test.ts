import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  LAUNCH_ITEM_COLUMNS,
  READINESS_COLUMNS,
  launchItemsCsv,
  readinessCsv,
} from '../../../shared/formats/csv';
import { itemFilter } from '../../../shared/formats/filters';
import { add, decision, item, readiness } from '../../fixtures/records';
import { baseWorkspace, sample, TODAY } from '../../fixtures/workspace';

type Row = Record<string, string>;

function parse(text: string): { fields: string[]; rows: Row[] } {
  const result = Papa.parse<Row>(text, { header: true, skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return { fields: result.meta.fields ?? [], rows: result.data };
}

/** A workspace whose records each field of the CSV can be checked against. */
function workspace() {
  const ws = baseWorkspace();
  add(
    ws,
    'items',
    item('launch', {
      title: 'Payments, "v2"\nwith newline',
      kind: 'launch',
      tier: 1,
      stageId: 'beta',
      ownerId: 'ana',
      approverIds: ['ana', 'ben'],
      startDate: '2026-12-01',
      launchDate: '2026-12-10',
      endDate: '2026-12-20',
      regions: ['EU', 'XX'],
      dependsOn: ['dep'],
      tags: ['payments', 'q4'],
      links: [
        { label: 'Spec', url: 'https://example.com/spec' },
        { label: '', url: 'https://example.com/raw' },
      ],
      summary: 'Line one\r\nline two',
      productArea: 'Payments',
      healthOverride: { health: 'on-track', reason: 'Legal waived it' },
    }),
    item('dep', { title: '=HYPERLINK("http://evil")', launchDate: '2026-11-01', regions: ['NA'] }),
    item('wave', {
      title: '+wave',
      kind: 'rollout',
      parentId: 'launch',
      launchDate: '2027-01-15',
      regions: ['NA'],
      archived: true,
    }),
    item('undated', { title: '@undated', ownerId: 'gone' }),
  );
  add(
    ws,
    'readiness',
    readiness('r-legal', 'launch', {
      functionId: 'legal',
      title: '-Terms reviewed',
      ownerId: 'ben',
      due: { type: 'offset', days: -14 },
      status: 'done',
      evidence: 'https://example.com/terms',
      requiredSignOff: true,
    }),
    readiness('r-docs-b', 'launch', { functionId: 'docs', title: 'Docs B', rank: 'a2' }),
    readiness('r-docs-a', 'launch', {
      functionId: 'docs',
      title: 'Docs A',
      rank: 'a1',
      due: { type: 'date', date: '2026-12-03' },
      status: 'blocked',
    }),
    readiness('r-undated', 'undated', {
      functionId: 'docs',
      due: { type: 'offset', days: 3 },
      status: 'not-needed',
    }),
  );
  return ws;
}

describe('launch items CSV', () => {
  it('writes RFC 4180 text: a header row, CRLF line ends, quotes only where needed', () => {
    const text = launchItemsCsv(workspace(), {}, { today: TODAY });
    expect(text.split('\r\n')[0]).toBe(LAUNCH_ITEM_COLUMNS.join(','));
    expect(text).toContain('"Payments, ""v2""\nwith newline"');
    // Outside quoted cells, every line break is CRLF: a header and one line per item, each ended.
    const outside = text.replace(/"(?:[^"]|"")*"/g, '""');
    expect(outside).not.toMatch(/[^\r]\n/);
    expect(outside.split('\r\n')).toHaveLength(1 + 4 + 1);
    expect(outside.endsWith('\r\n')).toBe(true);
  });

  it('has every field, in words and names, with days as YYYY-MM-DD', () => {
    const { fields, rows } = parse(launchItemsCsv(workspace(), {}, { today: TODAY }));
    expect(fields).toEqual(LAUNCH_ITEM_COLUMNS);
    const launch = rows.find((r) => r.ID === 'launch')!;
    expect(launch).toEqual({
      ID: 'launch',
      Title: 'Payments, "v2"\nwith newline',
      Kind: 'Launch',
      Tier: '1',
      Stage: 'Beta',
      Owner: 'Ana',
      Approvers: 'Ana; Ben',
      'Start date': '2026-12-01',
      'Launch date': '2026-12-10',
      'End date': '2026-12-20',
      Regions: 'European Union; XX',
      Parent: '',
      'Depends on': `'=HYPERLINK("http://evil")`,
      'Health (computed)': expect.any(String),
      'Health reasons': expect.any(String),
      'Health override': 'On track',
      'Health override reason': 'Legal waived it',
      Tags: 'payments; q4',
      Links: 'Spec <https://example.com/spec>; https://example.com/raw',
      Summary: 'Line one\r\nline two',
      'Product area': 'Payments',
      Archived: 'No',
      Created: '2026-11-01T08:00:00.000Z',
      Updated: '2026-11-01T08:00:00.000Z',
    });
    const wave = rows.find((r) => r.ID === 'wave')!;
    expect(wave).toMatchObject({ Kind: 'Rollout', Parent: launch.Title, Archived: 'Yes' });
    // A person who no longer exists shows the stored id, not a blank.
    expect(rows.find((r) => r.ID === 'undated')!.Owner).toBe('gone');
  });

  it('computes health as of the given day (the launch rows read model), or leaves it empty without one', () => {
    const ws = workspace();
    add(
      ws,
      'decisions',
      decision('no', 'dep', { outcome: 'no-go', decidedOn: '2026-10-20', reevaluateOn: '2026-12-01' }),
    );
    const dep = parse(launchItemsCsv(ws, {}, { today: TODAY })).rows.find((r) => r.ID === 'dep')!;
    expect(dep['Health (computed)']).toBe('Off track');
    expect(dep['Health reasons']).toMatch(/No-go recorded/);
    const undated = parse(launchItemsCsv(ws)).rows.find((r) => r.ID === 'dep')!;
    expect(undated['Health (computed)']).toBe('');
    expect(undated['Health reasons']).toBe('');
  });

  it('puts an apostrophe before cells a spreadsheet would run as a formula, and the rest round-trips', () => {
    const { rows } = parse(launchItemsCsv(workspace(), {}, { today: TODAY }));
    const titles = Object.fromEntries(rows.map((r) => [r.ID, r.Title]));
    expect(titles).toEqual({
      launch: 'Payments, "v2"\nwith newline',
      dep: `'=HYPERLINK("http://evil")`,
      wave: "'+wave",
      undated: "'@undated",
    });
    const tab = baseWorkspace();
    add(
      tab,
      'items',
      item('t', { title: '\tcmd' }),
      item('c', { title: '\r=cmd' }),
      // papaparse's own pattern (`.*$`) misses a formula that goes on to a second line.
      item('m', { title: '-2+3\nsecond line' }),
    );
    const tricky = parse(launchItemsCsv(tab)).rows.map((r) => r.Title);
    expect(tricky.sort()).toEqual(["'\r=cmd", "'\tcmd", "'-2+3\nsecond line"].sort());
  });

  it('lists items in a stable order: launch day (undated last), then title, then id', () => {
    const ws = workspace();
    const ids = parse(launchItemsCsv(ws)).rows.map((r) => r.ID);
    expect(ids).toEqual(['dep', 'launch', 'wave', 'undated']);
    // Records stored in another order export the same bytes.
    const reversed = baseWorkspace();
    add(reversed, 'items', ...Object.values(ws.items).reverse());
    add(reversed, 'readiness', ...Object.values(ws.readiness).reverse());
    expect(launchItemsCsv(reversed)).toBe(launchItemsCsv(ws));
    expect(readinessCsv(reversed)).toBe(readinessCsv(ws));
  });

  it('filters by launch (with everything beneath it), region and overlapping days', () => {
    const ws = workspace();
    const ids = (filters: Parameters<typeof launchItemsCsv>[1]) =>
      parse(launchItemsCsv(ws, filters)).rows.map((r) => r.ID);
    expect(ids({ itemIds: ['launch'] })).toEqual(['launch', 'wave']);
    expect(ids({ itemIds: [] })).toEqual([]);
    expect(ids({ region: 'NA' })).toEqual(['dep', 'wave']);
    expect(ids({ from: '2026-12-15', to: '2026-12-31' })).toEqual(['launch']);
    expect(ids({ from: '2027-01-15' })).toEqual(['wave']);
    expect(ids({ to: '2026-11-01' })).toEqual(['dep']);
    expect(ids({ from: '2026-11-02', to: '2026-11-30' })).toEqual([]);
    expect(ids({ itemIds: ['launch'], region: 'EU', from: null, to: null })).toEqual(['launch']);
    expect(itemFilter(ws, { from: '1970-01-01' })(ws.items.undated!)).toBe(false);
    expect(itemFilter(ws, {})(ws.items.undated!)).toBe(true);
  });

  it('survives a parent loop from an older record when filtering by launch', () => {
    const ws = baseWorkspace();
    add(ws, 'items', item('a', { parentId: 'b' }), item('b', { parentId: 'a' }));
    expect(parse(launchItemsCsv(ws, { itemIds: ['x'] })).rows).toEqual([]);
    expect(parse(launchItemsCsv(ws, { itemIds: ['a'] })).rows.map((r) => r.ID)).toEqual(['a', 'b']);
  });

  it('writes the header alone when nothing matches', () => {
    expect(launchItemsCsv(baseWorkspace())).toBe(`${LAUNCH_ITEM_COLUMNS.join(',')}\r\n`);
    expect(readinessCsv(baseWorkspace())).toBe(`${READINESS_COLUMNS.join(',')}\r\n`);
  });
});

describe('readiness CSV', () => {
  it('has every field, with dues as T-offsets and as days', () => {
    const { fields, rows } = parse(readinessCsv(workspace()));
    expect(fields).toEqual(READINESS_COLUMNS);
    expect(rows.find((r) => r.ID === 'r-legal')).toEqual({
      ID: 'r-legal',
      'Launch item ID': 'launch',
      'Launch item': 'Payments, "v2"\nwith newline',
      'Launch date': '2026-12-10',
      Function: 'Legal & Compliance',
      Title: "'-Terms reviewed",
      Owner: 'Ben',
      'Due type': 'Relative to launch',
      'Due (T-offset)': 'T-14',
      'Due date': '2026-11-26',
      Status: 'Done',
      Evidence: 'https://example.com/terms',
      'Sign-off required': 'Yes',
      Updated: '2026-11-01T08:00:00.000Z',
    });
    expect(rows.find((r) => r.ID === 'r-docs-a')).toMatchObject({
      'Due type': 'Fixed date',
      'Due (T-offset)': 'T-7',
      'Due date': '2026-12-03',
      Status: 'Blocked',
      'Sign-off required': 'No',
    });
    expect(rows.find((r) => r.ID === 'r-docs-b')).toMatchObject({
      'Due type': '',
      'Due (T-offset)': '',
      'Due date': '',
    });
    // Relative to a launch day that is not set: the offset, but no day.
    expect(rows.find((r) => r.ID === 'r-undated')).toMatchObject({
      'Due (T-offset)': 'T+3',
      'Due date': '',
      Status: 'Not needed',
    });
  });

  it('orders lines by launch, then the settings’ function order, then checklist order', () => {
    expect(parse(readinessCsv(workspace())).rows.map((r) => r.ID)).toEqual([
      'r-docs-a',
      'r-docs-b',
      'r-legal',
      'r-undated',
    ]);
  });

  it('works out each T-offset day from its own launch day', () => {
    const ws = baseWorkspace();
    add(
      ws,
      'items',
      item('a', { launchDate: '2026-12-10' }),
      item('b', { launchDate: '2027-03-01' }),
      item('c', { launchDate: '2026-12-10' }),
    );
    const due = (days: number) => ({ type: 'offset' as const, days });
    add(
      ws,
      'readiness',
      readiness('a1', 'a', { due: due(-14) }),
      readiness('a2', 'a', { due: due(-1), rank: 'a1' }),
      readiness('b1', 'b', { due: due(-14) }),
      readiness('c1', 'c', { due: due(-1) }),
    );
    const days = Object.fromEntries(parse(readinessCsv(ws)).rows.map((r) => [r.ID, r['Due date']]));
    expect(days).toEqual({ a1: '2026-11-26', a2: '2026-12-09', b1: '2027-02-15', c1: '2026-12-09' });
  });

  it('puts lines of a function no longer in the settings after the others', () => {
    const ws = workspace();
    add(ws, 'readiness', readiness('r-gone', 'launch', { functionId: 'aaa-removed' }));
    const ids = parse(readinessCsv(ws)).rows.map((r) => [r.ID, r.Function]);
    expect(ids.slice(0, 4)).toEqual([
      ['r-docs-a', 'Documentation'],
      ['r-docs-b', 'Documentation'],
      ['r-legal', 'Legal & Compliance'],
      ['r-gone', 'aaa-removed'],
    ]);
  });

  it('applies the filters to each line’s launch item', () => {
    const ws = workspace();
    expect(parse(readinessCsv(ws, { region: 'EU' })).rows.map((r) => r.ID)).toEqual([
      'r-docs-a',
      'r-docs-b',
      'r-legal',
    ]);
    expect(parse(readinessCsv(ws, { itemIds: ['undated'] })).rows.map((r) => r.ID)).toEqual(['r-undated']);
    expect(parse(readinessCsv(ws, { from: '2027-01-01' })).rows).toEqual([]);
  });

  it('exports the sample workspace with a row per readiness item', () => {
    const ws = sample();
    expect(parse(readinessCsv(ws)).rows).toHaveLength(Object.keys(ws.readiness).length);
    expect(parse(launchItemsCsv(ws, {}, { today: TODAY })).rows).toHaveLength(Object.keys(ws.items).length);
  });
});
