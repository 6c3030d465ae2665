/**
 * A line's due date in place: a small field that takes "T-14", "T+3", "-14" or a date
 * (yyyy-mm-dd), saved on Enter or on leaving it, with a clear message for anything else. Beside
 * it, the other way of saying it: the calendar day of a T-offset ("12 Nov"), or the T-offset of
 * a fixed day, and whether an open line is overdue.
 */
import { useId, useState } from 'react';
import { dayFromOffset, daysBetween, formatShortDay, type Day } from '../../../shared/dates/days';
import { deepEqual } from '../../../shared/domain/equal';
import { dueText, offsetLabel, parseDueText } from '../../../shared/domain/readiness/due';
import { isClosed } from '../../../shared/domain/readiness/rules';
import type { ReadinessItem } from '../../../shared/domain/readiness/schema';
import { updateReadinessItem } from '../../../shared/domain/readiness/commands';
import { write } from './write';

/** "12 Nov", with the year when it is not this year's. */
export function shortDay(day: Day, today: Day): string {
  const text = formatShortDay(day);
  return day.slice(0, 4) === today.slice(0, 4) ? text.replace(/ \d{4}$/, '') : text;
}

/** The day a line is due and how that reads the other way round. */
export function dueSummary(line: ReadinessItem, launchDate: Day | null, today: Day) {
  const due = line.due;
  if (!due) return { day: null, other: '', overdue: false };
  if (due.type === 'date') {
    const other = launchDate ? offsetLabel(daysBetween(launchDate, due.date)) : '';
    return { day: due.date, other, overdue: !isClosed(line) && due.date < today };
  }
  if (!launchDate) return { day: null, other: 'no launch date', overdue: false };
  const dueDay = dayFromOffset(launchDate, due.days);
  return { day: dueDay, other: shortDay(dueDay, today), overdue: !isClosed(line) && dueDay < today };
}

interface DueFieldProps {
  line: ReadinessItem;
  launchDate: Day | null;
  today: Day;
}

export function DueField({ line, launchDate, today }: DueFieldProps) {
  const saved = dueText(line.due);
  const [draft, setDraft] = useState(saved);
  const [lastSaved, setLastSaved] = useState(saved);
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();
  // Follow changes made elsewhere (undo, another window) while not being edited.
  if (saved !== lastSaved) {
    setLastSaved(saved);
    setDraft(saved);
    setError(null);
  }
  const commit = async () => {
    const parsed = parseDueText(draft);
    if (!parsed.ok) {
      setError(parsed.message);
      return;
    }
    setError(null);
    if (deepEqual(parsed.due, line.due)) {
      setDraft(saved);
      return;
    }
    const change = await write((ws, ctx) => updateReadinessItem(ws, line.id, { due: parsed.due }, ctx));
    if (!change) setDraft(saved);
  };
  const { other, overdue } = dueSummary(line, launchDate, today);
  return (
    <div className="rl-due">
      <input
        className="input rl-due__input"
        aria-label={`Due of “${line.title}”`}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        placeholder="T-14"
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => void commit()}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            void commit();
          }
          if (e.key === 'Escape' && (draft !== saved || error)) {
            e.stopPropagation();
            setDraft(saved);
            setError(null);
          }
        }}
      />
      {other && <span className="rl-due__other">{other}</span>}
      {overdue && <span className="rl-due__overdue">Overdue</span>}
      {error && (
        <p id={errorId} className="field__error rl-due__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
