/**
 * The inbox's rows, virtualised (only the rows in view are in the DOM, so 50,000 records scroll
 * as 50 do), with a header row per group showing its totals. Rows are a multi-select grid: a
 * click selects one, Ctrl/Cmd-click adds or removes one, Shift-click selects a range; with the
 * focus on a row, arrows move, Space toggles, Shift+arrows extend, Ctrl/Cmd+A selects every row
 * shown, Enter opens the detail panel. One row is in the Tab order (roving focus); that row
 * stays drawn when scrolled out of view, so the grid keeps its Tab stop.
 */
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import {
  memo,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import {
  FEEDBACK_SOURCE_LABELS,
  FEEDBACK_STATUS_LABELS,
  SEVERITY_LABELS,
} from '../../../shared/domain/feedback/schema';
import {
  feedbackItemLinks,
  linkOf,
  type FeedbackEntry,
  type FeedbackGroup,
  type FeedbackInbox,
  type FeedbackItemLink,
} from '../../../shared/views/feedback';
import { useDocument } from '../../state/document';
import { moneyText, numberText } from './feedback-model';

const ROW_HEIGHT = 44;
const GROUP_HEIGHT = 36;
const COLUMNS = 11;

type Line = { group: FeedbackGroup; entry?: never } | { entry: FeedbackEntry; group?: never };

interface Props {
  inbox: FeedbackInbox;
  grouped: boolean;
  selected: ReadonlySet<string>;
  onSelect: (ids: ReadonlySet<string>) => void;
  onOpen: (id: string) => void;
  openId: string | null;
}

export function FeedbackTable({ inbox, grouped, selected, onSelect, onOpen, openId }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // Kept per version of the items: a row's launch title follows a rename without re-sorting.
  const links = useDocument((s) => feedbackItemLinks(s.workspace));
  const lines = useMemo<Line[]>(
    () =>
      grouped
        ? inbox.groups.flatMap((group) => [{ group }, ...group.entries.map((entry) => ({ entry }))])
        : inbox.entries.map((entry) => ({ entry })),
    [inbox, grouped],
  );
  // Row positions among the lines, for keyboard moves (group headers are skipped). Without
  // groups every line is a row, and no list of 50,000 positions is built on each keystroke.
  const rowLines = useMemo(
    () => (grouped ? lines.flatMap((line, i) => (line.entry ? [i] : [])) : null),
    [lines, grouped],
  );
  const rowCount = rowLines ? rowLines.length : lines.length;
  const lineOfRow = (row: number) => (rowLines ? rowLines[row] : row < lines.length ? row : undefined);
  const rowOfLine = (line: number) => (rowLines ? rowLines.indexOf(line) : line);
  const [focusLine, setFocusLine] = useState(0);
  const [anchor, setAnchor] = useState<number | null>(null);
  const focusedLine = lines[focusLine]?.entry ? focusLine : (lineOfRow(0) ?? 0);
  const virtualizer = useVirtualizer({
    count: lines.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => (lines[i]?.group ? GROUP_HEIGHT : ROW_HEIGHT),
    overscan: 10,
    // The focused row stays drawn when scrolled out of view: the grid keeps its one Tab stop,
    // and a key that jumps far (End, PageDown) finds the row to focus before the scroll lands.
    rangeExtractor: useCallback(
      (range: Range) => {
        const indexes = defaultRangeExtractor(range);
        if (focusedLine < lines.length && !indexes.includes(focusedLine)) {
          indexes.push(focusedLine);
          indexes.sort((a, b) => a - b);
        }
        return indexes;
      },
      [focusedLine, lines.length],
    ),
  });
  const virtualRows = virtualizer.getVirtualItems();
  const padTop = virtualRows[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (virtualRows[virtualRows.length - 1]?.end ?? 0);
  // The line a key moved the focus to; cleared once that row is focused (retried on each
  // render until it is drawn, so the focus never falls to the page). The line itself, not
  // "the focused line": scrollToIndex renders once before the new focus line is set, and
  // focusing the old row then would scroll the list back to it.
  const moveFocusTo = useRef<number | null>(null);
  useEffect(() => {
    if (moveFocusTo.current === null) return;
    const row = scrollRef.current?.querySelector<HTMLElement>(`[data-line="${moveFocusTo.current}"]`);
    if (!row) return;
    moveFocusTo.current = null;
    row.focus({ preventScroll: true });
  });

  const idAt = (line: number) => lines[line]?.entry?.f.id;
  const range = (from: number, to: number) => {
    const ids: string[] = [];
    for (let l = Math.min(from, to); l <= Math.max(from, to); l++) {
      const id = idAt(l);
      if (id) ids.push(id);
    }
    return ids;
  };

  const choose = (line: number, event: { shiftKey: boolean; ctrlKey: boolean; metaKey: boolean }) => {
    const id = idAt(line);
    if (!id) return;
    setFocusLine(line);
    if (event.shiftKey && anchor !== null) return onSelect(new Set(range(anchor, line)));
    setAnchor(line);
    if (event.ctrlKey || event.metaKey) {
      const next = new Set(selected);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return onSelect(next);
    }
    onSelect(new Set([id]));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    const at = rowOfLine(focusedLine);
    const go = (index: number) => {
      const line = lineOfRow(Math.max(0, Math.min(rowCount - 1, index)));
      if (line === undefined) return;
      event.preventDefault();
      moveFocusTo.current = line;
      setFocusLine(line);
      virtualizer.scrollToIndex(line);
      if (event.shiftKey) {
        const from = anchor ?? focusedLine;
        setAnchor(from);
        onSelect(new Set(range(from, line)));
      }
    };
    if (event.key === 'ArrowDown') go(at + 1);
    else if (event.key === 'ArrowUp') go(at - 1);
    else if (event.key === 'Home') go(0);
    else if (event.key === 'End') go(rowCount - 1);
    else if (event.key === 'PageDown') go(at + 10);
    else if (event.key === 'PageUp') go(at - 10);
    else if (event.key === ' ') {
      event.preventDefault();
      choose(focusedLine, { shiftKey: false, ctrlKey: true, metaKey: false });
    } else if (event.key === 'Enter') {
      const id = idAt(focusedLine);
      if (id) onOpen(id);
    } else if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'a') {
      event.preventDefault();
      onSelect(new Set(lines.flatMap((line) => (line.entry ? [line.entry.f.id] : []))));
    } else if (event.key === 'Escape' && selected.size) {
      event.preventDefault();
      onSelect(new Set());
    }
  };

  return (
    <div className="table-scroll feedback-table" ref={scrollRef}>
      <table
        className="table"
        role="grid"
        aria-multiselectable="true"
        aria-rowcount={lines.length + 1}
        aria-label="Feedback"
      >
        <thead>
          <tr>
            <th scope="col" className="numeric">
              Score
            </th>
            <th scope="col">Feedback</th>
            <th scope="col">Account</th>
            <th scope="col">Source</th>
            <th scope="col">Region</th>
            <th scope="col">Severity</th>
            <th scope="col" className="numeric">
              Accounts
            </th>
            <th scope="col" className="numeric">
              Revenue
            </th>
            <th scope="col">Launch</th>
            <th scope="col">Status</th>
            <th scope="col">Themes</th>
          </tr>
        </thead>
        <tbody onKeyDown={onKeyDown}>
          {padTop > 0 && (
            <tr aria-hidden="true" style={{ height: padTop }}>
              <td colSpan={COLUMNS} />
            </tr>
          )}
          {virtualRows.flatMap((virtualRow, i) => {
            const line = lines[virtualRow.index]!;
            // The space of the rows not drawn between two drawn ones (the focused row kept
            // drawn far from the view), so every row sits where it belongs.
            const gap = i > 0 ? virtualRow.start - virtualRows[i - 1]!.end : 0;
            const spacer = gap > 0 && (
              <tr key={`gap:${virtualRow.index}`} aria-hidden="true" style={{ height: gap }}>
                <td colSpan={COLUMNS} />
              </tr>
            );
            const row = line.group ? (
              <GroupRow key={`g:${line.group.key}`} group={line.group} rowIndex={virtualRow.index + 2} />
            ) : (
              <FeedbackRow
                key={`${line.entry.f.id}:${virtualRow.index}`}
                entry={line.entry}
                link={linkOf(links, line.entry.f.itemId)}
                line={virtualRow.index}
                rowIndex={virtualRow.index + 2}
                selected={selected.has(line.entry.f.id)}
                open={openId === line.entry.f.id}
                tabbable={virtualRow.index === focusedLine}
                onChoose={choose}
                onOpen={onOpen}
              />
            );
            // One flat list of keyed rows: a row never changes place in the tree when a gap
            // opens or closes before it, so it is not remounted (and keeps the focus).
            return spacer ? [spacer, row] : [row];
          })}
          {padBottom > 0 && (
            <tr aria-hidden="true" style={{ height: padBottom }}>
              <td colSpan={COLUMNS} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}

function GroupRow({ group, rowIndex }: { group: FeedbackGroup; rowIndex: number }) {
  return (
    <tr aria-rowindex={rowIndex} className="feedback-table__group">
      <th scope="rowgroup" colSpan={COLUMNS}>
        {group.label}
        <span className="feedback-table__totals">
          {numberText(group.count)} · {numberText(group.accounts)} accounts · {moneyText(group.revenue)} at
          stake
        </span>
      </th>
    </tr>
  );
}

const FeedbackRow = memo(function FeedbackRow({
  entry,
  link,
  line,
  rowIndex,
  selected,
  open,
  tabbable,
  onChoose,
  onOpen,
}: {
  entry: FeedbackEntry;
  link: FeedbackItemLink;
  line: number;
  rowIndex: number;
  selected: boolean;
  open: boolean;
  tabbable: boolean;
  onChoose: (line: number, event: MouseEvent) => void;
  onOpen: (id: string) => void;
}) {
  const { f } = entry;
  return (
    <tr
      aria-rowindex={rowIndex}
      aria-selected={selected}
      data-line={line}
      tabIndex={tabbable ? 0 : -1}
      className={`feedback-table__row${selected ? ' is-selected' : ''}${open ? ' is-open' : ''}${entry.merged ? ' is-merged' : ''}`}
      onClick={(event) => onChoose(line, event)}
      onDoubleClick={() => onOpen(f.id)}
    >
      <td className="numeric">
        <strong
          className="feedback-score"
          title="Score: severity × accounts × revenue at stake (weights in Settings → Feedback)"
        >
          {entry.score}
        </strong>
      </td>
      <td className="table__title">
        <button
          type="button"
          className="link-button"
          tabIndex={-1}
          onClick={(event) => {
            event.stopPropagation();
            onOpen(f.id);
          }}
        >
          {f.title}
        </button>
        {entry.merged && <span className="table__meta">Merged duplicate</span>}
      </td>
      <td>{f.account || <span className="muted">—</span>}</td>
      <td>{FEEDBACK_SOURCE_LABELS[f.source]}</td>
      <td>{f.region ?? <span className="muted">—</span>}</td>
      <td>
        <span className={`severity severity--${f.severity}`}>{SEVERITY_LABELS[f.severity]}</span>
      </td>
      <td className="numeric">{numberText(f.accountCount)}</td>
      <td className="numeric">{moneyText(f.revenueAtStake)}</td>
      <td>
        {link.itemTitle || <span className="muted">—</span>}
        {link.launchTitle && link.launchTitle !== link.itemTitle && (
          <span className="table__meta">Part of {link.launchTitle}</span>
        )}
      </td>
      <td>{FEEDBACK_STATUS_LABELS[f.status]}</td>
      <td>{entry.tags.join(', ') || <span className="muted">—</span>}</td>
    </tr>
  );
});
