/**
 * The timeline's first screen (shared/views/first-screen.ts) kept in localStorage, one per
 * grouping, so that a window opened on the timeline draws it before the database is read.
 * localStorage because it is read synchronously, before the app's first render: the page's
 * first IndexedDB request alone waits 100–170 ms for the origin's database to open.
 *
 * It is a copy, never the record of anything: the database stays the only store, and the
 * whole read replaces what was drawn from it. Whether a copy still shows what is stored is
 * kept by a stamp beside it:
 * - every write of records sets a new stamp first (`writeUnderNewStamp`), so a copy built before it
 *   is never drawn again, even if the window closes before the write lands;
 * - a window knows the stamp of the stored state its store holds: the stamp when it started
 *   reading, then that of each change it saved or heard of (its broadcast carries it);
 * - a window keeps a copy only when that stamp is still the last one set and none of its own
 *   writes is under way. A window that cannot tell (a failed save, a change heard without a
 *   stamp) keeps none until its next change.
 * A copy is kept as `<database version> <check> <JSON>`. Its records are the app's own,
 * validated when they were read, so like a page with a matching check (layout.ts) it is read
 * without validating them again (that took 15–40 ms, on the first screen's path): a copy whose
 * text no longer matches its check, of another database version (another shape of records), of
 * another format or another stamp is not drawn.
 */
import { FIRST_SCREEN_FORMAT, type TimelineFirstScreen } from '../../shared/views/first-screen';
import type { TimelineGrouping } from '../../shared/views/timeline-rows';
import { LATEST_VERSION } from './db';
import { pageCheck } from './layout';

const STAMP_KEY = 'launch-control:stored-stamp';
const screenKey = (grouping: TimelineGrouping) => `launch-control:first-screen:${grouping}`;

/** The stamp of the stored state this window's store holds; null: not known. */
let held: string | null = null;
/** This window's writes not landed yet. */
let writing = 0;

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // storage turned off for the page: nothing is kept
  }
}

function read(key: string): string | null {
  try {
    return storage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Sets a value; false when it could not be kept (storage full or off). */
function write(key: string, value: string): boolean {
  const store = storage();
  if (!store) return false;
  try {
    store.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

const newStamp = () => crypto.randomUUID();

/** The stamp of the last write of records, of any window. */
export function storedStamp(): string | null {
  return read(STAMP_KEY);
}

/**
 * Before the workspace is read: what is read holds at least the state of the current stamp
 * (a write sets its stamp before it starts), and a change landing meanwhile is heard with its
 * own. With no stamp yet, one is set, so a copy kept from before it is never drawn.
 */
export function startHolding(): void {
  let stamp = storedStamp();
  if (stamp === null) {
    stamp = newStamp();
    if (!write(STAMP_KEY, stamp)) stamp = null;
  }
  held = stamp;
}

/**
 * Runs `write`, a write of records by this window, under a new stamp set before it starts, so
 * that every copy kept so far is stale even if the window closes before it lands. Returns the
 * stamp (for the change's broadcast) and the write.
 */
export function writeUnderNewStamp<T>(write: () => Promise<T>): { stamp: string; done: Promise<T> } {
  const stamp = markWriting();
  const done = write();
  // A failed write: the store no longer says which stored state it holds.
  done.then(
    () => settled(true),
    () => settled(false),
  );
  return { stamp, done };
}

function markWriting(): string {
  const stamp = newStamp();
  writing += 1;
  // Not kept (storage full or off): no copy can be trusted from here on.
  held = write(STAMP_KEY, stamp) ? stamp : null;
  if (held === null) forgetStamp();
  return stamp;
}

/** Without a stamp no copy is drawn: removing one frees space, so it works on a full disk too. */
function forgetStamp(): void {
  try {
    storage()?.removeItem(STAMP_KEY);
  } catch {
    // Storage turned off: nothing was kept either.
  }
}

/** Whether a write of this window's has not landed yet. */
export function isWriting(): boolean {
  return writing > 0;
}

function settled(saved: boolean): void {
  writing = Math.max(0, writing - 1);
  if (!saved) held = null;
}

/** Another window's change was applied here: its stamp, if it sent one. */
export function heardChange(stamp: string | undefined): void {
  held = stamp ?? null;
}

/** The stamp a copy built now would carry, or null when none may be kept now. */
export function stampToKeep(): string | null {
  return writing === 0 && held !== null && held === storedStamp() ? held : null;
}

/** The JSON of a kept copy whose envelope is this version's and whose text matches its check. */
function keptJson(text: string | null): string | null {
  if (text === null) return null;
  const [version, check] = text.split(' ', 2);
  if (version !== String(LATEST_VERSION) || check === undefined) return null;
  const json = text.slice(version.length + check.length + 2);
  return pageCheck(json) === check ? json : null;
}

/** The kept first screen of `grouping`, if it still shows what is stored. */
export function readFirstScreen(grouping: TimelineGrouping): TimelineFirstScreen | null {
  const stamp = storedStamp();
  const json = stamp === null ? null : keptJson(read(screenKey(grouping)));
  if (json === null) return null;
  try {
    const screen = JSON.parse(json) as TimelineFirstScreen;
    return screen.format === FIRST_SCREEN_FORMAT && screen.stamp === stamp && screen.grouping === grouping
      ? screen
      : null;
  } catch {
    return null;
  }
}

/** Whether the kept first screen of `grouping` was built under `stamp` (read without parsing it). */
export function keptUnder(grouping: TimelineGrouping, stamp: string): boolean {
  const json = keptJson(read(screenKey(grouping)));
  return (
    json !== null && json.startsWith(`{"format":${FIRST_SCREEN_FORMAT},"stamp":${JSON.stringify(stamp)},`)
  );
}

/** Keeps `screen`; false when storage would not take it (full or off), which loses nothing. */
export function keepFirstScreen(screen: TimelineFirstScreen): boolean {
  const json = JSON.stringify(screen);
  return write(screenKey(screen.grouping), `${LATEST_VERSION} ${pageCheck(json)} ${json}`);
}

/** For tests: forget what this window holds. */
export function resetHeld(): void {
  held = null;
  writing = 0;
}
