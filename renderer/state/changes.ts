/**
 * The one path for every change (docs/ARCHITECTURE.md, "The one change path"):
 *   command → Change → store (at once) → Dexie (one transaction) → other windows.
 * A failed write puts the store back and says why. Undo and redo are Changes too.
 */
import {
  applyChange,
  canRevert,
  invert,
  revertibleInverse,
  squash,
  type Change,
} from '../../shared/domain/change';
import { toDay } from '../../shared/dates/days';
import type { CommandContext } from '../../shared/domain/context';
import { CommandError, ValidationError, type FieldIssue } from '../../shared/domain/errors';
import type { Workspace } from '../../shared/domain/workspace';
import { isConnectionLost, isSpaceError } from '../data/storage-errors';
import { HISTORY_LIMIT, useDocument, type DocumentState } from './document';
import { receiveRemoteChange } from './reconcile';
import { cannotSave, setStorageStatus } from './storage';
import { showToast } from './window';

export interface SessionDeps {
  persist: (change: Change) => Promise<void>;
  broadcast: (change: Change) => void;
}

let deps: SessionDeps | null = null;

export function connectSession(next: SessionDeps | null): void {
  deps = next;
}

export function commandContext(): CommandContext {
  const now = new Date();
  // today is the person's local day (a decision dated "today" near midnight is theirs, not UTC's).
  return { now: now.toISOString(), today: toDay(now), newId: () => crypto.randomUUID() };
}

function describeFailure(error: unknown): string {
  if (isSpaceError(error)) return 'the disk is full';
  if (isConnectionLost(error)) return 'the connection to the workspace database was lost';
  return error instanceof Error ? error.message : String(error);
}

/** Tells the window it cannot save for now (read-only until the storage watch reconnects). */
function noteStorageFailure(error: unknown): void {
  if (isSpaceError(error)) setStorageStatus('full');
  else if (isConnectionLost(error)) setStorageStatus('lost');
}

/** What a change made while the workspace is still being read is refused with. */
export const STILL_OPENING = 'Still opening your workspace — try again in a moment.';

/**
 * Refuses a change up front while nothing can be saved, saying why; true when refused. That
 * includes the moment at startup when the first screen is drawn and the rest of the workspace
 * is still being read (`loading`): a change worked out against part of it could be wrong
 * (a readiness line's sign-off the gate never saw), and its undo would be too.
 */
function refusedWhileReadOnly(): boolean {
  if (useDocument.getState().loading.size > 0) {
    showToast({ tone: 'error', message: STILL_OPENING });
    return true;
  }
  const reason = cannotSave();
  if (reason) showToast({ tone: 'error', message: reason });
  return reason !== null;
}

interface Saving {
  change: Change;
  started: number;
  done: Promise<void>;
}

/**
 * Starts writing a change. Callers start it just before updating the store: the database then
 * works while React renders the update, instead of waiting for the render to finish.
 */
function startSave(change: Change): Saving {
  const started = performance.now();
  const done = deps ? deps.persist(change) : Promise.reject(new Error('No storage is connected'));
  return { change, started, done };
}

type HistoryUpdate = (
  state: DocumentState,
) => Pick<DocumentState, 'past'> | Pick<DocumentState, 'past' | 'future'>;

/**
 * Waits for a save. On failure the change is taken back out of the store, record by record —
 * except records changed again since (by another window, or a later edit here), which taking
 * it out would overwrite: the person is told to reload to see what is saved. `history` puts
 * the undo stacks back.
 */
async function settle(saving: Saving, history: HistoryUpdate, what: string): Promise<boolean> {
  try {
    await saving.done;
    // User Timing entry read by the benchmark (npm run bench): time for one change to be saved.
    performance.measure('lc:save', { start: saving.started, end: performance.now() });
    deps?.broadcast(saving.change);
    return true;
  } catch (error) {
    noteStorageFailure(error);
    let complete = true;
    useDocument.setState((s) => {
      const revert = revertibleInverse(s.workspace, saving.change);
      complete = revert.complete;
      return { ...history(s), workspace: applyChange(s.workspace, revert.inverse) };
    });
    const outcome = complete
      ? 'Nothing was changed.'
      : 'Some of its records were changed again before the save failed, so this window may not show what is saved: reload it to see the saved workspace.';
    showToast({ tone: 'error', message: `Could not save “${what}”: ${describeFailure(error)}. ${outcome}` });
    return false;
  }
}

/*
 * Where a change comes from decides what happens to it, by its entry point: this window's own
 * changes come through commit() (saved, broadcast, and put on this window's undo history);
 * another window's — and later a team-sync peer's — through applyRemoteChange(), which
 * applies them to the workspace only, so Ctrl+Z never undoes someone else's work.
 */
export interface CommitOptions {
  undoable?: boolean;
  /**
   * Changes committed in a burst with the same key (a held arrow key on one bar, say) become
   * one undo step: each is still saved at once, so the last one survives a window closing.
   */
  squashKey?: string;
}

/** A burst ends when the next change with its key comes later than this. */
export const SQUASH_WINDOW_MS = 1500;

let burst: { key: string; at: number; entry: Change } | null = null;

/** Applies a change now and saves it; on failure the store is rolled back. */
export async function commit(change: Change, options: CommitOptions = {}): Promise<boolean> {
  if (change.ops.length === 0) return true;
  if (refusedWhileReadOnly()) return false;
  const undoable = options.undoable ?? true;
  const saving = startSave(change);
  const now = performance.now();
  let entry = change;
  let replaced: Change | null = null;
  useDocument.setState((s) => {
    const last = s.past[s.past.length - 1];
    const joins =
      undoable &&
      options.squashKey !== undefined &&
      burst?.key === options.squashKey &&
      now - burst.at < SQUASH_WINDOW_MS &&
      last === burst.entry &&
      s.future.length === 0 &&
      // Its records are still as the burst left them: merging over another window's edit would
      // let one undo overwrite that edit.
      canRevert(s.workspace, last);
    if (joins) {
      replaced = last!;
      entry = squash(last!, change);
    }
    const past = joins ? [...s.past.slice(0, -1), entry] : [...s.past, entry];
    return {
      workspace: applyChange(s.workspace, change),
      past: undoable ? past.slice(-HISTORY_LIMIT) : s.past,
      future: undoable ? [] : s.future,
    };
  });
  burst = undoable && options.squashKey ? { key: options.squashKey, at: now, entry } : null;
  return settle(
    saving,
    // On failure the history goes back to what it was: the burst without this change.
    (s) => ({
      past: replaced ? s.past.map((c) => (c === entry ? replaced! : c)) : s.past.filter((c) => c !== entry),
    }),
    change.label,
  );
}

export type RunResult<T> = { ok: true; value: T } | { ok: false; issues: FieldIssue[] };

/**
 * Runs a pure command against the current workspace and commits its Change. Validation
 * problems come back for the form to show; other refusals are shown as a message.
 */
export async function run<T extends Change | { change: Change }>(
  command: (ws: Workspace, ctx: CommandContext) => T,
  options: CommitOptions = {},
): Promise<RunResult<T>> {
  // Not even worked out against a workspace still being read (see refusedWhileReadOnly).
  if (useDocument.getState().loading.size > 0) {
    showToast({ tone: 'error', message: STILL_OPENING });
    return { ok: false, issues: [{ path: '', message: STILL_OPENING }] };
  }
  let result: T;
  try {
    result = command(useDocument.getState().workspace, commandContext());
  } catch (error) {
    if (error instanceof ValidationError) return { ok: false, issues: error.issues };
    // A refusal, or a fault in the data (an unreadable rank from an imported file, say):
    // either way nothing changed, and the person is told why.
    const message =
      error instanceof CommandError
        ? error.message
        : `That could not be done: ${error instanceof Error ? error.message : String(error)}.`;
    showToast({ tone: 'error', message });
    return { ok: false, issues: [{ path: '', message }] };
  }
  const change: Change = 'change' in result ? result.change : result;
  const saved = await commit(change, options);
  return saved ? { ok: true, value: result } : { ok: false, issues: [{ path: '', message: 'Not saved' }] };
}

export function undo(): void {
  burst = null;
  const { past, workspace } = useDocument.getState();
  const change = past[past.length - 1];
  if (!change || refusedWhileReadOnly()) return;
  if (!canRevert(workspace, change)) {
    useDocument.setState((s) => ({ past: s.past.slice(0, -1) }));
    showToast({
      tone: 'error',
      message: `Cannot undo “${change.label}”: it has been changed since, in this or another window.`,
    });
    return;
  }
  const inverse = invert(change);
  // Saved under its own name, so the item's activity says it was undone.
  const saving = startSave({ ...inverse, label: `Undo ${change.label}` });
  useDocument.setState((s) => ({
    workspace: applyChange(s.workspace, inverse),
    past: s.past.slice(0, -1),
    future: [...s.future, change],
  }));
  // Said only once the undo is on disk: closing the window after the message loses nothing.
  void settle(
    saving,
    (s) => ({ past: [...s.past, change], future: s.future.filter((c) => c !== change) }),
    `Undo ${change.label}`,
  ).then((saved) => saved && showToast({ tone: 'info', message: `Undid “${change.label}”` }, 3000));
}

export function redo(): void {
  burst = null;
  const { future, workspace } = useDocument.getState();
  const change = future[future.length - 1];
  if (!change || refusedWhileReadOnly()) return;
  if (!canRevert(workspace, invert(change))) {
    useDocument.setState((s) => ({ future: s.future.slice(0, -1) }));
    showToast({ tone: 'error', message: `Cannot redo “${change.label}”: it has been changed since.` });
    return;
  }
  const saving = startSave({ ...change, label: `Redo ${change.label}` });
  useDocument.setState((s) => ({
    workspace: applyChange(s.workspace, change),
    future: s.future.slice(0, -1),
    past: [...s.past, change],
  }));
  void settle(
    saving,
    (s) => ({ past: s.past.filter((c) => c !== change), future: [...s.future, change] }),
    `Redo ${change.label}`,
  ).then((saved) => saved && showToast({ tone: 'info', message: `Redid “${change.label}”` }, 3000));
}

/**
 * A change saved elsewhere (another window, later a peer): applied here, outside the undo
 * history, against the records as this window has them. A record this window changed at the
 * same moment is re-read from storage instead, so every window ends up showing what is stored
 * (reconcile.ts).
 */
export function applyRemoteChange(change: Change): void {
  // Something changed underneath: the next local press starts a new undo step.
  burst = null;
  receiveRemoteChange(change);
}
