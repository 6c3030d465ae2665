/**
 * The brief screen, over the launch page or view it was opened from: choices on the left
 * (BriefControls), the brief on the right as a live preview of its syntax tree (BriefPreview),
 * and what to do with it — copy the Markdown, save a .md file, save a PDF, print. Back (the
 * link, Escape or Alt+Left) returns to where it was opened from.
 *
 * A brief that leaves the app is recorded (brief-actions.ts), which numbers the next one. The
 * screen keeps showing the brief it just recorded — Brief #1, not the #2 that would come next —
 * for as long as nothing but brief records changed, so copying and then saving it hands out the
 * same brief and records it once. Any other change (an edit here or in another window, undo)
 * shows the brief as it would now be written.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Change } from '../../../shared/domain/change';
import type { Workspace } from '../../../shared/domain/workspace';
import { APP_COMMANDS } from '../../../shared/ipc/app-commands';
import { useDocument } from '../../state/document';
import { useToday } from '../../state/useToday';
import {
  closeBrief,
  openEditor,
  provideBriefPdf,
  updateBrief,
  useWindow,
  type BriefScreenState,
} from '../../state/window';
import { EmptyState } from '../../ui/EmptyState';
import { ACTION_LABELS, carryOut, type BriefAction, type ShownBrief } from './brief-actions';
import { briefFor, rangeOf, sameBesidesBriefs } from './brief-request';
import { BriefControls } from './BriefControls';
import { BriefPreview } from './BriefPreview';
import '../../ui/Field.css';
import './briefs.css';

/** The brief handed out last, while it is still the one on screen. */
interface Pinned {
  shown: ShownBrief;
  /** The choices it was made with (another choice shows another brief). */
  state: BriefScreenState;
  /** The workspace it was built from. */
  base: Workspace;
  /** Its brief record, once recorded. */
  recordId: string | null;
}

/** What happened to the last action, said for the choices it was taken with. */
type Status = { tone: 'info' | 'error'; message: string; state: BriefScreenState } | null;

const ACTIONS: BriefAction[] = ['copy', 'save', 'pdf', 'print'];

const recordIdOf = (change: Change | null) =>
  change?.ops.find((op) => op.table === 'briefs' && op.after !== null)?.id ?? null;

export function BriefScreen() {
  const state = useWindow((s) => s.brief);
  useBackKeys(state !== null);
  // The page's title takes the focus as the screen opens, so reading starts at its top.
  useEffect(() => {
    const focused = document.activeElement;
    if (!focused || focused === document.body || !focused.isConnected)
      document.getElementById('brief-screen-title')?.focus({ preventScroll: true });
  }, []);
  if (!state) return null;
  return (
    <section className="brief-screen" aria-labelledby="brief-screen-title">
      <BackLink />
      <h1 id="brief-screen-title" className="brief-screen__title" tabIndex={-1}>
        Readiness brief
      </h1>
      <BriefBody state={state} />
    </section>
  );
}

function BriefBody({ state }: { state: BriefScreenState }) {
  const workspace = useDocument((s) => s.workspace);
  const today = useToday();
  const [pinned, setPinned] = useState<Pinned | null>(null);
  const [said, setStatus] = useState<Status>(null);
  // A new choice is a new brief: what was said about the last one no longer applies.
  const status = said?.state === state ? said : null;
  const [busy, setBusy] = useState<BriefAction | null>(null);
  // "Data as of" is the moment this version of the workspace was briefed.
  const outcome = useMemo(
    () => briefFor(workspace, state, { today, now: new Date().toISOString() }),
    [workspace, state, today],
  );
  const showsPinned = pinned !== null && pinned.state === state && sameBesidesBriefs(pinned.base, workspace);
  const shown: ShownBrief | null = showsPinned ? pinned.shown : outcome.status === 'built' ? outcome : null;
  const recorded = showsPinned && pinned.recordId !== null && workspace.briefs[pinned.recordId] !== undefined;
  const noItems = Object.keys(workspace.items).length === 0;

  const act = async (action: BriefAction) => {
    if (!shown || busy) return;
    const pin: Pinned = {
      shown,
      state,
      base: showsPinned ? pinned.base : workspace,
      recordId: recorded ? pinned!.recordId : null,
    };
    // Pinned before it is recorded: the screen keeps showing this brief as the record lands.
    setPinned(pin);
    setBusy(action);
    setStatus(null);
    try {
      const result = await carryOut(action, shown, recorded);
      if (result.status === 'cancelled') return;
      if (result.status === 'failed') return setStatus({ tone: 'error', message: result.message, state });
      if (result.status === 'moved') {
        // Its number was taken: show the brief as it now is (the next number), not the one held.
        setPinned(null);
        return setStatus({ tone: 'error', message: result.message, state });
      }
      const recordId = recordIdOf(result.recorded);
      if (recordId) setPinned((p) => (p?.shown === shown ? { ...p, recordId } : p));
      const next = recordId
        ? ` Recorded: the next brief of this ${state.kind === 'launch' ? 'launch' : 'portfolio'} will be Brief #${shown.brief.number + 1} (Ctrl+Z takes the record back).`
        : '';
      setStatus({ tone: 'info', message: result.message + next, state });
    } finally {
      setBusy(null);
    }
  };

  // "This View as PDF…" (Mod+P, the menu) on this screen is its Save as PDF, with the brief of
  // the latest render (set again after each).
  useEffect(() => provideBriefPdf(() => void act('pdf')));

  return (
    <div className="brief-screen__body">
      <BriefControls state={state} range={rangeOf(state, today)} noItems={noItems} />
      <div className="brief-screen__output">
        <div className="brief-screen__bar">
          <p className="brief-screen__meta">
            {shown ? (
              <>
                <strong>Brief #{shown.brief.number}</strong>
                <span className="muted brief-screen__file" title={shown.brief.fileName}>
                  · {shown.brief.fileName}
                </span>
                {recorded && <span className="brief-screen__recorded">Recorded</span>}
              </>
            ) : (
              <span className="muted">No brief yet</span>
            )}
          </p>
          <div className="toolbar brief-screen__actions" role="group" aria-label="Brief actions">
            {ACTIONS.map((action) => (
              <button
                key={action}
                type="button"
                className={action === 'copy' ? 'button button--primary' : 'button'}
                disabled={!shown || busy !== null}
                aria-busy={busy === action || undefined}
                onClick={() => void act(action)}
              >
                {ACTION_LABELS[action]}
              </button>
            ))}
          </div>
        </div>
        <p
          className={`brief-screen__status ${status?.tone === 'error' ? 'brief-screen__status--error' : ''}`}
          role="status"
        >
          {status?.message}
        </p>
        <section className="brief-screen__preview" aria-labelledby="brief-preview-title">
          <h2 id="brief-preview-title" className="visually-hidden">
            Preview
          </h2>
          {shown ? (
            <BriefPreview tree={shown.brief.tree} labelledBy="brief-preview-title" />
          ) : state.kind === 'launch' && noItems ? (
            <EmptyState
              title="There are no launches yet"
              action={{
                label: 'New launch item',
                primary: true,
                onClick: () => {
                  closeBrief();
                  openEditor({ mode: 'create' });
                },
              }}
            >
              A launch brief is about one launch item. Add one, then come back to brief it.
            </EmptyState>
          ) : outcome.status === 'choose-launch' ? (
            <p className="brief-screen__message">Choose the launch item to brief.</p>
          ) : outcome.status === 'failed' ? (
            <div className="brief-screen__message brief-screen__message--error" role="alert">
              <p>{outcome.message}</p>
              {state.kind === 'launch' && (
                <button type="button" className="button" onClick={() => updateBrief({ itemId: null })}>
                  Choose another launch
                </button>
              )}
            </div>
          ) : null}
        </section>
      </div>
    </div>
  );
}

/** "← Board" or "← <launch title>": back to where the screen was opened from. */
function BackLink() {
  const view = useWindow((s) => s.view);
  const pageItem = useWindow((s) => s.page?.itemId);
  const pageTitle = useDocument((s) => (pageItem ? s.workspace.items[pageItem]?.title : undefined));
  const viewLabel = APP_COMMANDS.find((c) => c.id === `view:${view}`)?.label ?? 'Back';
  return (
    <button
      type="button"
      className="brief-screen__back link-button"
      aria-keyshortcuts="Escape Alt+ArrowLeft"
      title="Back (Escape)"
      onClick={closeBrief}
    >
      ← {pageItem ? (pageTitle ?? 'Launch item') : viewLabel}
    </button>
  );
}

/** Escape and Alt+Left go back — unless a dialog or a list in the screen takes the key first. */
function useBackKeys(active: boolean) {
  useEffect(() => {
    if (!active) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const altLeft =
        event.key === 'ArrowLeft' && event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey;
      if (event.key !== 'Escape' && !altLeft) return;
      if (event.defaultPrevented || document.querySelector('dialog[open]')) return;
      // Alt+Left in a text field moves the caret.
      if (altLeft && event.target instanceof HTMLInputElement && event.target.type !== 'radio') return;
      event.preventDefault();
      closeBrief();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [active]);
}
