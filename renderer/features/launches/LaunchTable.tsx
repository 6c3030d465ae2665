/**
 * The launch items table. Only the rows in view are in the DOM (spacer rows stand in for the
 * rest), so ten thousand items scroll as smoothly as ten. A title links to the item's launch
 * page; Edit opens the side panel for a quick change.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useRef, useState } from 'react';
import { formatDay, formatShortDay, tMinusLabel, type Day } from '../../../shared/dates/days';
import { deleteItem, setArchived, wavesDeletedWith } from '../../../shared/domain/items/commands';
import { countOf } from '../../../shared/domain/text';
import { run, undo } from '../../state/changes';
import { openEditor, openLaunchPage, showToast } from '../../state/window';
import { useDocument } from '../../state/document';
import { HealthBadge, KindBadge, TierBadge } from '../../ui/badges';
import { ConfirmActions } from '../../ui/ConfirmActions';
import { Dialog } from '../../ui/Dialog';
import type { LaunchRow, Sort, SortKey } from '../../../shared/views/launch-rows';
import { childrenByParent } from '../../../shared/views/indexes';
import { readinessOf } from '../../../shared/views/readiness';

const ROW_HEIGHT = 52;

const COLUMNS: { key: SortKey; label: string }[] = [
  { key: 'title', label: 'Title' },
  { key: 'kind', label: 'Kind' },
  { key: 'tier', label: 'Tier' },
  { key: 'stage', label: 'Stage' },
  { key: 'launchDate', label: 'Launch date' },
  { key: 'owner', label: 'Owner' },
  { key: 'readiness', label: 'Readiness' },
  { key: 'health', label: 'Health' },
];

interface Props {
  rows: LaunchRow[];
  sort: Sort;
  onSort: (sort: Sort) => void;
  today: Day;
}

export function LaunchTable({ rows, sort, onSort, today }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [pendingDelete, setPendingDelete] = useState<LaunchRow | null>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  const virtualRows = virtualizer.getVirtualItems();
  const padTop = virtualRows[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (virtualRows[virtualRows.length - 1]?.end ?? 0);

  return (
    <div className="table-scroll" ref={scrollRef}>
      <table className="table" aria-rowcount={rows.length + 1}>
        <thead>
          <tr>
            {COLUMNS.map((column) => {
              const active = sort.key === column.key;
              return (
                <th key={column.key} scope="col" aria-sort={active ? sort.direction : 'none'}>
                  <button
                    type="button"
                    className="table__sort"
                    onClick={() =>
                      onSort({
                        key: column.key,
                        direction: active && sort.direction === 'ascending' ? 'descending' : 'ascending',
                      })
                    }
                  >
                    {column.label}
                    <span aria-hidden="true" className="table__sort-icon">
                      {active ? (sort.direction === 'ascending' ? '▲' : '▼') : ''}
                    </span>
                  </button>
                </th>
              );
            })}
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {padTop > 0 && (
            <tr aria-hidden="true" style={{ height: padTop }}>
              <td colSpan={COLUMNS.length + 1} />
            </tr>
          )}
          {virtualRows.map((virtualRow) => {
            const row = rows[virtualRow.index]!;
            return (
              <LaunchTableRow
                key={row.item.id}
                row={row}
                rowIndex={virtualRow.index + 2}
                today={today}
                onDelete={setPendingDelete}
              />
            );
          })}
          {padBottom > 0 && (
            <tr aria-hidden="true" style={{ height: padBottom }}>
              <td colSpan={COLUMNS.length + 1} />
            </tr>
          )}
        </tbody>
      </table>
      <ConfirmDelete row={pendingDelete} onClose={() => setPendingDelete(null)} />
    </div>
  );
}

const LaunchTableRow = memo(function LaunchTableRow({
  row,
  rowIndex,
  today,
  onDelete,
}: {
  row: LaunchRow;
  rowIndex: number;
  today: Day;
  onDelete: (row: LaunchRow) => void;
}) {
  const { item, progress, health } = row;
  return (
    <tr aria-rowindex={rowIndex} className={item.archived ? 'table__row--archived' : undefined}>
      <td className="table__title">
        <a
          href={`#/launch/${encodeURIComponent(item.id)}`}
          className="link-button"
          title="Open its launch page"
          onClick={(event) => {
            // A plain click goes through the window store, which asks about unsaved edits;
            // Ctrl/Cmd/Shift+click is the browser's (a new tab or window).
            if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
            event.preventDefault();
            openLaunchPage(item.id);
          }}
        >
          {item.title}
        </a>
        <span className="table__meta">
          {[row.parentTitle && `Part of ${row.parentTitle}`, item.productArea, item.archived && 'Archived']
            .filter(Boolean)
            .join(' · ')}
        </span>
      </td>
      <td>
        <KindBadge kind={item.kind} />
      </td>
      <td>
        <TierBadge tier={item.tier} />
      </td>
      <td>{row.stageName}</td>
      <td>
        {item.launchDate ? (
          <>
            <span className="nowrap" title={formatDay(item.launchDate)}>
              {formatShortDay(item.launchDate)}
            </span>{' '}
            <span className="tminus">{tMinusLabel(item.launchDate, today)}</span>
          </>
        ) : (
          <span className="muted">No date</span>
        )}
      </td>
      <td>{row.ownerName || <span className="muted">Unassigned</span>}</td>
      <td>
        {progress.total === 0 ? (
          <span className="muted">No checklist</span>
        ) : (
          <span
            className="progress"
            aria-label={`${progress.done} of ${progress.total} readiness items done`}
          >
            <span className="progress__bar" style={{ width: `${(progress.done / progress.total) * 100}%` }} />
            <span className="progress__text">
              {progress.done}/{progress.total}
            </span>
          </span>
        )}
      </td>
      <td>
        <HealthBadge health={health.health} reasons={health.reasons} overridden={health.overridden} />
      </td>
      <td className="table__actions">
        <button
          type="button"
          className="button button--small"
          aria-label={`Edit ${item.title}`}
          title="Edit in the side panel"
          onClick={() => openEditor({ mode: 'edit', id: item.id })}
        >
          Edit
        </button>
        <button
          type="button"
          className="button button--small"
          aria-label={`${item.archived ? 'Restore' : 'Archive'} ${item.title}`}
          onClick={() => void run((ws, ctx) => setArchived(ws, item.id, !item.archived, ctx))}
        >
          {item.archived ? 'Restore' : 'Archive'}
        </button>
        <button
          type="button"
          className="button button--small button--danger"
          aria-label={`Delete ${item.title}`}
          onClick={() => onDelete(row)}
        >
          Delete
        </button>
      </td>
    </tr>
  );
});

function ConfirmDelete({ row, onClose }: { row: LaunchRow | null; onClose: () => void }) {
  const workspace = useDocument((s) => s.workspace);
  const id = row?.item.id;
  // Its waves go with it (they exist only for it); betas and other children stay, unparented.
  const waves = id ? wavesDeletedWith(workspace, id).length : 0;
  const children = id
    ? (childrenByParent(workspace).get(id) ?? []).filter((child) => child.kind !== 'rollout').length
    : 0;
  const readiness = id ? readinessOf(workspace, id).length : 0;
  const confirm = async () => {
    if (!row) return;
    onClose();
    const result = await run((ws, ctx) => deleteItem(ws, row.item.id, ctx));
    if (result.ok)
      showToast({
        tone: 'info',
        message: `Deleted “${row.item.title}”`,
        action: { label: 'Undo', run: undo },
      });
  };
  return (
    <Dialog
      title={`Delete “${row?.item.title ?? ''}”?`}
      open={row !== null}
      onClose={onClose}
      tone="danger"
      actions={
        <ConfirmActions
          tone="danger"
          confirmLabel="Delete"
          onCancel={onClose}
          onConfirm={() => void confirm()}
        />
      }
    >
      <p>
        This deletes the launch item with its {countOf(readiness, 'readiness item')}, milestones and go/no-go
        decisions
        {waves > 0 ? `, and its ${countOf(waves, 'rollout wave')} with theirs.` : '.'}
        {children > 0 &&
          ` Its ${countOf(children, 'beta or child launch', 'betas and child launches')} will stay, without a parent.`}{' '}
        You can undo it with Ctrl+Z.
      </p>
    </Dialog>
  );
}
