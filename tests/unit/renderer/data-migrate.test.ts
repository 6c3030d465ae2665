/**
 * A migration rewrites one table's records wherever they are stored: on its pages, in recent
 * rows and in journal entries not yet folded in, leaving other tables and deletions alone. It
 * also runs on databases from before the journal existed.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Change, Op } from '../../../shared/domain/change';
import type { LaunchItem } from '../../../shared/domain/items/schema';
import type { Person } from '../../../shared/domain/people/schema';
import { LATEST_VERSION, LaunchControlDb, MIGRATIONS, type Migration } from '../../../renderer/data/db';
import { compactRecent } from '../../../renderer/data/compact';
import { modifyRecords, pagesOf, readWorkspace } from '../../../renderer/data/layout';
import { DIRECT_LIMIT, persistChange } from '../../../renderer/data/persist';
import { baseWorkspace } from '../../fixtures/workspace';
import { item } from '../../fixtures/records';

const put = (table: 'items' | 'people', record: LaunchItem | Person): Op =>
  ({ table, id: record.id, before: null, after: record }) as Op;
const del = (table: 'items' | 'people', id: string): Op => ({ table, id, before: null, after: null }) as Op;
const change = (...ops: Op[]): Change => ({ label: 'test', ops });
const person = (id: string): Person => ({ id, name: id, team: '', role: '', region: null, email: '' });

/** Tags every item: throws on anything that is not an item, so a record of another table shows. */
const tagItems = (tx: Parameters<NonNullable<Migration['upgrade']>>[0]) =>
  modifyRecords(tx, 'items', (record) => {
    record.tags = [...record.tags, 'migrated'];
  });

let counter = 0;
const opened: LaunchControlDb[] = [];
const nameOf = () => `migrate-test-${++counter}-${Date.now()}`;
async function openDb(name: string, migrations: Migration[]): Promise<LaunchControlDb> {
  const db = new LaunchControlDb(name, migrations);
  await db.open();
  opened.push(db);
  return db;
}
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

describe('modifyRecords', () => {
  it('rewrites the table on pages, in recent rows and in journal entries, and nothing else', async () => {
    const name = nameOf();
    const db = await openDb(name, MIGRATIONS);
    // Pages: items and people.
    await persistChange(
      db,
      change(put('items', item('paged')), put('items', item('deleted')), put('people', person('ana'))),
    );
    await compactRecent(db);
    // Recent rows: an item, a person, an item deletion.
    await persistChange(
      db,
      change(put('items', item('recent')), put('people', person('ben')), del('items', 'deleted')),
    );
    // A journal entry not yet folded in: items, a person and a deletion.
    const many = Array.from({ length: DIRECT_LIMIT }, (_, i) => put('items', item(`j-${i}`)));
    await persistChange(db, change(...many, put('people', person('cy')), del('items', 'gone-before')));
    expect(await db.table('journal').count()).toBe(1);
    db.close();

    const next: Migration[] = [...MIGRATIONS, { version: LATEST_VERSION + 1, stores: {}, upgrade: tagItems }];
    const migrated = await readWorkspace(await openDb(name, next));
    const items = Object.values(migrated.items);
    expect(items).toHaveLength(2 + DIRECT_LIMIT);
    for (const i of items) expect(i.tags, i.id).toEqual(['migrated']);
    expect(migrated.items.deleted).toBeUndefined();
    expect(migrated.people).toEqual({ ana: person('ana'), ben: person('ben'), cy: person('cy') });
  });

  it('runs on a database from before the journal store', async () => {
    const name = nameOf();
    const beforeJournal = MIGRATIONS.filter((m) => m.version < 4);
    const db = await openDb(name, beforeJournal);
    const ws = baseWorkspace();
    ws.items.old = item('old');
    await db.table('pages').bulkPut(pagesOf(ws));
    db.close();

    // A version between 3 and 4 (Dexie allows one decimal) that rewrites items: no journal yet.
    const withUpgrade: Migration[] = [...beforeJournal, { version: 3.5, stores: {}, upgrade: tagItems }];
    const reopened = await openDb(name, withUpgrade);
    expect(reopened.tables.map((t) => t.name)).not.toContain('journal');
    const read = await reopened.table('pages').toArray();
    const stored = read.flatMap(
      (page: { records: string }) => JSON.parse(page.records) as { id: string; tags?: string[] },
    );
    expect(stored.find((r) => r.id === 'old')!.tags).toEqual(['migrated']);
  });
});
