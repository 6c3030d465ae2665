/**
 * Fields saved elsewhere while the person was editing them: each with the saved value beside
 * theirs, and a choice per field (or for all) between keeping theirs and taking the saved one.
 * It takes focus when it appears, so the choice is announced and reachable from the keyboard;
 * after a choice, focus moves to the next field still to settle.
 */
import { useEffect, useId, useRef } from 'react';
import './ConflictNotice.css';

export interface Conflict {
  /** Identifies the field in the choice events. */
  key: string;
  label: string;
  /** The person's value and the saved one, in words. */
  mine: string;
  theirs: string;
}

interface ConflictNoticeProps {
  conflicts: readonly Conflict[];
  onKeepMine: (keys: string[]) => void;
  onTakeTheirs: (keys: string[]) => void;
  /** Where the other value came from, in the heading. */
  heading?: string;
}

export function ConflictNotice({
  conflicts,
  onKeepMine,
  onTakeTheirs,
  heading = 'Changed in another window',
}: ConflictNoticeProps) {
  const id = useId();
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  // A settled field's buttons go away: keep focus in the notice, on the next field to settle.
  useEffect(() => {
    const notice = ref.current;
    if (notice && !notice.contains(document.activeElement))
      notice.querySelector<HTMLElement>('button')?.focus();
  }, [conflicts.length]);

  const all = conflicts.map((c) => c.key);
  return (
    <section ref={ref} className="conflict" aria-labelledby={`${id}-heading`} tabIndex={-1}>
      <h3 id={`${id}-heading`} className="conflict__heading">
        {heading}
      </h3>
      <p className="conflict__intro">
        {conflicts.length === 1 ? 'This field was' : 'These fields were'} saved with another value while you
        were editing. Choose which to keep: nothing is saved until you do.
      </p>
      <ul className="conflict__list">
        {conflicts.map((conflict) => (
          <li key={conflict.key}>
            <div role="group" aria-labelledby={`${id}-${conflict.key}`} className="conflict__field">
              <span id={`${id}-${conflict.key}`} className="conflict__label">
                {conflict.label}
              </span>
              <dl className="conflict__values">
                <dt>Saved elsewhere</dt>
                <dd>{conflict.theirs}</dd>
                <dt>Yours</dt>
                <dd>{conflict.mine}</dd>
              </dl>
              <div className="conflict__actions">
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => onKeepMine([conflict.key])}
                >
                  Keep mine
                </button>
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => onTakeTheirs([conflict.key])}
                >
                  Take theirs
                </button>
              </div>
            </div>
          </li>
        ))}
      </ul>
      {conflicts.length > 1 && (
        <div className="conflict__actions conflict__actions--all">
          <button type="button" className="button button--small" onClick={() => onKeepMine(all)}>
            Keep all mine
          </button>
          <button type="button" className="button button--small" onClick={() => onTakeTheirs(all)}>
            Take all theirs
          </button>
        </div>
      )}
    </section>
  );
}
