/**
 * The collision radar beside the timeline: open collisions first, then the acknowledged ones
 * folded away. Each entry says what collides and why, shows the bar ("Show"), and can be
 * acknowledged with a note (Enter saves; undoable like any edit). An acknowledged collision
 * shows its note, who accepted it and when, and can be reopened; one whose dates changed since
 * is open again and says so. Acknowledged or reopened, an entry moves to the other list: the
 * focus follows it there, or goes to the next entry when its new place is folded away.
 * Opened with the view (remembered in the address), it lists the collisions once the first
 * screen has been painted: the whole radar is not what the first bars should wait for.
 */
import { useRef, useState, type RefObject } from 'react';
import { formatDay, toDay } from '../../../shared/dates/days';
import {
  acknowledgeCollision,
  editAcknowledgementNote,
  reopenCollision,
} from '../../../shared/domain/acknowledgements/commands';
import type { Acknowledgement } from '../../../shared/domain/acknowledgements/schema';
import { COLLISION_KIND_LABELS } from '../../../shared/domain/items/collisions';
import { numberText } from '../../../shared/domain/text';
import { recordOf } from '../../../shared/domain/workspace';
import { collisionReport, type CollisionEntry } from '../../../shared/views/collisions';
import { run } from '../../state/changes';
import { useDocument } from '../../state/document';
import { REPORT_TABLES } from './CollisionsButton';
import { useMe } from '../../state/me';
import { usePainted } from './usePainted';
import './collisions-panel.css';

interface Props {
  /** Brings an item's bar into view and focuses it. */
  onReveal: (itemId: string) => void;
}

/** Where an entry's first action is, or null when it is gone or folded away (closed details). */
function actionOf(entry: Element | null | undefined): HTMLElement | null {
  if (!entry?.isConnected || entry.closest('details:not([open])')) return null;
  return entry.querySelector<HTMLElement>('[data-action]');
}

/**
 * Once entry `key` has moved to the other list, the focus goes to it in its new place, else to
 * `neighbour` (the entry beside its old place), else to the acknowledged list's summary.
 */
function focusAfterMove(panel: HTMLElement | null, key: string, neighbour: Element | null) {
  requestAnimationFrame(() => {
    if (!panel) return;
    const moved = [...panel.querySelectorAll<HTMLElement>('[data-collision-key]')].find(
      (el) => el.dataset.collisionKey === key,
    );
    (actionOf(moved) ?? actionOf(neighbour) ?? panel.querySelector<HTMLElement>('summary'))?.focus();
  });
}

export function CollisionsPanel({ onReveal }: Props) {
  const workspace = useDocument((s) => s.workspace);
  // Not while startup is still reading what the report reads (a kept first screen holds a few
  // items only: its collisions would be wrong).
  const readable = useDocument((s) => !REPORT_TABLES.some((t) => s.loading.has(t)));
  const painted = usePainted();
  const panel = useRef<HTMLElement>(null);
  if (!painted || !readable)
    return (
      <aside ref={panel} className="tl-collisions" aria-label="Collisions" aria-busy="true">
        <h2>Collisions</h2>
        <p className="muted">Finding collisions…</p>
      </aside>
    );
  const { open, acknowledged } = collisionReport(workspace);
  return (
    <aside ref={panel} className="tl-collisions" aria-label="Collisions">
      <h2>Collisions</h2>
      {open.length === 0 ? (
        <p className="muted">
          {acknowledged.length
            ? 'No open collisions: every one left has been acknowledged.'
            : 'No collisions: no launch in a blackout, no region over its Tier-1 capacity, no late dependency, no wave out of order.'}
        </p>
      ) : (
        <CollisionList label="Open collisions" entries={open} onReveal={onReveal} panel={panel} />
      )}
      {acknowledged.length > 0 && (
        <details className="tl-radar__acknowledged">
          <summary>Acknowledged ({acknowledged.length})</summary>
          <CollisionList
            label="Acknowledged collisions"
            entries={acknowledged}
            onReveal={onReveal}
            panel={panel}
          />
        </details>
      )}
    </aside>
  );
}

/**
 * Entries drawn a page at a time: at 10,000 items there are ~6,800 collisions, and drawing them
 * all (~40,000 elements) took 2–3 s after pressing "Collisions". The first are the ones to act on.
 */
const PAGE = 200;

function CollisionList({
  label,
  entries,
  onReveal,
  panel,
}: {
  label: string;
  entries: readonly CollisionEntry[];
  onReveal: (itemId: string) => void;
  panel: RefObject<HTMLElement | null>;
}) {
  const [limit, setLimit] = useState(PAGE);
  const list = useRef<HTMLUListElement>(null);
  const showMore = () => {
    const first = limit;
    setLimit((n) => n + PAGE);
    // The focus goes on to the first entry just drawn, where reading continues.
    requestAnimationFrame(() => actionOf(list.current?.children[first])?.focus());
  };
  return (
    <>
      <ul ref={list} className="stack-list" aria-label={label}>
        {entries.slice(0, limit).map((entry) => (
          <CollisionItem key={entry.collision.key} entry={entry} onReveal={onReveal} panel={panel} />
        ))}
      </ul>
      {entries.length > limit && (
        <button type="button" className="button button--small tl-radar__more" onClick={showMore}>
          Show {Math.min(PAGE, entries.length - limit)} more of {numberText(entries.length - limit)}
        </button>
      )}
    </>
  );
}

/** "by Maya Chen on Thu 26 Nov 2026": who accepted it (when known) and on which day. */
function acceptedBy(ack: Acknowledgement): string {
  const person = ack.acknowledgedBy
    ? recordOf(useDocument.getState().workspace.people, ack.acknowledgedBy)
    : undefined;
  const day = formatDay(toDay(new Date(ack.acknowledgedAt)));
  return person ? `by ${person.name} on ${day}` : `on ${day}`;
}

function CollisionItem({
  entry,
  onReveal,
  panel,
}: {
  entry: CollisionEntry;
  onReveal: (itemId: string) => void;
  panel: RefObject<HTMLElement | null>;
}) {
  const { collision, status, acknowledgement } = entry;
  const me = useMe();
  const [editing, setEditing] = useState(false);
  const item = useRef<HTMLLIElement>(null);
  const neighbour = () => item.current?.nextElementSibling ?? item.current?.previousElementSibling ?? null;
  // The note form closed with the entry where it was: back to its button.
  const closeForm = () => {
    setEditing(false);
    requestAnimationFrame(() => actionOf(item.current)?.focus());
  };
  const messageId = `collision-${collision.key}`;
  // Open, but acknowledged once: its dates changed since.
  const reopened = status === 'open' ? acknowledgement : null;
  const firstItem = collision.itemIds[0];
  return (
    <li
      ref={item}
      className={`tl-radar__entry tl-radar__entry--${status}`}
      aria-describedby={messageId}
      data-collision-key={collision.key}
    >
      <p id={messageId} className="tl-radar__message">
        <span className={`tl-collision__kind tl-collision__kind--${collision.kind}`}>
          {COLLISION_KIND_LABELS[collision.kind]}
        </span>
        {collision.message}
      </p>
      {reopened && (
        <p className="tl-radar__reopened">
          Reopened: dates changed since it was acknowledged {acceptedBy(reopened)} (“{reopened.note}”).
        </p>
      )}
      {status === 'acknowledged' && acknowledgement && (
        <p className="tl-radar__note">
          <span className="tl-radar__note-text">“{acknowledgement.note}”</span>{' '}
          <span className="muted">— acknowledged {acceptedBy(acknowledgement)}</span>
        </p>
      )}
      {editing ? (
        <NoteForm
          label={status === 'acknowledged' ? 'Note' : 'Why this collision is acceptable'}
          initial={status === 'acknowledged' ? (acknowledgement?.note ?? '') : ''}
          onCancel={closeForm}
          onSave={async (note) => {
            const beside = neighbour();
            const result = await run((ws, ctx) =>
              status === 'acknowledged'
                ? editAcknowledgementNote(ws, collision.key, note)
                : acknowledgeCollision(ws, { key: collision.key, note, by: me }, ctx),
            );
            if (!result.ok) return result.issues[0]?.message ?? 'Not saved';
            if (status === 'acknowledged') closeForm();
            else focusAfterMove(panel.current, collision.key, beside);
            return null;
          }}
        />
      ) : (
        <div className="tl-radar__actions">
          {firstItem && (
            // The message in the name: a list of "Show" buttons would not say which is which.
            <button
              type="button"
              className="button button--small"
              aria-label={`Show: ${collision.message}`}
              onClick={() => onReveal(firstItem)}
            >
              Show
            </button>
          )}
          <button type="button" className="button button--small" data-action onClick={() => setEditing(true)}>
            {status === 'acknowledged' ? 'Edit note…' : 'Acknowledge…'}
          </button>
          {status === 'acknowledged' && (
            <button
              type="button"
              className="button button--small"
              onClick={() => {
                const beside = neighbour();
                void run((ws) => reopenCollision(ws, collision.key)).then((result) => {
                  if (result.ok) focusAfterMove(panel.current, collision.key, beside);
                });
              }}
            >
              Reopen
            </button>
          )}
        </div>
      )}
    </li>
  );
}

/** A one-line note: Enter saves, Escape cancels; what was wrong stays on screen until fixed. */
function NoteForm({
  label,
  initial,
  onSave,
  onCancel,
}: {
  label: string;
  initial: string;
  /** Resolves to an error message, or null once saved. */
  onSave: (note: string) => Promise<string | null>;
  onCancel: () => void;
}) {
  const [note, setNote] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="tl-radar__form"
      onSubmit={(event) => {
        event.preventDefault();
        void onSave(note).then(setError);
      }}
    >
      <label className="field">
        <span className="field__label">{label}</span>
        <input
          className="input"
          autoFocus
          value={note}
          maxLength={500}
          aria-invalid={error ? true : undefined}
          onChange={(e) => setNote(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.stopPropagation();
              onCancel();
            }
          }}
        />
      </label>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <div className="tl-radar__actions">
        <button type="submit" className="button button--small button--primary">
          Save
        </button>
        <button type="button" className="button button--small" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
