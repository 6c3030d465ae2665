/**
 * An item's Activity: every saved change that touched it (its own edits, its readiness lines,
 * decisions, milestones, feedback), newest first, with who made it and what changed — from the
 * history kept beside the workspace (data/activity.ts). Another window's change lands in that
 * history before it is broadcast, so re-reading when the workspace changes shows it too.
 */
import { useEffect, useId, useState } from 'react';
import type { ActivityEntry } from '../../../shared/domain/activity';
import { formatDay, toDay } from '../../../shared/dates/days';
import { useDocument } from '../../state/document';
import { getServices } from '../../state/services';
import './activity.css';

const PAGE = 100;
/** Tables whose records belong to a launch item (activity.ts files them under it). */
const ITEM_PARTS = ['readiness', 'decisions', 'milestones', 'feedback'] as const;
/** Changes arrive in bursts (a held arrow key, another window's edits): read once they settle. */
const SETTLE_MS = 250;

type Loaded =
  { state: 'loading' } | { state: 'failed'; message: string } | { state: 'ready'; entries: ActivityEntry[] };

export function ActivitySection({ itemId }: { itemId: string }) {
  const [limit, setLimit] = useState(PAGE);
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const headingId = useId();

  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const read = () =>
      getServices()
        .activity.forItem(itemId, limit + 1)
        .then(
          (entries) => live && setLoaded({ state: 'ready', entries }),
          (error: unknown) =>
            live &&
            setLoaded({ state: 'failed', message: error instanceof Error ? error.message : String(error) }),
        );
    void read();
    const unsubscribe = useDocument.subscribe(({ workspace: now }, { workspace: before }) => {
      // Only what an item's activity can mention: the item itself, or a table of its parts.
      const touched =
        now.items[itemId] !== before.items[itemId] ||
        ITEM_PARTS.some((table) => now[table] !== before[table]);
      if (!touched) return;
      clearTimeout(timer);
      timer = setTimeout(() => void read(), SETTLE_MS);
    });
    return () => {
      live = false;
      clearTimeout(timer);
      unsubscribe();
    };
  }, [itemId, limit]);

  return (
    <section className="activity" aria-labelledby={headingId}>
      <h2 id={headingId} className="activity__title">
        Activity
      </h2>
      {loaded.state === 'loading' ? (
        <p className="muted" role="status">
          Reading the history…
        </p>
      ) : loaded.state === 'failed' ? (
        <p className="form-error" role="alert">
          The history could not be read: {loaded.message}. The item itself is unaffected.
        </p>
      ) : loaded.entries.length === 0 ? (
        <p className="muted">
          No changes recorded yet. Every change saved to this item from now on — its fields, readiness lines,
          decisions — is listed here with who made it and when.
        </p>
      ) : (
        <>
          <ol className="activity__list">
            {loaded.entries.slice(0, limit).map((entry) => (
              <ActivityLine key={entry.seq} entry={entry} itemId={itemId} />
            ))}
          </ol>
          {loaded.entries.length > limit && (
            <button type="button" className="button button--small" onClick={() => setLimit((l) => l + PAGE)}>
              Show older changes
            </button>
          )}
        </>
      )}
    </section>
  );
}

function whenLabel(at: string): string {
  const date = new Date(at);
  const time = date.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  const day = toDay(date);
  return day === toDay(new Date()) ? `Today ${time}` : `${formatDay(day)}, ${time}`;
}

function ActivityLine({ entry, itemId }: { entry: ActivityEntry; itemId: string }) {
  const notes = entry.notes.filter((n) => n.itemId === itemId);
  return (
    <li className="activity__entry">
      <p className="activity__head">
        <strong>{entry.label}</strong>
        <span className="muted">
          {' · '}
          <time dateTime={entry.at}>{whenLabel(entry.at)}</time>
          {entry.by ? ` · by ${entry.by}` : ''}
          {entry.wide ? ' · changed many items at once' : ''}
        </span>
      </p>
      {notes.length > 0 && (
        <ul className="activity__notes">
          {notes.map((note, index) => (
            <li key={index}>{note.text}</li>
          ))}
        </ul>
      )}
    </li>
  );
}
