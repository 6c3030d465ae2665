/**
 * CSV for spreadsheets: the launch items and the readiness items, one row per record with every
 * field, written as papaparse's unparse writes them (RFC 4180: a header row, CRLF line ends,
 * quotes where a cell needs them; csv-text.ts, held to papaparse's bytes by the tests). Cells read as people read the app: names rather than ids (a stage, an owner, regions,
 * a parent), days as YYYY-MM-DD, kinds and statuses in words; lists are joined with "; ". A
 * reference that no longer resolves shows what is stored (the id or code), never a blank.
 *
 * Formula injection: a spreadsheet runs a cell that starts with = + - @ (or a tab or carriage
 * return before one) as a formula, so a launch titled "=HYPERLINK(…)" could fetch or run
 * something when the file is opened. Such cells get a leading apostrophe (papaparse's
 * `escapeFormulae`), which spreadsheets show as text and hide; read back, the apostrophe is
 * the first character of the cell. Numbers (the tier) are never prefixed.
 *
 * Rows come in a stable order (filters.ts compareItems; readiness lines by launch, then the
 * settings' function order, then checklist order), so two exports of the same data are equal.
 */
import { tMinusLabel, type Day } from '../dates/days';
import { HEALTH_LABELS, KIND_LABELS } from '../domain/primitives';
import type { LaunchItem } from '../domain/items/schema';
import { byRank } from '../domain/ranks';
import { READINESS_STATUS_LABELS } from '../domain/readiness/commands';
import { offsetLabel } from '../domain/readiness/due';
import { dueDay } from '../domain/readiness/rules';
import type { ReadinessItem } from '../domain/readiness/schema';
import { recordOf, settingsOf, type Workspace } from '../domain/workspace';
import { rowsById } from '../views/launch-rows';
import { readinessByItem } from '../views/readiness';
import { csvText } from './csv-text';
import { filteredItems, type ExportFilters } from './filters';

/** What the health columns are judged against: the person's calendar day. */
export interface CsvClock {
  today: Day;
}

const LIST_SEPARATOR = '; ';

const yesNo = (value: boolean) => (value ? 'Yes' : 'No');

/** Every record, the last one too, ends with CRLF (papaparse ends only a header-only file so). */
function unparse(fields: string[], data: unknown[][]): string {
  const text = csvText(fields, data);
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}

/** Names for the ids and codes records hold, built once per export. */
function namesOf(ws: Workspace) {
  const settings = settingsOf(ws);
  const stages = new Map(settings.stages.map((s) => [s.id, s.name]));
  const regions = new Map(settings.regions.map((r) => [r.code, r.name]));
  const functions = new Map(settings.functions.map((f) => [f.id, f.name]));
  const person = (id: string | null) => (id === null ? '' : (recordOf(ws.people, id)?.name ?? id));
  const itemTitle = (id: string | null) => (id === null ? '' : (recordOf(ws.items, id)?.title ?? id));
  return {
    settings,
    stage: (id: string) => stages.get(id) ?? id,
    region: (code: string) => regions.get(code) ?? code,
    function: (id: string) => functions.get(id) ?? id,
    person,
    itemTitle,
  };
}

export const LAUNCH_ITEM_COLUMNS = [
  'ID',
  'Title',
  'Kind',
  'Tier',
  'Stage',
  'Owner',
  'Approvers',
  'Start date',
  'Launch date',
  'End date',
  'Regions',
  'Parent',
  'Depends on',
  'Health (computed)',
  'Health reasons',
  'Health override',
  'Health override reason',
  'Tags',
  'Links',
  'Summary',
  'Product area',
  'Archived',
  'Created',
  'Updated',
];

/**
 * Every launch item the filters cover, one row each. Health is computed as of `clock.today`
 * (the launch rows read model, as every view shows it); without a clock those two columns are
 * left empty rather than judged against a day nobody chose.
 */
export function launchItemsCsv(ws: Workspace, filters?: ExportFilters, clock?: CsvClock): string {
  const names = namesOf(ws);
  const rows = clock ? rowsById(ws, clock.today) : null;
  const data = filteredItems(ws, filters).map((item: LaunchItem) => {
    const health = rows?.get(item.id)?.health.computed;
    return [
      item.id,
      item.title,
      KIND_LABELS[item.kind],
      item.tier,
      names.stage(item.stageId),
      names.person(item.ownerId),
      item.approverIds.map(names.person).join(LIST_SEPARATOR),
      item.startDate ?? '',
      item.launchDate ?? '',
      item.endDate ?? '',
      item.regions.map(names.region).join(LIST_SEPARATOR),
      names.itemTitle(item.parentId),
      item.dependsOn.map(names.itemTitle).join(LIST_SEPARATOR),
      health ? HEALTH_LABELS[health.health] : '',
      health ? health.reasons.join(LIST_SEPARATOR) : '',
      item.healthOverride ? HEALTH_LABELS[item.healthOverride.health] : '',
      item.healthOverride?.reason ?? '',
      item.tags.join(LIST_SEPARATOR),
      item.links.map((l) => (l.label ? `${l.label} <${l.url}>` : l.url)).join(LIST_SEPARATOR),
      item.summary,
      item.productArea,
      yesNo(item.archived),
      item.createdAt,
      item.updatedAt,
    ];
  });
  return unparse(LAUNCH_ITEM_COLUMNS, data);
}

export const READINESS_COLUMNS = [
  'ID',
  'Launch item ID',
  'Launch item',
  'Launch date',
  'Function',
  'Title',
  'Owner',
  'Due type',
  'Due (T-offset)',
  'Due date',
  'Status',
  'Evidence',
  'Sign-off required',
  'Updated',
];

/**
 * A launch item's readiness lines in the settings' function order (functions no longer in the
 * settings last, by id), each function's in checklist order. Sorted here from the plain
 * by-item index, which health has usually built already, rather than from a second index by
 * item and function (ten thousand more maps to build cold).
 */
function linesInOrder(
  lines: readonly ReadinessItem[] | undefined,
  functionPosition: ReadonlyMap<string, number>,
): readonly ReadinessItem[] {
  if (!lines || lines.length === 0) return [];
  const position = (r: ReadinessItem) => functionPosition.get(r.functionId) ?? Number.MAX_SAFE_INTEGER;
  return [...lines].sort(
    (a, b) =>
      position(a) - position(b) ||
      (a.functionId === b.functionId ? 0 : a.functionId < b.functionId ? -1 : 1) ||
      byRank(a, b),
  );
}

/** "T-14" for a due relative to launch; a fixed day's offset from the launch day when there is one. */
function offsetText(line: ReadinessItem, item: LaunchItem, day: Day | null): string {
  if (line.due?.type === 'offset') return offsetLabel(line.due.days);
  return day && item.launchDate ? tMinusLabel(item.launchDate, day) : '';
}

/**
 * dueDay, kept per launch day and T-offset for one export: 100,000 lines share a few hundred
 * launch days and a few dozen offsets, and each day worked out anew cost two Date objects.
 */
function dueDays(): (line: ReadinessItem, item: LaunchItem) => Day | null {
  const byLaunchDay = new Map<Day, Map<number, Day | null>>();
  return (line, item) => {
    if (line.due?.type !== 'offset' || item.launchDate === null) return dueDay(line, item);
    let byOffset = byLaunchDay.get(item.launchDate);
    if (!byOffset) byLaunchDay.set(item.launchDate, (byOffset = new Map()));
    let day = byOffset.get(line.due.days);
    if (day === undefined) byOffset.set(line.due.days, (day = dueDay(line, item)));
    return day;
  };
}

/**
 * The readiness lines of every launch item the filters cover (the filters judge the launch
 * item, so "Europe in Q1" lists the checklists of the launches planned there then).
 */
export function readinessCsv(ws: Workspace, filters?: ExportFilters): string {
  const names = namesOf(ws);
  const functionPosition = new Map(names.settings.functions.map((f, i) => [f.id, i]));
  const byItem = readinessByItem(ws);
  const data: unknown[][] = [];
  const dueDayOf = dueDays();
  for (const item of filteredItems(ws, filters)) {
    for (const line of linesInOrder(byItem.get(item.id), functionPosition)) {
      const day = dueDayOf(line, item);
      data.push([
        line.id,
        item.id,
        item.title,
        item.launchDate ?? '',
        names.function(line.functionId),
        line.title,
        names.person(line.ownerId),
        line.due === null ? '' : line.due.type === 'offset' ? 'Relative to launch' : 'Fixed date',
        offsetText(line, item, day),
        day ?? '',
        READINESS_STATUS_LABELS[line.status],
        line.evidence,
        yesNo(line.requiredSignOff),
        line.updatedAt,
      ]);
    }
  }
  return unparse(READINESS_COLUMNS, data);
}
