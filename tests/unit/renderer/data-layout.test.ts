/**
 * The pages layout is part of the storage format: a record's page comes from a fixed hash
 * (FNV-1a, checked against its published values), and a page holds exactly the records of one
 * table that hash to it. Changing any of this without a migration would lose records.
 */
import { describe, expect, it } from 'vitest';
import type { Op } from '../../../shared/domain/change';
import type { Person } from '../../../shared/domain/people/schema';
import { TABLES, emptyTables } from '../../../shared/domain/workspace';
import {
  PAGE_COUNT,
  applyToPage,
  checkIds,
  opOfRecent,
  pageKey,
  pageCheck,
  pagesOf,
  recentKey,
  type Page,
} from '../../../renderer/data/layout';
import { baseWorkspace } from '../../fixtures/workspace';
import { item } from '../../fixtures/records';

const person = (id: string, name = `Person ${id}`): Person => ({
  id,
  name,
  team: '',
  role: '',
  region: null,
  email: '',
});

describe('pageKey', () => {
  it('is FNV-1a of the id, modulo the page count', () => {
    // FNV-1a (32-bit) of '' is 0x811c9dc5, of 'a' 0xe40c292c, of 'foobar' 0xbf9cf968.
    expect(PAGE_COUNT).toBe(32);
    expect(pageKey('items', '')).toBe(`items:${0x811c9dc5 % 32}`);
    expect(pageKey('items', 'a')).toBe(`items:${0xe40c292c % 32}`);
    expect(pageKey('people', 'foobar')).toBe(`people:${0xbf9cf968 % 32}`);
    expect(pageKey('items', 'sample-dark-mode')).toBe('items:10');
    expect(pageKey('readiness', '中')).toBe('readiness:24');
  });

  it('uses every page and only those', () => {
    const keys = new Set(Array.from({ length: 2000 }, (_, i) => pageKey('readiness', `r-${i}`)));
    expect([...keys].sort()).toEqual(Array.from({ length: PAGE_COUNT }, (_, n) => `readiness:${n}`).sort());
  });

  it('names recent rows by table and id', () => {
    expect(recentKey('items', 'x-1')).toBe('items/x-1');
  });
});

describe('pagesOf', () => {
  it('puts every record of every table on its own table’s page, once', () => {
    const ws = baseWorkspace();
    for (let i = 0; i < 40; i++) ws.items[`i-${i}`] = item(`i-${i}`);
    const pages = pagesOf(ws);
    const seen: string[] = [];
    for (const page of pages) {
      expect(page.key.startsWith(`${page.table}:`)).toBe(true);
      for (const record of JSON.parse(page.records) as { id: string }[]) {
        expect(pageKey(page.table, record.id)).toBe(page.key);
        seen.push(`${page.table}/${record.id}`);
      }
    }
    const expected = TABLES.flatMap((table) => Object.keys(ws[table]).map((id) => `${table}/${id}`));
    expect(seen.sort()).toEqual(expected.sort());
    expect(new Set(pages.map((p) => p.key)).size).toBe(pages.length);
  });

  it('keeps each record whole', () => {
    const ws = baseWorkspace();
    const [page] = pagesOf({ ...emptyTables(), people: { ana: ws.people.ana! } });
    expect(page).toEqual({
      key: pageKey('people', 'ana'),
      table: 'people',
      records: JSON.stringify([ws.people.ana]),
    });
    expect(pagesOf(emptyTables())).toEqual([]);
  });
});

describe('applyToPage', () => {
  const put = (p: Person): Op => ({ table: 'people', id: p.id, before: null, after: p });
  const del = (id: string): Op => ({ table: 'people', id, before: null, after: null });
  const page = (...records: Person[]): Page => ({
    key: 'people:3',
    table: 'people',
    records: JSON.stringify(records),
  });

  const checked = (p: Page): Page => ({ ...p, check: pageCheck(p.records) });

  it("starts a page that did not exist, checked: its records are the app's own", () => {
    expect(applyToPage('people:3', undefined, [put(person('a'))])).toEqual(checked(page(person('a'))));
  });

  it('keeps a checked page checked, and leaves a page without a valid check to be validated', () => {
    const ops = [put(person('b'))];
    expect(applyToPage('people:3', checked(page(person('a'))), ops)).toEqual(
      checked(page(person('a'), person('b'))),
    );
    expect(applyToPage('people:3', page(person('a')), ops)).toEqual(page(person('a'), person('b')));
    const tampered = {
      ...checked(page(person('a'))),
      records: JSON.stringify([person('a', 'Changed on disk')]),
    };
    expect(applyToPage('people:3', tampered, ops)!.check).toBeUndefined();
  });

  it('replaces, adds and removes records, keeping the others in place', () => {
    const result = applyToPage('people:3', page(person('a'), person('b'), person('c')), [
      put(person('b', 'New B')),
      del('a'),
      put(person('d')),
    ]);
    expect(result).toEqual(page(person('b', 'New B'), person('c'), person('d')));
  });

  it('is null when the page is left empty, or when deleting from a page that is not there', () => {
    expect(applyToPage('people:3', page(person('a')), [del('a')])).toBeNull();
    expect(applyToPage('people:3', undefined, [del('a')])).toBeNull();
  });

  it('lets the last op on a record win', () => {
    expect(
      applyToPage('people:3', undefined, [put(person('a', 'One')), del('a'), put(person('a', 'Two'))]),
    ).toEqual(checked(page(person('a', 'Two'))));
  });
});

describe('recent rows and ids', () => {
  it('turns a recent row back into the op that writes it', () => {
    const ana = person('ana');
    expect(
      opOfRecent({ key: 'people/ana', table: 'people', id: 'ana', record: JSON.stringify(ana) }),
    ).toEqual({
      table: 'people',
      id: 'ana',
      before: null,
      after: ana,
    });
    expect(opOfRecent({ key: 'people/ben', table: 'people', id: 'ben', record: null })).toEqual({
      table: 'people',
      id: 'ben',
      before: null,
      after: null,
    });
  });

  it('refuses a record under another id, and lets deletes and matching ids through', () => {
    const ok: Op[] = [
      { table: 'people', id: 'a', before: null, after: person('a') },
      { table: 'people', id: 'b', before: person('b'), after: null },
    ];
    expect(() => checkIds(ok)).not.toThrow();
    expect(() => checkIds([...ok, { table: 'items', id: 'x', before: null, after: item('y') }])).toThrow(
      'A items record was written under id "x" but has a different id.',
    );
  });
});
