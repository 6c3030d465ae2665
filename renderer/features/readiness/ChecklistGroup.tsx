/**
 * One readiness function's part of the checklist: a heading with done/total and the required
 * sign-offs still open, its lines in rank order (a drop zone for lines dragged to its foot),
 * and a field to add a line (title + Enter, due like the function's last line, else T-7).
 */
import { useDroppable } from '@dnd-kit/core';
import { useId } from 'react';
import type { Day } from '../../../shared/dates/days';
import { addReadinessItem } from '../../../shared/domain/readiness/commands';
import type { Due } from '../../../shared/domain/readiness/schema';
import { run } from '../../state/changes';
import { AddInput } from '../../ui/AddInput';
import type { Option } from '../../ui/Select';
import { ChecklistLine, type LineActions } from './ChecklistLine';
import type { ChecklistGroup as Group } from './checklist-model';

/** A new line is due when the function's last line is, or a week before launch. */
export const DEFAULT_DUE: Due = { type: 'offset', days: -7 };

interface ChecklistGroupProps {
  group: Group;
  launchDate: Day | null;
  itemId: string;
  today: Day;
  owners: readonly Option[];
  selected: ReadonlySet<string>;
  actions: LineActions;
}

export function ChecklistGroup({
  group,
  launchDate,
  itemId,
  today,
  owners,
  selected,
  actions,
}: ChecklistGroupProps) {
  const headingId = useId();
  const { setNodeRef, isOver } = useDroppable({
    id: `group:${group.functionId}`,
    data: { type: 'group', functionId: group.functionId },
  });
  const total = group.lines.length;
  const add = async (title: string): Promise<string | null> => {
    const due = group.lines.at(-1)?.due ?? DEFAULT_DUE;
    const result = await run((ws, ctx) =>
      addReadinessItem(ws, itemId, { functionId: group.functionId, title, due }, ctx),
    );
    return result.ok ? null : result.issues.map((issue) => issue.message).join('; ');
  };
  return (
    <section className="rl-group" aria-labelledby={headingId}>
      <header className="rl-group__header">
        <h3 id={headingId} className="rl-group__title">
          {group.name}
        </h3>
        <span className="rl-group__progress" aria-label={`${group.done} of ${total} done`}>
          {group.done}/{total} done
        </span>
        {group.openSignOffs > 0 && (
          <span className="rl-group__signoffs">
            {group.openSignOffs} open sign-off{group.openSignOffs === 1 ? '' : 's'}
          </span>
        )}
      </header>
      <ol
        ref={setNodeRef}
        className={isOver ? 'rl-group__lines rl-group__lines--over' : 'rl-group__lines'}
        aria-label={`${group.name} checklist`}
      >
        {group.lines.map((line, index) => (
          <ChecklistLine
            key={line.id}
            line={line}
            index={index}
            launchDate={launchDate}
            today={today}
            owners={owners}
            selected={selected.has(line.id)}
            actions={actions}
          />
        ))}
      </ol>
      <AddInput
        label={`Add to ${group.name}`}
        placeholder={`Add a ${group.name} line and press Enter`}
        className="rl-group__add"
        onAdd={add}
      />
    </section>
  );
}
