/**
 * Convergence with other windows (renderer/state/reconcile.ts): a change from another window
 * whose `before` no longer matches is re-read from storage, a re-read result never overwrites
 * a record changed meanwhile, and a change of this window's that lost the race is reported.
 * Storage is a real database (fake-indexeddb); "another window" writes through its own
 * connection, as a second window of the app does.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyChange, type Change } from '../../../shared/domain/change';
import { deleteItem, updateItem } from '../../../shared/domain/items/commands';
import { emptyTables } from '../../../shared/domain/workspace';
import { replaceWorkspace } from '../../../shared/formats/workspace-json';
import { LaunchControlDb } from '../../../renderer/data/db';
import { readWorkspace } from '../../../renderer/data/layout';
import { persistChange } from '../../../renderer/data/persist';
import { rereadRecords, type RecordRef } from '../../../renderer/data/reread';
import { applyRemoteChange, connectSession, run, undo } from '../../../renderer/state/changes';
import { initialDocument, useDocument } from '../../../renderer/state/document';
import {
  checkConvergence,
  checkOnReturn,
  connectReconcile,
  noteOwnChange,
  whenReconciled,
} from '../../../renderer/state/reconcile';
import { initialWindow, useWindow } from '../../../renderer/state/window';
import { sample } from '../../fixtures/workspace';

const ID = 'sample-dark-mode';
const THEIR_CTX = { now: '2026-11-26T13:00:00.000Z', newId: () => 'theirs' };

let counter = 0;
let db: LaunchControlDb;
/** Another window's connection to the same database. */
let other: LaunchControlDb;
let reads: RecordRef[][];
/** Lets a test hold a re-read's result back (the read itself runs at once). */
let holdReads = false;
let held: (() => void)[];

beforeEach(async () => {
  const name = `converge-${++counter}`;
  db = new LaunchControlDb(name);
  await db.open();
  await persistChange(db, replaceWorkspace(emptyTables(), sample()));
  other = new LaunchControlDb(name);
  await other.open();
  reads = [];
  held = [];
  holdReads = false;
  useDocument.setState({ ...initialDocument, workspace: await readWorkspace(db), phase: 'ready' }, true);
  useWindow.setState(initialWindow, true);
  connectSession({
    persist: (change) => {
      noteOwnChange(change);
      return persistChange(db, change);
    },
    broadcast: () => {},
  });
  connectReconcile({
    reread: (refs) => {
      reads.push(refs);
      const result = rereadRecords(db, refs);
      if (!holdReads) return result;
      return result.then((stored) => new Promise((resolve) => held.push(() => resolve(stored))));
    },
    readAll: () => readWorkspace(db),
  });
});

afterEach(() => {
  connectSession(null);
  connectReconcile(null);
  db.close();
  other.close();
});

const item = () => useDocument.getState().workspace.items[ID];
const title = () => item()?.title;
const rename = (to: string) => run((ws, ctx) => updateItem(ws, ID, { title: to }, ctx));
const toasts = () => useWindow.getState().toasts.map((t) => t.message);
const stored = async () => (await readWorkspace(db)).items[ID];

/** Another window's rename, made against the workspace as it was at `base`, saved by that window. */
async function theirRename(base = sample(), to = 'Theirs'): Promise<Change> {
  const change = updateItem(base, ID, { title: to }, THEIR_CTX);
  await persistChange(other, change);
  return change;
}

describe('a change from another window', () => {
  it('applies at once when its before matches this window, with no read', async () => {
    const theirs = await theirRename(useDocument.getState().workspace);
    applyRemoteChange(theirs);
    expect(title()).toBe('Theirs');
    await whenReconciled();
    expect(reads).toHaveLength(0);
  });

  it('whose before no longer matches re-reads the record: the later write is shown, and the lost change is said', async () => {
    const base = useDocument.getState().workspace;
    await rename('Mine'); // saved first …
    const theirs = await theirRename(base); // … then theirs, from the same starting point
    applyRemoteChange(theirs);
    expect(reads).toEqual([[{ table: 'items', id: ID }]]);
    await whenReconciled();
    expect(title()).toBe('Theirs');
    expect(item()).toEqual(await stored());
    expect(toasts()).toContain(
      '“Theirs” was changed in another window at the same moment; showing the saved version',
    );
  });

  it('keeps this window’s version, without a word, when its write landed last', async () => {
    const base = useDocument.getState().workspace;
    const theirs = await theirRename(base);
    await rename('Mine');
    applyRemoteChange(theirs);
    await whenReconciled();
    expect(reads).toHaveLength(1);
    expect(title()).toBe('Mine');
    expect((await stored())!.title).toBe('Mine');
    expect(toasts()).toEqual([]);
  });

  it('names a record deleted elsewhere while it was edited here, and applies the rest of the delete', async () => {
    const base = useDocument.getState().workspace;
    const children = Object.values(base.readiness).filter((r) => r.itemId === ID);
    expect(children.length).toBeGreaterThan(0);
    await rename('Mine');
    const theirs = deleteItem(base, ID, THEIR_CTX);
    await persistChange(other, theirs);
    applyRemoteChange(theirs);
    // Its readiness items were as the delete expected: gone at once, no read needed for them.
    for (const r of children) expect(useDocument.getState().workspace.readiness[r.id]).toBeUndefined();
    expect(reads).toEqual([[{ table: 'items', id: ID }]]);
    await whenReconciled();
    expect(item()).toBeUndefined();
    expect(toasts()).toContain(
      '“Mine” was deleted in another window at the same moment; showing the saved version',
    );
  });

  it('whose before matches a record this window wrote is checked: an undo that landed later wins', async () => {
    const base = useDocument.getState().workspace;
    await rename('Mine');
    // The other window renames from the starting point; this window's undo lands after it,
    // putting back exactly the value the other change started from.
    const theirs = await theirRename(base);
    undo();
    expect(title()).toBe('Dashboard dark mode');
    applyRemoteChange(theirs);
    expect(title()).toBe('Theirs'); // applied at once, as its before matched …
    await whenReconciled();
    expect((await stored())!.title).toBe('Dashboard dark mode');
    expect(title()).toBe('Dashboard dark mode'); // … and corrected by the check
    expect(toasts().filter((m) => m.includes('another window'))).toEqual([]);
  });
});

describe('the identity guard', () => {
  it('never applies a re-read over a record changed here while the read was under way', async () => {
    const base = useDocument.getState().workspace;
    await rename('Mine');
    const theirs = await theirRename(base);
    holdReads = true;
    applyRemoteChange(theirs);
    // The read runs now and sees "Theirs"; before its result arrives, the person edits again.
    await stored();
    holdReads = false;
    await rename('Mine again');
    held.splice(0).forEach((release) => release());
    await whenReconciled();
    // "Theirs" was not applied over the newer edit: the record was read again, and is as stored.
    expect(reads).toHaveLength(2);
    expect(title()).toBe('Mine again');
    expect((await stored())!.title).toBe('Mine again');
    expect(toasts().filter((m) => m.includes('another window'))).toEqual([]);
  });

  it('reads a record again when another change to it arrives while it is being read', async () => {
    const base = useDocument.getState().workspace;
    await rename('Mine');
    const first = await theirRename(base, 'Theirs');
    holdReads = true;
    applyRemoteChange(first);
    await stored();
    const second = updateItem(applyChange(base, first), ID, { title: 'Theirs, later' }, THEIR_CTX);
    await persistChange(other, second);
    holdReads = false;
    applyRemoteChange(second);
    held.splice(0).forEach((release) => release());
    await whenReconciled();
    expect(reads).toHaveLength(2);
    expect(title()).toBe('Theirs, later');
  });
});

describe('the full check', () => {
  it('shows what is stored for every record that differs (a message this window missed)', async () => {
    await theirRename(useDocument.getState().workspace, 'Changed unseen');
    expect(title()).toBe('Dashboard dark mode');
    expect(await checkConvergence()).toBe(1);
    expect(title()).toBe('Changed unseen');
    expect(useDocument.getState().workspace).toEqual(await readWorkspace(db));
    expect(await checkConvergence()).toBe(0);
  });

  it('re-reads a record changed here during the check instead of overwriting it', async () => {
    await theirRename(useDocument.getState().workspace, 'Changed unseen');
    const check = checkConvergence();
    await rename('Mine'); // saved after the check's read was issued
    await check;
    await whenReconciled();
    expect(title()).toBe('Mine');
    expect(useDocument.getState().workspace).toEqual(await readWorkspace(db));
  });

  it('runs when the window comes back into view', async () => {
    const document = Object.assign(new EventTarget(), { visibilityState: 'visible' });
    const target = Object.assign(new EventTarget(), { document }) as unknown as Window;
    const disconnect = checkOnReturn(target, 50);
    await theirRename(useDocument.getState().workspace, 'Changed unseen');
    // Not straight after connecting (startup has just read everything)…
    document.dispatchEvent(new Event('visibilitychange'));
    await whenReconciled();
    expect(title()).not.toBe('Changed unseen');
    // …but on the next return.
    await new Promise((resolve) => setTimeout(resolve, 60));
    document.dispatchEvent(new Event('visibilitychange'));
    await whenReconciled();
    expect(title()).toBe('Changed unseen');
    disconnect();
  });
});
