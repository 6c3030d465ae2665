/**
 * One line of My work: tick it off (Done asks for evidence where it has none), its title and
 * function, the launch item it belongs to (opens the item's Readiness tab on that function)
 * with its T-minus, the due day as T-offset and calendar day, and its status.
 */
import { memo } from 'react';
import { tMinusLabel, type Day } from '../../../shared/dates/days';
import { offsetLabel } from '../../../shared/domain/readiness/due';
import type { ReadinessStatus } from '../../../shared/domain/readiness/schema';
import type { WorkLine } from '../../../shared/views/my-work';
import { openLaunchPage } from '../../state/window';
import { Select } from '../../ui/Select';
import { STATUS_OPTIONS } from './ChecklistLine';
import { shortDay } from './DueField';

interface MyWorkLineProps {
  line: WorkLine;
  functionName: string;
  today: Day;
  onStatus: (ids: readonly string[], status: ReadinessStatus) => void;
}

export const MyWorkLine = memo(function MyWorkLine({ line, functionName, today, onStatus }: MyWorkLineProps) {
  const { readiness: r, item, dueDay, overdue, daysLeft } = line;
  const quoted = `“${r.title}”`;
  // The due as the checklist writes it: a T-offset of an offset due, else the day's offset from launch.
  const offset =
    r.due?.type === 'offset'
      ? offsetLabel(r.due.days)
      : dueDay && item.launchDate
        ? tMinusLabel(item.launchDate, dueDay)
        : null;
  return (
    <li className={overdue ? 'mw-line mw-line--overdue' : 'mw-line'} aria-label={r.title}>
      <input
        type="checkbox"
        className="mw-line__done"
        aria-label={`Mark ${quoted} done`}
        checked={false}
        onChange={() => onStatus([r.id], 'done')}
      />
      <div className="mw-line__what">
        <span className="mw-line__title">{r.title}</span>
        <span className="mw-line__function">
          {functionName}
          {r.requiredSignOff && <span className="mw-line__signoff"> · required sign-off</span>}
        </span>
      </div>
      <div className="mw-line__launch">
        <button
          type="button"
          className="link-button"
          aria-label={`Open the readiness of “${item.title}”`}
          title="Open the launch page's Readiness tab"
          onClick={() => openLaunchPage(item.id, { tab: 'readiness', functionId: r.functionId })}
        >
          {item.title}
        </button>
        {item.launchDate && <span className="tminus">{tMinusLabel(item.launchDate, today)}</span>}
      </div>
      <div className="mw-line__due">
        {offset && <span className="mw-line__offset">{offset}</span>}
        <span>
          {dueDay ? shortDay(dueDay, today) : r.due?.type === 'offset' ? 'No launch date yet' : 'No due date'}
        </span>
        {overdue && (
          <span className="rl-due__overdue">
            Overdue{daysLeft !== null ? ` ${-daysLeft} day${daysLeft === -1 ? '' : 's'}` : ''}
          </span>
        )}
        {daysLeft === 0 && <span className="mw-line__today">Due today</span>}
      </div>
      <Select
        className={`input input--auto rl__status rl__status--${r.status}`}
        aria-label={`Status of ${quoted}`}
        value={r.status}
        options={STATUS_OPTIONS}
        onChange={(status) => onStatus([r.id], status as ReadinessStatus)}
      />
    </li>
  );
}, sameLine);

/**
 * The read model builds its line objects afresh whenever any readiness line changes; a line is
 * drawn again only when what it shows changed (its record, its launch item, its day).
 */
function sameLine(a: MyWorkLineProps, b: MyWorkLineProps): boolean {
  return (
    a.line.readiness === b.line.readiness &&
    a.line.item === b.line.item &&
    a.line.dueDay === b.line.dueDay &&
    a.line.daysLeft === b.line.daysLeft &&
    a.functionName === b.functionName &&
    a.today === b.today &&
    a.onStatus === b.onStatus
  );
}
