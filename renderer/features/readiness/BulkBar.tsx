/**
 * Bulk edits of the selected checklist lines: set their status (Done asks for evidence where a
 * line has none), set or clear their owner, or delete them. Each is one undoable change.
 */
import type { ReadinessStatus } from '../../../shared/domain/readiness/schema';
import { Select, type Option } from '../../ui/Select';
import { STATUS_OPTIONS } from './ChecklistLine';

/** The owner choice that means "nobody" (the empty value is the prompt). */
const UNASSIGN = '~unassigned~';

interface BulkBarProps {
  count: number;
  owners: readonly Option[];
  onStatus: (status: ReadinessStatus) => void;
  onOwner: (ownerId: string | null) => void;
  onDelete: () => void;
  onClear: () => void;
}

export function BulkBar({ count, owners, onStatus, onOwner, onDelete, onClear }: BulkBarProps) {
  return (
    <div className="rl-bulk" role="toolbar" aria-label="Selected readiness items">
      <span className="rl-bulk__count" role="status">
        {count} selected
      </span>
      <Select
        className="input input--auto"
        aria-label="Set status of selected"
        value=""
        empty="Set status…"
        options={STATUS_OPTIONS}
        onChange={(status) => status && onStatus(status as ReadinessStatus)}
      />
      {owners.length > 0 && (
        <Select
          className="input input--auto"
          aria-label="Set owner of selected"
          value=""
          empty="Set owner…"
          options={[...owners, { value: UNASSIGN, label: 'Unassigned' }]}
          onChange={(value) => value && onOwner(value === UNASSIGN ? null : value)}
        />
      )}
      <button type="button" className="button button--small button--danger" onClick={onDelete}>
        Delete selected
      </button>
      <button type="button" className="button button--small" onClick={onClear}>
        Clear selection
      </button>
    </div>
  );
}
