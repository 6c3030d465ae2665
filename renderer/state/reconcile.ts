/**
 * Keeps this window's workspace equal to what is stored when other windows change it too
 * (docs/ARCHITECTURE.md, "The one change path": convergence).
 *
 * A change from another window is applied op by op against the record as this window has it:
 *  - the record is as the op's `before`: the op's `after` is applied;
 *  - it is already as the op's `after`: nothing to do;
 *  - anything else is a conflict (both windows changed the record at the same moment, and only
 *    the last write is stored): the record is re-read from the database and shown as stored.
 * A record this window wrote itself is re-read even when `before` matches: its own write may
 * have landed after the other window's (an undo putting back the very value the other window
 * started from), and then storage holds this window's version, not the op's `after`.
 *
 * A re-read takes a moment; meanwhile the person may change the record here, or another
 * window's change may arrive. A result is applied only to records still holding the very
 * object they held when the read was issued; the others are read again.
 *
 * As a last guard, the whole workspace is compared with storage when the window comes back
 * into view (it may have slept through messages) and shortly after a conflict.
 */
import { applyChange, type Change, type Op } from '../../shared/domain/change';
import { deepEqual } from '../../shared/domain/equal';
import { TABLES, isInitialised, type TableName, type Workspace } from '../../shared/domain/workspace';
import type { RecordRef, StoredRecord } from '../data/reread';
import { useDocument } from './document';
import { showToast } from './window';

export interface ReconcileDeps {
  /** The stored version of each record, keyed `${table}/${id}` (data/reread.ts). */
  reread: (refs: RecordRef[]) => Promise<Map<string, StoredRecord>>;
  /** The whole workspace as stored now. */
  readAll: () => Promise<Workspace>;
}

let deps: ReconcileDeps | null = null;

/** A full check this long after a conflict catches anything the re-reads could not settle. */
export const CHECK_AFTER_CONFLICT_MS = 1000;

const keyOf = (table: TableName, id: string): string => `${table}/${id}`;

function recordIn(ws: Workspace, table: TableName, id: string): StoredRecord {
  return ((ws[table] as Record<string, StoredRecord>)[id] ?? null) as StoredRecord;
}

/**
 * The last record this window itself wrote, per record (null for a delete), with the label of
 * the change that wrote it. Compared by identity: the store holds the very object the change
 * carried, until something else replaces it.
 */
const ownWrites = new Map<string, { value: StoredRecord; label: string }>();
const OWN_WRITES_KEPT = 2000;

/** Records every change this window saves (startup calls it from the persist function). */
export function noteOwnChange(change: Change): void {
  for (const op of change.ops) {
    const key = keyOf(op.table, op.id);
    ownWrites.delete(key);
    ownWrites.set(key, { value: op.after, label: change.label });
  }
  // Only the latest writes can be racing another window: forget the oldest.
  for (const key of ownWrites.keys()) {
    if (ownWrites.size <= OWN_WRITES_KEPT) break;
    ownWrites.delete(key);
  }
}

function ownWrite(key: string, current: StoredRecord): { label: string } | null {
  const own = ownWrites.get(key);
  return own && own.value === current ? own : null;
}

/** A re-read asked for and not yet applied. */
interface Wanted {
  ref: RecordRef;
  /** The read whose result may be applied; an older read's result is ignored. */
  read: number;
  /** The record in memory when that read was issued (identity). */
  seen: StoredRecord;
  /** A change of this window's may have lost to another window's: say so if it did. */
  ownLabel: string | null;
}

const wanted = new Map<string, Wanted>();
let reads = 0;
let inFlight = 0;
const idleWaiters: (() => void)[] = [];
let checkTimer: ReturnType<typeof setTimeout> | null = null;
let checking: Promise<number> | null = null;

export function connectReconcile(next: ReconcileDeps | null): void {
  deps = next;
  if (!next) {
    wanted.clear();
    ownWrites.clear();
    if (checkTimer) clearTimeout(checkTimer);
    checkTimer = null;
  }
}

/** Sets records to the given values in one store update (a Change, not on any history). */
function setRecords(ops: Op[]): void {
  if (ops.length === 0) return;
  for (const op of ops) ownWrites.delete(keyOf(op.table, op.id));
  useDocument.setState((s) => {
    const workspace = applyChange(s.workspace, { label: 'Saved in another window', ops });
    // Another window may have set the workspace up while this one showed the first run.
    const phase = s.phase === 'first-run' && isInitialised(workspace) ? 'ready' : s.phase;
    return { workspace, phase };
  });
}

const opOf = (ref: RecordRef, before: StoredRecord, after: StoredRecord): Op =>
  ({ table: ref.table, id: ref.id, before, after }) as Op;

/**
 * Applies a change saved by another window (state/changes.ts applyRemoteChange), re-reading
 * the records it cannot apply with certainty.
 */
export function receiveRemoteChange(change: Change): void {
  const ws = useDocument.getState().workspace;
  const apply = new Map<string, Op>();
  const conflicts: RecordRef[] = [];
  const verify: RecordRef[] = [];
  for (const op of change.ops) {
    const key = keyOf(op.table, op.id);
    const ref = { table: op.table, id: op.id };
    // A read of this record is under way and may predate this write: read it again.
    if (wanted.has(key)) {
      verify.push(ref);
      continue;
    }
    const current = apply.has(key) ? apply.get(key)!.after : recordIn(ws, op.table, op.id);
    if (deepEqual(current, op.after)) continue;
    if (deepEqual(current, op.before)) {
      apply.set(key, opOf(ref, recordIn(ws, op.table, op.id), op.after));
      if (ownWrite(key, current)) verify.push(ref);
    } else conflicts.push(ref);
  }
  // With no storage to ask (nothing connected yet), the other window's saved version is the
  // best there is.
  if (!deps)
    for (const ref of conflicts.splice(0)) {
      const op = [...change.ops].reverse().find((o) => o.table === ref.table && o.id === ref.id)!;
      apply.set(keyOf(ref.table, ref.id), opOf(ref, recordIn(ws, ref.table, ref.id), op.after));
    }
  setRecords([...apply.values()]);
  if (conflicts.length) {
    requestReread(conflicts);
    scheduleCheck(CHECK_AFTER_CONFLICT_MS);
  }
  requestReread(verify);
}

/**
 * Records another window was writing when it closed, without saying whether the write landed
 * (data/sync.ts): shown as stored.
 */
export function readAgain(refs: RecordRef[]): void {
  requestReread(refs);
}

function requestReread(refs: RecordRef[]): void {
  if (refs.length === 0) return;
  if (!deps) return;
  const read = ++reads;
  const ws = useDocument.getState().workspace;
  for (const ref of refs) {
    const key = keyOf(ref.table, ref.id);
    const seen = recordIn(ws, ref.table, ref.id);
    const earlier = wanted.get(key);
    wanted.set(key, {
      ref,
      read,
      seen,
      ownLabel: ownWrite(key, seen)?.label ?? earlier?.ownLabel ?? null,
    });
  }
  inFlight += 1;
  deps
    .reread(refs)
    .then(
      (stored) => settleReread(read, refs, stored),
      (error) => {
        // The window keeps what it shows; the next full check compares it with storage.
        for (const ref of refs)
          if (wanted.get(keyOf(ref.table, ref.id))?.read === read) wanted.delete(keyOf(ref.table, ref.id));
        console.warn('Could not re-read records from storage', error);
      },
    )
    .finally(() => {
      inFlight -= 1;
      if (inFlight === 0 && !checking) for (const resolve of idleWaiters.splice(0)) resolve();
    });
}

function settleReread(read: number, refs: RecordRef[], stored: Map<string, StoredRecord>): void {
  const ws = useDocument.getState().workspace;
  const ops: Op[] = [];
  const again: RecordRef[] = [];
  const lost: { name: string; deleted: boolean }[] = [];
  for (const ref of refs) {
    const key = keyOf(ref.table, ref.id);
    const want = wanted.get(key);
    // A later read of this record is under way: its result is the one to apply.
    if (!want || want.read !== read) continue;
    const current = recordIn(ws, ref.table, ref.id);
    if (current !== want.seen) {
      // Changed here while the read was under way: what was read may be older than that change.
      again.push(ref);
      continue;
    }
    wanted.delete(key);
    const value = stored.get(key) ?? null;
    if (deepEqual(current, value)) continue;
    ops.push(opOf(ref, current, value));
    if (want.ownLabel !== null)
      lost.push({ name: nameOf(current, value, want.ownLabel), deleted: value === null });
  }
  setRecords(ops);
  tellLost(lost);
  requestReread(again);
}

function nameOf(mine: StoredRecord, stored: StoredRecord, label: string): string {
  for (const record of [stored, mine]) {
    const named = record as { title?: unknown; name?: unknown } | null;
    if (typeof named?.title === 'string') return named.title;
    if (typeof named?.name === 'string') return named.name;
  }
  return label;
}

/** A change of this window's lost the race: the person sees it undone, and is told why. */
function tellLost(lost: { name: string; deleted: boolean }[]): void {
  if (lost.length === 0) return;
  const names = [...new Set(lost.map((l) => `“${l.name}”`))];
  const subject =
    names.length === 1
      ? names[0]!
      : names.length === 2
        ? `${names[0]} and ${names[1]}`
        : `${names[0]} and ${names.length - 1} more records`;
  const verb = names.length === 1 ? 'was' : 'were';
  const what = lost.every((l) => l.deleted) ? 'deleted' : 'changed';
  showToast({
    tone: 'info',
    message: `${subject} ${verb} ${what} in another window at the same moment; showing the saved version`,
  });
}

/** Runs a full check after `delayMs`, once however many times it is asked for meanwhile. */
export function scheduleCheck(delayMs: number): void {
  if (checkTimer || !deps) return;
  checkTimer = setTimeout(() => {
    checkTimer = null;
    void checkConvergence();
  }, delayMs);
}

/**
 * Compares the whole workspace with storage and shows the stored version of every record that
 * differs, with the same guard as a re-read. Resolves with how many records it corrected.
 */
export function checkConvergence(): Promise<number> {
  if (!deps) return Promise.resolve(0);
  if (checking) return checking;
  const read = deps.readAll;
  const seenWs = useDocument.getState().workspace;
  checking = read()
    .then(async (stored) => reconcileWith(await differing(seenWs, stored)))
    .catch((error: unknown) => {
      console.warn('Could not compare the workspace with storage', error);
      return 0;
    })
    .finally(() => {
      checking = null;
      if (inFlight === 0) for (const resolve of idleWaiters.splice(0)) resolve();
    });
  return checking;
}

/** Compares in slices of this long, yielding between them, so a large workspace never blocks input. */
const SLICE_MS = 8;

interface Difference {
  ref: RecordRef;
  seen: StoredRecord;
  value: StoredRecord;
}

/**
 * The records whose stored version differs from the one in `seenWs`. Comparing 60,000 records
 * takes a few hundred milliseconds: it runs in slices, and what changes here meanwhile is
 * caught by the identity guard when the differences are applied.
 */
async function differing(seenWs: Workspace, stored: Workspace): Promise<Difference[]> {
  const found: Difference[] = [];
  let sliceStart = performance.now();
  for (const table of TABLES) {
    const seenTable = seenWs[table] as Record<string, StoredRecord>;
    const storedTable = stored[table] as Record<string, StoredRecord>;
    const ids = new Set([...Object.keys(seenTable), ...Object.keys(storedTable)]);
    for (const id of ids) {
      const seen = seenTable[id] ?? null;
      const value = storedTable[id] ?? null;
      if (!deepEqual(seen, value)) found.push({ ref: { table, id }, seen, value });
      if (performance.now() - sliceStart > SLICE_MS) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        sliceStart = performance.now();
      }
    }
  }
  return found;
}

function reconcileWith(differences: Difference[]): number {
  const ws = useDocument.getState().workspace;
  const ops: Op[] = [];
  const again: RecordRef[] = [];
  const lost: { name: string; deleted: boolean }[] = [];
  for (const { ref, seen, value } of differences) {
    const key = keyOf(ref.table, ref.id);
    // A re-read of it is under way and will settle it.
    if (wanted.has(key)) continue;
    const current = recordIn(ws, ref.table, ref.id);
    if (current !== seen) {
      // Changed here since the read was issued: what was read may be older than that change.
      again.push(ref);
      continue;
    }
    ops.push(opOf(ref, current, value));
    const own = ownWrite(key, current);
    if (own) lost.push({ name: nameOf(current, value, own.label), deleted: value === null });
  }
  setRecords(ops);
  tellLost(lost);
  requestReread(again);
  return ops.length + again.length;
}

/** Resolves once no re-read or check is under way (tests, and a quiet moment for the check). */
export function whenReconciled(): Promise<void> {
  if (inFlight === 0 && !checking) return Promise.resolve();
  return new Promise((resolve) => idleWaiters.push(resolve));
}

/** True while records are waiting for a re-read. */
export function rereadPending(): boolean {
  return wanted.size > 0;
}

/**
 * Checks the workspace against storage whenever the window comes back into view or gets the
 * focus: a hidden or frozen window may have missed messages. Returns the disconnect.
 */
export function checkOnReturn(target: Window, minIntervalMs = 5000): () => void {
  // Connected right after startup read the whole workspace: the first focus needs no check.
  let last = performance.now();
  const onReturn = () => {
    if (target.document.visibilityState !== 'visible') return;
    const now = performance.now();
    if (now - last < minIntervalMs) return;
    last = now;
    void checkConvergence();
  };
  target.addEventListener('focus', onReturn);
  target.document.addEventListener('visibilitychange', onReturn);
  return () => {
    target.removeEventListener('focus', onReturn);
    target.document.removeEventListener('visibilitychange', onReturn);
  };
}
