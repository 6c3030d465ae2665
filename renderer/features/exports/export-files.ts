/**
 * The spreadsheet and calendar exports: what one will hold (counted for the dialog before
 * anything is written), its file name, and saving it through the platform (the native save
 * dialog on the desktop, a download in a browser). The text itself comes from shared/formats,
 * which the command line uses too, so both write the same files.
 *
 * Archived launch items are left out unless the person asks for them (`withoutArchived`), as the
 * board and the dialog's launch list leave them out; the calendar never has them (its events are
 * what is still planned).
 */
import { toDay, type Day } from '../../../shared/dates/days';
import type { LaunchItem } from '../../../shared/domain/items/schema';
import { emptyTable, type Workspace } from '../../../shared/domain/workspace';
import { countOf } from '../../../shared/domain/text';
import type { FileFilter } from '../../../shared/ipc/contract';
import { CALENDAR_EVENT_LABELS, calendarEvents, countByKind } from '../../../shared/formats/calendar-events';
import { launchItemsCsv, readinessCsv } from '../../../shared/formats/csv';
import { filteredItems, type ExportFilters } from '../../../shared/formats/filters';
import { calendarIcs } from '../../../shared/formats/ics';
import { readinessByItem } from '../../../shared/views/readiness';
import type { ExportKind } from '../../state/export-dialog';
import { platform } from '../../platform';
import { showToast } from '../../state/window';

interface ExportFormat {
  /** The dialog's title, as the command palette names the command. */
  title: string;
  fileStem: string;
  extension: string;
  filter: FileFilter;
}

const CSV_FILTER: FileFilter = { name: 'CSV spreadsheet', extensions: ['csv'] };

export const EXPORT_FORMATS: Record<ExportKind, ExportFormat> = {
  'items-csv': {
    title: 'Export launch items (CSV)',
    fileStem: 'launch-items',
    extension: 'csv',
    filter: CSV_FILTER,
  },
  'readiness-csv': {
    title: 'Export readiness (CSV)',
    fileStem: 'readiness',
    extension: 'csv',
    filter: CSV_FILTER,
  },
  calendar: {
    title: 'Export calendar (.ics)',
    fileStem: 'launch-calendar',
    extension: 'ics',
    filter: { name: 'iCalendar', extensions: ['ics'] },
  },
};

export interface ExportSummary {
  count: number;
  /** "42 launch items", "9 events: 3 launch days, 2 milestones, …". */
  text: string;
}

/**
 * The workspace without its archived launch items, for an export that leaves them out (their
 * readiness and events go with them, as they are looked up by item). Worked out once per
 * version of the items table.
 */
const unarchived = new WeakMap<Workspace['items'], Workspace['items']>();
export function withoutArchived(ws: Workspace): Workspace {
  let items = unarchived.get(ws.items);
  if (!items) {
    items = emptyTable<LaunchItem>();
    for (const item of Object.values(ws.items)) if (!item.archived) items[item.id] = item;
    unarchived.set(ws.items, items);
  }
  return { ...ws, items };
}

/** What an export with these filters would hold, in words. */
export function exportSummary(ws: Workspace, kind: ExportKind, filters: ExportFilters): ExportSummary {
  if (kind === 'items-csv') {
    const count = filteredItems(ws, filters).length;
    return { count, text: countOf(count, 'launch item') };
  }
  if (kind === 'readiness-csv') {
    const byItem = readinessByItem(ws);
    const count = filteredItems(ws, filters).reduce(
      (sum, item) => sum + (byItem.get(item.id)?.length ?? 0),
      0,
    );
    return { count, text: countOf(count, 'readiness item') };
  }
  const events = calendarEvents(ws, filters);
  const parts = [...countByKind(events)].map(([eventKind, count]) =>
    countOf(count, CALENDAR_EVENT_LABELS[eventKind].singular, CALENDAR_EVENT_LABELS[eventKind].plural),
  );
  return {
    count: events.length,
    text: `${countOf(events.length, 'event')}${parts.length ? `: ${parts.join(', ')}` : ''}`,
  };
}

/** "launch-items-EU-2026-11-27.csv": what, for which region, on which day. */
export function suggestedName(kind: ExportKind, filters: ExportFilters, today: Day): string {
  const { fileStem, extension } = EXPORT_FORMATS[kind];
  return `${fileStem}${filters.region ? `-${filters.region}` : ''}-${today}.${extension}`;
}

function fileContent(ws: Workspace, kind: ExportKind, filters: ExportFilters, now: Date): string {
  if (kind === 'items-csv') return launchItemsCsv(ws, filters, { today: toDay(now) });
  if (kind === 'readiness-csv') return readinessCsv(ws, filters);
  return calendarIcs(ws, filters, { now: now.toISOString() });
}

/** Writes the export and says how it went; true once the file is saved. */
export async function saveExport(ws: Workspace, kind: ExportKind, filters: ExportFilters): Promise<boolean> {
  const now = new Date();
  const summary = exportSummary(ws, kind, filters);
  let content: string;
  try {
    content = fileContent(ws, kind, filters, now);
  } catch (error) {
    showToast({ tone: 'error', message: `Export failed: ${String(error)}` });
    return false;
  }
  const result = await platform.saveFile({
    suggestedName: suggestedName(kind, filters, toDay(now)),
    content,
    filters: [EXPORT_FORMATS[kind].filter],
  });
  if (result.status === 'failed') showToast({ tone: 'error', message: `Export failed: ${result.message}` });
  if (result.status !== 'saved') return false;
  showToast({ tone: 'info', message: `Exported ${summary.text.split(':')[0]} to ${result.path}` });
  return true;
}
