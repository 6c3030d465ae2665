/**
 * A beta's exit criteria, in their order: what must be true for the beta to end. Each has a
 * status (open, met, missed); marking one met asks for its evidence first (a link or a note —
 * nothing is met without proof), in place, with the field focused. Criteria are added at the
 * foot, moved up and down with buttons (so the keyboard reorders too) and removed with undo.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import {
  addExitCriterion,
  moveExitCriterion,
  removeExitCriterion,
  updateExitCriterion,
} from '../../../shared/domain/betas/commands';
import {
  EXIT_CRITERION_STATUSES,
  EXIT_CRITERION_STATUS_LABELS,
  type ExitCriterion,
  type ExitCriterionStatus,
} from '../../../shared/domain/betas/schema';
import { exitCriteriaOf } from '../../../shared/views/betas';
import { run } from '../../state/changes';
import { useDocument } from '../../state/document';
import { showToast } from '../../state/window';
import { AddInput } from '../../ui/AddInput';
import { Select, optionsFrom } from '../../ui/Select';

const STATUS_OPTIONS = optionsFrom(EXIT_CRITERION_STATUSES, EXIT_CRITERION_STATUS_LABELS);

export function ExitCriteria({ betaId, gateOn }: { betaId: string; gateOn: boolean }) {
  const criteria = useDocument((s) => exitCriteriaOf(s.workspace, betaId));
  const headingId = useId();
  const add = async (title: string) => {
    const result = await run((ws, ctx) => addExitCriterion(ws, betaId, { title }, ctx));
    return result.ok ? null : (result.issues[0]?.message ?? 'Not added');
  };
  return (
    <section className="beta-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="beta-section__title">
        Exit criteria
      </h2>
      {criteria.length === 0 ? (
        <p className="beta-empty">
          No exit criteria yet. Write down what must be true for this beta to end — “Checkout conversion at or
          above v1 for 30 days”, “No open critical feedback” — and mark each met with its evidence.
          {gateOn && ' Until then the beta cannot move to a later stage.'}
        </p>
      ) : (
        <ol className="beta-criteria" aria-label="Exit criteria, in order">
          {criteria.map((c, index) => (
            <CriterionRow key={c.id} criterion={c} first={index === 0} last={index === criteria.length - 1} />
          ))}
        </ol>
      )}
      <AddInput
        label="New exit criterion"
        placeholder="e.g. Crash-free sessions at 99.5 % or more for 14 days"
        submitLabel="Add criterion"
        className="beta-criteria__add"
        onAdd={add}
      />
    </section>
  );
}

function CriterionRow({
  criterion: c,
  first,
  last,
}: {
  criterion: ExitCriterion;
  first: boolean;
  last: boolean;
}) {
  // The evidence prompt is open (marking met, or editing the evidence of a met criterion).
  const [proving, setProving] = useState(false);
  const row = useRef<HTMLLIElement>(null);
  const setStatus = (value: string) => {
    const status = value as ExitCriterionStatus;
    // Met without evidence: ask for it rather than be refused.
    if (status === 'met' && c.evidence.trim() === '') {
      setProving(true);
      return;
    }
    void run((ws, ctx) => updateExitCriterion(ws, c.id, { status }, ctx));
  };
  const up = useRef<HTMLButtonElement>(null);
  const down = useRef<HTMLButtonElement>(null);
  // The row moves in the list and the focus would fall to the page: keep it on the row's
  // button, or on the other one once the row reached an end of the list.
  const move = async (direction: 'up' | 'down') => {
    const result = await run((ws, ctx) => moveExitCriterion(ws, c.id, direction, ctx));
    if (!result.ok) return;
    requestAnimationFrame(() => {
      const same = direction === 'up' ? up.current : down.current;
      (same && !same.disabled ? same : direction === 'up' ? down.current : up.current)?.focus();
    });
  };
  // Removed, the row takes the focus with it: hand it to the next criterion's Remove (the one
  // before at the foot), or to the new-criterion field once none is left.
  const remove = async () => {
    const neighbour = row.current?.nextElementSibling ?? row.current?.previousElementSibling ?? null;
    const section = row.current?.closest('section') ?? null;
    const result = await run((ws) => removeExitCriterion(ws, c.id));
    if (!result.ok) return;
    showToast({ tone: 'info', message: `${result.value.label} — Ctrl+Z undoes it` }, 4000);
    requestAnimationFrame(() => {
      const next = neighbour?.isConnected ? neighbour.querySelector<HTMLElement>('[data-remove]') : null;
      (next ?? section?.querySelector<HTMLElement>('input'))?.focus();
    });
  };
  return (
    <li ref={row} className={`beta-criterion beta-criterion--${c.status}`}>
      <div className="beta-criterion__head">
        <span className="beta-criterion__title">{c.title}</span>
        <Select
          value={c.status}
          options={STATUS_OPTIONS}
          onChange={setStatus}
          aria-label={`Status of ${c.title}`}
        />
        <span className="beta-actions">
          <button
            type="button"
            className="link-button"
            ref={up}
            aria-label={`Move ${c.title} up`}
            disabled={first}
            onClick={() => void move('up')}
          >
            ↑
          </button>
          <button
            type="button"
            className="link-button"
            ref={down}
            aria-label={`Move ${c.title} down`}
            disabled={last}
            onClick={() => void move('down')}
          >
            ↓
          </button>
          {c.evidence && (
            <button
              type="button"
              className="link-button"
              aria-label={`Edit the evidence of ${c.title}`}
              onClick={() => setProving(true)}
            >
              Evidence…
            </button>
          )}
          <button
            type="button"
            className="link-button"
            data-remove
            aria-label={`Remove ${c.title}`}
            onClick={() => void remove()}
          >
            Remove
          </button>
        </span>
      </div>
      {c.evidence && !proving && <p className="beta-criterion__evidence">Evidence: {c.evidence}</p>}
      {proving && (
        <EvidenceForm
          criterion={c}
          onDone={() => {
            setProving(false);
            // Back to the status it was asked from.
            row.current?.querySelector('select')?.focus();
          }}
        />
      )}
    </li>
  );
}

/** Asks for the proof of a criterion; saving marks it met (or keeps its status, for an edit). */
function EvidenceForm({ criterion: c, onDone }: { criterion: ExitCriterion; onDone: () => void }) {
  const [evidence, setEvidence] = useState(c.evidence);
  const [error, setError] = useState<string | null>(null);
  const field = useRef<HTMLInputElement>(null);
  const errorId = useId();
  useEffect(() => field.current?.focus(), []);
  const editing = c.status === 'met';
  const save = async (event: FormEvent) => {
    event.preventDefault();
    const result = await run((ws, ctx) =>
      updateExitCriterion(ws, c.id, editing ? { evidence } : { status: 'met', evidence }, ctx),
    );
    if (result.ok) onDone();
    else setError(result.issues[0]?.message ?? 'Not saved');
  };
  return (
    <form
      className="beta-evidence"
      aria-label={`Evidence for ${c.title}`}
      onSubmit={(e) => void save(e)}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.stopPropagation();
        onDone();
      }}
      noValidate
    >
      <label className="beta-evidence__field">
        <span className="field__label">Evidence that “{c.title}” is met</span>
        <input
          ref={field}
          className="input"
          value={evidence}
          placeholder="A link to the dashboard or report, or a note"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(e) => {
            setEvidence(e.target.value);
            setError(null);
          }}
        />
      </label>
      {error && (
        <span id={errorId} className="field__error" role="alert">
          {error}
        </span>
      )}
      <div className="beta-form__submit">
        <button type="submit" className="button button--small button--primary">
          {editing ? 'Save evidence' : 'Mark met'}
        </button>
        <button type="button" className="button button--small" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
