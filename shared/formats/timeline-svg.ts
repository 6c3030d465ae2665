/**
 * The timeline as SVG pages for slides, print and PDF: the rows of the timeline as it is on
 * screen (its grouping and collapsed groups), over a chosen date range fitted to the page width.
 * Each page has the title, "as of" and the legend of health words at the top, the axis with
 * months and years, the today line, blackout windows, and per row the title, kind and health in
 * words beside a bar coloured by health with its launch day and milestones. Rows that do not fit
 * on one page continue on the next, under the same axis. Pure: no DOM.
 */
import { addMonths, daysBetween, formatShortDay, startOfMonth, type Day } from '../dates/days';
import { barEnd, barStart } from '../domain/items/collisions';
import type { LaunchItem } from '../domain/items/schema';
import { HEALTH_LABELS, KIND_LABELS, type Health } from '../domain/primitives';
import type { Workspace } from '../domain/workspace';
import { blackoutsByStart, milestonesByItem } from '../views/indexes';
import { rowsById } from '../views/launch-rows';
import { buildTimelineRows, type TimelineGrouping, type TimelineRow } from '../views/timeline-rows';
import {
  escapeXml,
  fitText,
  FOOTER_HEIGHT,
  HEADER_HEIGHT,
  HEALTH_INK,
  INK,
  MARGIN,
  num,
  PAGE_SIZES,
  pageFooter,
  pageHeader,
  svgDocument,
  svgRect,
  svgText,
  svgTextRuns,
  textWidth,
  type PageSize,
  type PictureOptions,
  type PicturePage,
} from './picture-page';

export interface TimelinePictureView {
  grouping: TimelineGrouping;
  collapsed: ReadonlySet<string>;
  /** The first and last day drawn, both included. */
  from: Day;
  to: Day;
}

const ROW_HEIGHT = 22;
const BAR_HEIGHT = 14;
const AXIS_HEIGHT = 36;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

type Line =
  | { type: 'group'; label: string; count: number; continued: boolean }
  | { type: 'item'; item: LaunchItem; depth: number; collapsed: boolean };

/** The day range of an item's bar, or null when it has no dates. */
function span(item: LaunchItem): { start: Day; end: Day } | null {
  const start = barStart(item);
  const end = barEnd(item);
  return start && end ? { start, end } : null;
}

/**
 * The lines to draw: items whose bar or a milestone falls in the range, the parents above them
 * (so a beta is never drawn under the wrong launch) and the group headings with their counts.
 */
function linesInRange(
  rows: readonly TimelineRow[],
  view: TimelinePictureView,
  milestones: ReadonlyMap<string, readonly { date: Day }[]>,
): { lines: Line[]; outside: Set<string>; undated: Set<string> } {
  const outside = new Set<string>();
  const undated = new Set<string>();
  const inRange = (item: LaunchItem) => {
    const dates = span(item);
    const barIn = dates !== null && dates.start <= view.to && dates.end >= view.from;
    const markIn = (milestones.get(item.id) ?? []).some((m) => m.date >= view.from && m.date <= view.to);
    if (!barIn && !markIn) (dates ? outside : undated).add(item.id);
    return barIn || markIn;
  };
  const kept: (Line | null)[] = [];
  /** The rows above the current one, one per depth, and whether each was kept. */
  const ancestors: { index: number; kept: boolean }[] = [];
  let group: { index: number; count: number } | null = null;
  for (const row of rows) {
    if (row.type === 'group') {
      group = { index: kept.length, count: 0 };
      kept.push({ type: 'group', label: row.label, count: 0, continued: false });
      continue;
    }
    ancestors.length = row.depth;
    const index = kept.length;
    const show = inRange(row.item);
    kept.push(show ? { type: 'item', item: row.item, depth: row.depth, collapsed: row.collapsed } : null);
    ancestors[row.depth] = { index, kept: show };
    if (!show) continue;
    if (group) group.count += 1;
    // A child in range brings the parents above it, even when their own dates are not.
    if (view.grouping === 'parent')
      for (const above of ancestors.slice(0, row.depth))
        if (above && !above.kept) {
          const parent = rows[above.index];
          if (parent?.type === 'item') {
            kept[above.index] = { type: 'item', item: parent.item, depth: parent.depth, collapsed: false };
            // Drawn now: no longer left out, and counted in its group like any line drawn.
            outside.delete(parent.item.id);
            undated.delete(parent.item.id);
            if (group) group.count += 1;
          }
          above.kept = true;
        }
    if (group) kept[group.index] = { ...(kept[group.index] as Line & { type: 'group' }), count: group.count };
  }
  const lines = kept.filter(
    (line): line is Line => line !== null && (line.type === 'item' || line.count > 0),
  );
  return { lines, outside, undated };
}

/**
 * Lines cut into pages: a heading never ends a page, and a page that starts inside a group
 * repeats its heading, marked as continued.
 */
function paginate(lines: readonly Line[], perPage: number): Line[][] {
  const pages: Line[][] = [];
  let page: Line[] = [];
  let heading: (Line & { type: 'group' }) | null = null;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!;
    const full = page.length >= perPage || (line.type === 'group' && page.length >= perPage - 1);
    if (full) {
      pages.push(page);
      page = line.type === 'item' && heading ? [{ ...heading, continued: true }] : [];
    }
    if (line.type === 'group') heading = line;
    page.push(line);
  }
  if (page.length || !pages.length) pages.push(page);
  return pages;
}

interface Chart {
  page: PageSize;
  left: number;
  right: number;
  labelLeft: number;
  labelWidth: number;
  top: number;
  bottom: number;
  from: Day;
  to: Day;
  pxPerDay: number;
}

/** The x of the left edge of a day, kept inside the chart. */
function xOf(chart: Chart, day: Day): number {
  const x = chart.left + daysBetween(chart.from, day) * chart.pxPerDay;
  return Math.max(chart.left, Math.min(chart.right, x));
}

/** The axis: years above, months below (every month, or every 2nd, 3rd… when they are narrow). */
function axis(chart: Chart): string {
  const parts: string[] = [];
  const yearTop = chart.top - AXIS_HEIGHT;
  const monthBaseline = chart.top - 6;
  parts.push(svgRect(chart.left, yearTop, chart.right - chart.left, AXIS_HEIGHT, `fill="${INK.band}"`));
  const monthWidth = 30.4 * chart.pxPerDay;
  const step = [1, 2, 3, 6, 12].find((k) => k * monthWidth >= 34) ?? 12;
  for (let month = startOfMonth(chart.from); month <= chart.to; month = addMonths(month, 1)) {
    const x = xOf(chart, month);
    const monthIndex = Number(month.slice(5, 7)) - 1;
    const isYear = monthIndex === 0;
    if (month >= chart.from)
      parts.push(
        `<line x1="${num(x)}" y1="${num(isYear ? yearTop : yearTop + 16)}" x2="${num(x)}" y2="${num(chart.bottom)}" stroke="${isYear ? INK.border : INK.divider}"/>`,
      );
    const nextX = xOf(chart, addMonths(month, step));
    if (monthIndex % step === 0 && nextX - x >= textWidth('Mmm', 11))
      parts.push(svgText(x + 4, monthBaseline, MONTHS[monthIndex]!, { size: 11, fill: INK.muted }));
    // The year at the range's start and at each January, when there is room before the next one.
    if (isYear || month === startOfMonth(chart.from)) {
      const yearEnd = xOf(chart, `${String(Number(month.slice(0, 4)) + 1).padStart(4, '0')}-01-01`);
      if (yearEnd - x >= textWidth('0000', 12, true) + 8)
        parts.push(svgText(x + 4, yearTop + 13, month.slice(0, 4), { size: 12, weight: 'bold' }));
    }
  }
  return parts.join('');
}

function blackoutBands(chart: Chart, ws: Pick<Workspace, 'blackouts'>): { svg: string; any: boolean } {
  const parts: string[] = [];
  for (const blackout of blackoutsByStart(ws)) {
    if (blackout.end < chart.from || blackout.start > chart.to) continue;
    const x = xOf(chart, blackout.start);
    const width = Math.max(2, xOf(chart, blackout.end) + chart.pxPerDay - x);
    const regions = blackout.regions.length ? blackout.regions.join(', ') : 'all regions';
    parts.push(
      `<g><title>${escapeXml(`Blackout: ${blackout.title} (${regions})`)}</title>${svgRect(x, chart.top, Math.min(width, chart.right - x), chart.bottom - chart.top, `fill="${INK.blackout}"`)}</g>`,
    );
  }
  return { svg: parts.join(''), any: parts.length > 0 };
}

function todayLine(chart: Chart, today: Day): string {
  if (today < chart.from || today > chart.to) return '';
  const x = xOf(chart, today) + chart.pxPerDay / 2;
  return (
    `<line x1="${num(x)}" y1="${num(chart.top - AXIS_HEIGHT)}" x2="${num(x)}" y2="${num(chart.bottom)}" stroke="${INK.today}" stroke-width="1.5"/>` +
    svgText(x, chart.top - AXIS_HEIGHT - 4, 'Today', {
      size: 11,
      fill: INK.today,
      weight: 'bold',
      anchor: 'middle',
    })
  );
}

function itemLine(
  chart: Chart,
  y: number,
  line: Line & { type: 'item' },
  health: Health,
  milestones: readonly { title: string; date: Day }[],
): string {
  const { item } = line;
  const parts: string[] = [];
  const middle = y + ROW_HEIGHT / 2;
  const ink = HEALTH_INK[health];
  // Left column: the title (indented under its parent), then kind, tier and health in words.
  const indent = Math.min(line.depth, 4) * 12;
  const words = `${KIND_LABELS[item.kind]} · T${item.tier}`;
  const healthWord = HEALTH_LABELS[health];
  const wordsWidth = textWidth(words, 10) + textWidth(healthWord, 10, true) + 16;
  const titleWidth = chart.labelWidth - indent - wordsWidth - 8;
  const title = `${line.collapsed ? '▸ ' : ''}${item.title}`;
  parts.push(svgText(chart.labelLeft + indent, middle + 4, fitText(title, titleWidth, 12), { size: 12 }));
  parts.push(
    svgTextRuns(
      chart.left - 10,
      middle + 4,
      [
        { text: `${words} · `, fill: INK.muted },
        { text: healthWord, fill: ink.text, bold: true },
      ],
      { size: 10, anchor: 'end' },
    ),
  );
  const dates = span(item);
  if (dates && dates.start <= chart.to && dates.end >= chart.from) {
    const x1 = xOf(chart, dates.start);
    const x2 = Math.max(x1 + 4, xOf(chart, dates.end) + chart.pxPerDay);
    parts.push(
      svgRect(
        x1,
        middle - BAR_HEIGHT / 2,
        Math.min(x2, chart.right) - x1,
        BAR_HEIGHT,
        `rx="3" fill="${ink.fill}" stroke="${ink.stroke}" stroke-width="1.2"`,
      ),
    );
    // The kind as a stripe at the bar's start, the colour the app gives it.
    parts.push(svgRect(x1, middle - BAR_HEIGHT / 2, 3, BAR_HEIGHT, `fill="${INK.kind[item.kind]}"`));
    if (item.launchDate && item.launchDate >= chart.from && item.launchDate <= chart.to) {
      const launchX = xOf(chart, item.launchDate) + chart.pxPerDay / 2;
      parts.push(
        `<line x1="${num(launchX)}" y1="${num(middle - BAR_HEIGHT / 2 - 2)}" x2="${num(launchX)}" y2="${num(middle + BAR_HEIGHT / 2 + 2)}" stroke="${INK.text}" stroke-width="2"/>`,
      );
      const label = `Launch ${formatShortDay(item.launchDate)}`;
      if (chart.right - x2 >= textWidth(label, 10) + 8)
        parts.push(svgText(x2 + 6, middle + 4, label, { size: 10, fill: INK.muted }));
    }
  }
  for (const milestone of milestones) {
    if (milestone.date < chart.from || milestone.date > chart.to) continue;
    const x = xOf(chart, milestone.date) + chart.pxPerDay / 2;
    const r = 5;
    parts.push(
      `<g><title>${escapeXml(`${milestone.title}, ${formatShortDay(milestone.date)}`)}</title><path d="M${num(x)} ${num(middle - r)}L${num(x + r)} ${num(middle)}L${num(x)} ${num(middle + r)}L${num(x - r)} ${num(middle)}Z" fill="${INK.kind[item.kind]}" stroke="#ffffff" stroke-width="1"/></g>`,
    );
  }
  return `<g><title>${escapeXml(item.title)}</title>${parts.join('')}</g>`;
}

function groupLine(chart: Chart, y: number, line: Line & { type: 'group' }): string {
  const label = `${line.label}${line.continued ? ' (continued)' : ''}`;
  return (
    svgRect(
      chart.labelLeft - 6,
      y + 2,
      chart.right - chart.labelLeft + 6,
      ROW_HEIGHT - 4,
      `fill="${INK.band}"`,
    ) +
    svgText(chart.labelLeft, y + ROW_HEIGHT / 2 + 4, fitText(label, chart.labelWidth - 40, 12, true), {
      size: 12,
      weight: 'bold',
    }) +
    svgText(chart.left - 10, y + ROW_HEIGHT / 2 + 4, String(line.count), {
      size: 11,
      fill: INK.muted,
      anchor: 'end',
    })
  );
}

/** The pages of a picture of the timeline (at least one, even when nothing is in the range). */
export function timelineSvg(
  ws: Workspace,
  view: TimelinePictureView,
  options: PictureOptions,
): PicturePage[] {
  const page = PAGE_SIZES[options.size];
  const from = view.from <= view.to ? view.from : view.to;
  const to = view.from <= view.to ? view.to : view.from;
  const rows = buildTimelineRows(ws, view.grouping, view.collapsed);
  const milestones = milestonesByItem(ws);
  const { lines, outside, undated } = linesInRange(rows, { ...view, from, to }, milestones);
  const health = rowsById(ws, options.today);

  const labelWidth = Math.min(340, Math.round(page.width * 0.3));
  const top = MARGIN + HEADER_HEIGHT + AXIS_HEIGHT;
  const bottom = page.height - MARGIN - FOOTER_HEIGHT;
  const left = MARGIN + labelWidth;
  const right = page.width - MARGIN;
  const chart: Chart = {
    page,
    left,
    right,
    labelLeft: MARGIN + 6,
    labelWidth,
    top,
    bottom,
    from,
    to,
    pxPerDay: (right - left) / (daysBetween(from, to) + 1),
  };
  const perPage = Math.max(1, Math.floor((bottom - top) / ROW_HEIGHT));
  const pages = paginate(lines, perPage);
  const blackouts = blackoutBands(chart, ws);
  const shown = new Set(lines.flatMap((line) => (line.type === 'item' ? [line.item.id] : [])));
  const range = `${formatShortDay(from)} – ${formatShortDay(to)}`;
  const leftOut = [
    outside.size ? `${outside.size.toLocaleString('en-US')} outside these dates` : '',
    undated.size ? `${undated.size.toLocaleString('en-US')} without dates` : '',
  ].filter(Boolean);
  const footer =
    `${shown.size.toLocaleString('en-US')} launch item${shown.size === 1 ? '' : 's'} from ${range}` +
    (leftOut.length ? `; not shown: ${leftOut.join(' and ')}` : '') +
    (blackouts.any ? '. Shaded: blackout windows.' : '.') +
    ' Bar colour: health; black tick: launch day; diamond: milestone.';
  const subtitle = `Grouped by ${view.grouping === 'parent' ? 'parent launch' : view.grouping === 'productArea' ? 'product area' : view.grouping}`;

  return pages.map((pageLines, index) => {
    const header = pageHeader(page, options, index, pages.length, subtitle);
    const body: string[] = [];
    // Stripes first, then blackouts and the axis' lines over them, then the rows on top.
    pageLines.forEach((line, row) => {
      if (line.type === 'item' && row % 2 === 1)
        body.push(svgRect(MARGIN, top + row * ROW_HEIGHT, right - MARGIN, ROW_HEIGHT, `fill="#f7f8fa"`));
    });
    body.push(blackouts.svg, axis(chart));
    if (!lines.length)
      body.push(
        svgText(
          (left + right) / 2,
          (top + bottom) / 2,
          `No launch items fall between ${formatShortDay(from)} and ${formatShortDay(to)}.`,
          {
            size: 14,
            fill: INK.muted,
            anchor: 'middle',
          },
        ),
      );
    pageLines.forEach((line, row) => {
      const y = top + row * ROW_HEIGHT;
      if (line.type === 'group') body.push(groupLine(chart, y, line));
      else {
        const itemHealth = health.get(line.item.id)?.health.health ?? 'on-track';
        body.push(itemLine(chart, y, line, itemHealth, milestones.get(line.item.id) ?? []));
      }
    });
    body.push(
      `<line x1="${num(left)}" y1="${num(top - AXIS_HEIGHT)}" x2="${num(left)}" y2="${num(bottom)}" stroke="${INK.border}"/>`,
      todayLine(chart, options.today),
      pageFooter(page, footer),
    );
    return svgDocument(page, `${options.title} — ${range}`, header, body.join(''));
  });
}
