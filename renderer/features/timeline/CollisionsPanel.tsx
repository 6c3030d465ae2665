/**
 * The collision radar beside the timeline: open collisions first, then the acknowledged ones
 * folded away. Each entry says what collides and why, shows the bar ("Show"), and can be
 * acknowledged with a note (Enter saves; undoable like any edit). An acknowledged collision
 * shows its note, who accepted it and when, and can be reopened; one whose dates changed since
 * is open again and says so.
 */
import { useState } from 'react';
import { formatDay, toDay } from '../../../shared/dates/days';
import {
  acknowledgeCollision,
  editAcknowledgementNote,
  reopenCollision,
} from '../../../shared/domain/acknowledgements/commands';
import type { Acknowledgement } from '../../../shared/domain/acknowledgements/schema';
import { COLLISION_KIND_LABELS } from '../../../shared/domain/items/collisions';
import { recordOf } from '../../../shared/domain/workspace';
import { collisionReport, type CollisionEntry } from '../../../shared/views/collisions';
import { run } from '../../state/changes';
import { useDocument } from '../../state/document';
import { useMe } from '../../state/me';
import './collisions-panel.css';

interface Props {
  /** Brings an item's bar into view and focuses it. */
  onReveal: (itemId: string) => void;
}

export function CollisionsPanel({ onReveal }: Props) {
  const workspace = useDocument((s) => s.workspace);
  const { open, acknowledged } = collisionReport(workspace);
  return (
    <aside className="tl-collisions" aria-label="Collisions">
      <h2>Collisions</h2>
      {open.length === 0 ? (
        <p className="muted">
          {acknowledged.length
            ? 'No open collisions: every one left has been acknowledged.'
            : 'No collisions: no launch in a blackout, no region over its Tier-1 capacity, no late dependency, no wave out of order.'}
        </p>
      ) : (
        <ul className="stack-list" aria-label="Open collisions">
          {open.map((entry) => (
            <CollisionItem key={entry.collision.key} entry={entry} onReveal={onReveal} />
          ))}
        </ul>
      )}
      {acknowledged.length > 0 && (
        <details className="tl-radar__acknowledged">
          <summary>Acknowledged ({acknowledged.length})</summary>
          <ul className="stack-list" aria-label="Acknowledged collisions">
            {acknowledged.map((entry) => (
              <CollisionItem key={entry.collision.key} entry={entry} onReveal={onReveal} />
            ))}
          </ul>
        </details>
      )}
    </aside>
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

function CollisionItem({ entry, onReveal }: { entry: CollisionEntry; onReveal: (itemId: string) => void }) {
  const { collision, status, acknowledgement } = entry;
  const me = useMe();
  const [editing, setEditing] = useState(false);
  const messageId = `collision-${collision.key}`;
  // Open, but acknowledged once: its dates changed since.
  const reopened = status === 'open' ? acknowledgement : null;
  const firstItem = collision.itemIds[0];
  return (
    <li className={`tl-radar__entry tl-radar__entry--${status}`} aria-describedby={messageId}>
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
          onCancel={() => setEditing(false)}
          onSave={async (note) => {
            const result = await run((ws, ctx) =>
              status === 'acknowledged'
                ? editAcknowledgementNote(ws, collision.key, note)
                : acknowledgeCollision(ws, { key: collision.key, note, by: me }, ctx),
            );
            if (result.ok) setEditing(false);
            return result.ok ? null : (result.issues[0]?.message ?? 'Not saved');
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
          <button type="button" className="button button--small" onClick={() => setEditing(true)}>
            {status === 'acknowledged' ? 'Edit note…' : 'Acknowledge…'}
          </button>
          {status === 'acknowledged' && (
            <button
              type="button"
              className="button button--small"
              onClick={() => void run((ws) => reopenCollision(ws, collision.key))}
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
