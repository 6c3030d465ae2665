/**
 * The launch page's milestones: the dated markers of one launch item, by date with their
 * T-offset from its launch day. Add one (title and day), rename it or change its day in place
 * (Enter or leaving the field saves, Escape reverts), delete it (a toast offers Undo). The same
 * milestones show as diamonds on the timeline, where they can be dragged.
 */
import { useId, useState } from 'react';
import { formatDay, tMinusLabel } from '../../../shared/dates/days';
import {
  createMilestone,
  deleteMilestone,
  updateMilestone,
} from '../../../shared/domain/milestones/commands';
import type { Milestone } from '../../../shared/domain/milestones/schema';
import { recordOf } from '../../../shared/domain/workspace';
import { milestonesByItem, NONE } from '../../../shared/views/indexes';
import { run, undo } from '../../state/changes';
import { useDocument } from '../../state/document';
import { showToast } from '../../state/window';
import { InlineInput } from '../../ui/InlineInput';
import './milestones.css';

const byDate = (a: Milestone, b: Milestone) =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : a.title.localeCompare(b.title);

/** A refused save says why in a toast, since an inline field has no room for a message. */
function refused(issues: { message: string }[]): false {
  if (issues[0]) showToast({ tone: 'error', message: issues[0].message });
  return false;
}

export function MilestonesSection({ itemId }: { itemId: string }) {
  const headingId = useId();
  const list = useDocument((s) => milestonesByItem(s.workspace).get(itemId) ?? NONE);
  const launchDate = useDocument((s) => recordOf(s.workspace.items, itemId)?.launchDate ?? null);
  const sorted = [...list].sort(byDate);
  return (
    <section className="milestones" aria-labelledby={headingId}>
      <h3 id={headingId} className="milestones__title">
        Milestones
      </h3>
      {sorted.length === 0 ? (
        <p className="muted">
          No milestones yet. Add the days that matter on the way to launch — a code freeze, a press day — and
          they show on the timeline too.
        </p>
      ) : (
        <ul className="milestones__list" aria-label="Milestones by date">
          {sorted.map((m) => (
            <MilestoneLine key={m.id} milestone={m} launchDate={launchDate} />
          ))}
        </ul>
      )}
      <AddMilestone itemId={itemId} defaultDay={launchDate ?? ''} />
    </section>
  );
}

function MilestoneLine({ milestone: m, launchDate }: { milestone: Milestone; launchDate: string | null }) {
  const saveTitle = async (title: string) => {
    const result = await run((ws) => updateMilestone(ws, m.id, { title }));
    return result.ok || refused(result.issues);
  };
  const remove = async () => {
    const result = await run((ws) => deleteMilestone(ws, m.id));
    if (result.ok)
      showToast({ tone: 'info', message: result.value.label, action: { label: 'Undo', run: undo } }, 8000);
  };
  return (
    <li className="milestones__line">
      <InlineInput
        className="milestones__name"
        label={`Title of milestone ${m.title}`}
        value={m.title}
        onCommit={saveTitle}
      />
      <MilestoneDay milestone={m} />
      <span
        className="milestones__offset muted"
        title={launchDate ? `Launch day ${formatDay(launchDate)}` : ''}
      >
        {launchDate ? tMinusLabel(launchDate, m.date) : 'no launch day'}
      </span>
      <button
        type="button"
        className="button button--small button--danger"
        aria-label={`Delete milestone ${m.title}`}
        onClick={() => void remove()}
      >
        Delete
      </button>
    </li>
  );
}

/** The day of a milestone, saved when the field is left or on Enter; Escape reverts. */
function MilestoneDay({ milestone: m }: { milestone: Milestone }) {
  // A day refused (cleared, or outside 2000–2100) is said in a toast and the saved day comes back.
  return (
    <InlineInput
      type="date"
      className="milestones__day"
      label={`Day of milestone ${m.title}`}
      value={m.date}
      onCommit={async (date) => {
        const result = await run((ws) => updateMilestone(ws, m.id, { date }));
        return result.ok || refused(result.issues);
      }}
    />
  );
}

function AddMilestone({ itemId, defaultDay }: { itemId: string; defaultDay: string }) {
  const [title, setTitle] = useState('');
  const [day, setDay] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const date = day ?? defaultDay;
  const add = async (event: React.FormEvent) => {
    event.preventDefault();
    const result = await run((ws, ctx) => createMilestone(ws, { itemId, title, date }, ctx));
    if (!result.ok) {
      setErrors(Object.fromEntries(result.issues.map((i) => [i.path || 'form', i.message])));
      return;
    }
    setErrors({});
    setTitle('');
    setDay(null);
    showToast(
      { tone: 'info', message: result.value.change.label, action: { label: 'Undo', run: undo } },
      6000,
    );
  };
  return (
    <form className="milestones__add" aria-label="Add a milestone" onSubmit={(e) => void add(e)} noValidate>
      <label className="field">
        <span className="field__label">New milestone</span>
        <input
          className="input"
          value={title}
          placeholder="e.g. Code freeze"
          aria-invalid={errors.title ? true : undefined}
          aria-describedby={errors.title ? `${itemId}-milestone-title-error` : undefined}
          onChange={(e) => setTitle(e.target.value)}
        />
        {errors.title && (
          <span id={`${itemId}-milestone-title-error`} className="field__error">
            {errors.title}
          </span>
        )}
      </label>
      <label className="field">
        <span className="field__label">Day</span>
        <input
          type="date"
          className="input"
          value={date}
          aria-invalid={errors.date ? true : undefined}
          aria-describedby={errors.date ? `${itemId}-milestone-date-error` : undefined}
          onChange={(e) => setDay(e.target.value)}
        />
        {errors.date && (
          <span id={`${itemId}-milestone-date-error`} className="field__error">
            {errors.date}
          </span>
        )}
      </label>
      <button type="submit" className="button">
        Add milestone
      </button>
      {errors.form && (
        <p className="field__error" role="alert">
          {errors.form}
        </p>
      )}
    </form>
  );
}
