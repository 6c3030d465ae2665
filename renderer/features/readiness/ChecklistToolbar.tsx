/**
 * The checklist's toolbar: select all, overall progress and open sign-offs, the function filter
 * (with "Show all functions" while one is shown), applying a playbook, and where owners come
 * from when People is still empty.
 */
import { useEffect, useRef } from 'react';
import { setView } from '../../state/window';
import { Select } from '../../ui/Select';
import { ApplyPlaybook } from './ApplyPlaybook';
import type { ChecklistGroup } from './checklist-model';
import type { Selection } from './useSelection';

interface ChecklistToolbarProps {
  itemId: string;
  groups: readonly ChecklistGroup[];
  functionId: string | null;
  onFunctionChange: (id: string | null) => void;
  /** The lines on screen, in order (what "select all" selects). */
  orderedIds: readonly string[];
  selection: Selection;
  hasPeople: boolean;
}

export function ChecklistToolbar({
  itemId,
  groups,
  functionId,
  onFunctionChange,
  orderedIds,
  selection,
  hasPeople,
}: ChecklistToolbarProps) {
  const all = useRef<HTMLInputElement>(null);
  const selectedCount = selection.selected.size;
  const everything = orderedIds.length > 0 && selectedCount === orderedIds.length;
  useEffect(() => {
    if (all.current) all.current.indeterminate = selectedCount > 0 && !everything;
  }, [selectedCount, everything]);
  let done = 0;
  let total = 0;
  let signOffs = 0;
  for (const g of groups) {
    done += g.done;
    total += g.lines.length;
    signOffs += g.openSignOffs;
  }
  return (
    <div className="rl-toolbar">
      <label className="checkbox">
        <input
          ref={all}
          type="checkbox"
          checked={everything}
          disabled={orderedIds.length === 0}
          onChange={() => (everything ? selection.clear() : selection.setAll(orderedIds))}
        />
        Select all
      </label>
      <p className="rl-toolbar__summary">
        <strong>
          {done} of {total} done
        </strong>
        {signOffs > 0 && (
          <span className="rl-toolbar__signoffs">
            {' '}
            · {signOffs} required sign-off{signOffs === 1 ? '' : 's'} open
          </span>
        )}
      </p>
      <Select
        className="input input--auto"
        aria-label="Show function"
        value={functionId ?? ''}
        empty="All functions"
        options={groups.map((g) => ({
          value: g.functionId,
          label: `${g.name} (${g.done}/${g.lines.length})`,
        }))}
        onChange={(id) => onFunctionChange(id || null)}
      />
      {functionId && (
        <button type="button" className="button button--small" onClick={() => onFunctionChange(null)}>
          Show all functions
        </button>
      )}
      <ApplyPlaybook itemId={itemId} />
      {!hasPeople && (
        <span className="muted rl-toolbar__hint">
          No people yet — add them in{' '}
          <button type="button" className="button--link" onClick={() => setView('people')}>
            People
          </button>{' '}
          to assign owners.
        </span>
      )}
    </div>
  );
}
