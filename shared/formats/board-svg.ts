/**
 * The board as SVG pages for slides, print and PDF: a column per stage, the cards of the board
 * as it is on screen (its swimlanes and filters), each with its title, kind, tier, health in
 * words and launch day with its T-label. Columns that do not fit across a page wrap onto the
 * next pages (never cut); cards that do not fit down a page continue on the next, under the
 * same column headings. Pure: no DOM.
 */
import { formatShortDay, tMinusLabel, type Day } from '../dates/days';
import { matchesFilter, type BoardFilter } from '../domain/items/board';
import { byRank } from '../domain/ranks';
import { HEALTH_LABELS, KIND_LABELS } from '../domain/primitives';
import { recordOf, settingsOf, type Workspace } from '../domain/workspace';
import { buildRows, type LaunchRow } from '../views/launch-rows';
import { GROUPING_LABELS, groupByLane, laneOrder, NO_LANE, type Grouping } from '../views/lanes';
import {
  escapeXml,
  fitText,
  FOOTER_HEIGHT,
  HEADER_HEIGHT,
  HEALTH_INK,
  INK,
  MARGIN,
  PAGE_SIZES,
  pageFooter,
  pageHeader,
  svgDocument,
  svgRect,
  svgText,
  svgTextRuns,
  textWidth,
  type PictureOptions,
  type PicturePage,
} from './picture-page';

export interface BoardPictureView {
  grouping: Grouping;
  filter: BoardFilter;
}

const MIN_COLUMN_WIDTH = 170;
const COLUMN_GAP = 10;
const COLUMN_HEADER_HEIGHT = 28;
const CARD_HEIGHT = 62;
const CARD_GAP = 8;
const LANE_HEADING_HEIGHT = 24;

interface Lane {
  label: string;
  /** Stage id → cards, in the board's order. */
  cells: Map<string, LaunchRow[]>;
}

/** The board's lanes and cells, filtered as on screen (the board's own rule, matchesFilter). */
function boardLanes(
  ws: Workspace,
  view: BoardPictureView,
  today: Day,
): { lanes: Lane[]; shown: number; total: number } {
  const settings = settingsOf(ws);
  const active = buildRows(ws, today).filter((row) => !row.item.archived);
  const shown = active.filter((row) =>
    matchesFilter(
      row.item,
      view.filter,
      () => row.searchText,
      () => row.health.health,
    ),
  );
  const byLane = groupByLane(shown, (row) => row.item, view.grouping);
  const lanes = laneOrder(ws, view.grouping, byLane.keys())
    .filter((lane) => byLane.has(lane.key) || (view.grouping === 'none' && lane.key !== NO_LANE))
    .map(({ key, label }) => {
      const cells = new Map(settings.stages.map((stage) => [stage.id, [] as LaunchRow[]]));
      for (const row of byLane.get(key) ?? []) cells.get(row.item.stageId)?.push(row);
      for (const list of cells.values()) list.sort((a, b) => byRank(a.item, b.item));
      return { label, cells };
    });
  return { lanes, shown: shown.length, total: active.length };
}

/** A band of one page: a lane heading, or one row of cards across the columns. */
type Band =
  { type: 'lane'; label: string; continued: boolean } | { type: 'cards'; cards: (LaunchRow | null)[] };

/** The bands of a set of columns: each lane's heading (with swimlanes) and its rows of cards. */
function bandsOf(lanes: readonly Lane[], stageIds: readonly string[], laned: boolean): Band[] {
  const bands: Band[] = [];
  for (const lane of lanes) {
    const columns = stageIds.map((id) => lane.cells.get(id) ?? []);
    const depth = Math.max(0, ...columns.map((cards) => cards.length));
    if (laned && depth === 0) continue;
    if (laned) bands.push({ type: 'lane', label: lane.label, continued: false });
    for (let row = 0; row < depth; row += 1)
      bands.push({ type: 'cards', cards: columns.map((cards) => cards[row] ?? null) });
  }
  return bands;
}

const bandHeight = (band: Band) => (band.type === 'lane' ? LANE_HEADING_HEIGHT : CARD_HEIGHT + CARD_GAP);

/** Bands cut into pages of `room` pixels: a lane heading never ends a page, and is repeated. */
function paginate(bands: readonly Band[], room: number): Band[][] {
  const pages: Band[][] = [];
  let page: Band[] = [];
  let used = 0;
  let lane: (Band & { type: 'lane' }) | null = null;
  for (const band of bands) {
    const need = bandHeight(band) + (band.type === 'lane' ? CARD_HEIGHT + CARD_GAP : 0);
    if (page.length && used + need > room) {
      pages.push(page);
      page = [];
      used = 0;
      if (band.type === 'cards' && lane) {
        page.push({ ...lane, continued: true });
        used += LANE_HEADING_HEIGHT;
      }
    }
    if (band.type === 'lane') lane = band;
    page.push(band);
    used += bandHeight(band);
  }
  if (page.length || !pages.length) pages.push(page);
  return pages;
}

/** One card: a health stripe, the title (two lines at most), kind · tier · health, launch day. */
function card(row: LaunchRow, x: number, y: number, width: number, today: Day): string {
  const { item } = row;
  const health = row.health.health;
  const ink = HEALTH_INK[health];
  const parts: string[] = [
    svgRect(x, y, width, CARD_HEIGHT, `rx="4" fill="#ffffff" stroke="${INK.border}"`),
    svgRect(x, y, 4, CARD_HEIGHT, `fill="${ink.stroke}"`),
  ];
  const textX = x + 10;
  const textWidthAvailable = width - 16;
  // Title: as much as fits on the first line (broken at a space), the rest on a second.
  const words = item.title.split(/\s+/);
  let first = '';
  while (words.length && textWidth(`${first} ${words[0]}`.trim(), 11.5, true) <= textWidthAvailable)
    first = `${first} ${words.shift()}`.trim();
  const rest = words.join(' ');
  const lines = first
    ? [first, ...(rest ? [fitText(rest, textWidthAvailable, 11.5, true)] : [])]
    : [fitText(item.title, textWidthAvailable, 11.5, true)];
  lines.forEach((line, index) =>
    parts.push(svgText(textX, y + 15 + index * 13, line, { size: 11.5, weight: 'bold' })),
  );
  // Health first, in its colour and in words, then kind and tier.
  const meta = fitText(
    ` · ${KIND_LABELS[item.kind]} · Tier ${item.tier}`,
    textWidthAvailable - textWidth(HEALTH_LABELS[health], 10, true),
    10,
  );
  parts.push(
    svgTextRuns(
      textX,
      y + 43,
      [
        { text: HEALTH_LABELS[health], fill: ink.text, bold: true },
        { text: meta, fill: INK.muted },
      ],
      { size: 10 },
    ),
  );
  const launch = item.launchDate
    ? `T-0 ${formatShortDay(item.launchDate)} (${tMinusLabel(item.launchDate, today)})`
    : 'No launch date';
  parts.push(svgText(textX, y + 56, fitText(launch, textWidthAvailable, 10), { size: 10, fill: INK.muted }));
  return `<g><title>${escapeXml(item.title)}</title>${parts.join('')}</g>`;
}

/** The filter in words, for the page's subtitle ("Tier 1 · region EU · “payments”"). */
function filterWords(ws: Workspace, view: BoardPictureView): string {
  const { filter } = view;
  const words = [
    view.grouping !== 'none' ? `Swimlanes by ${GROUPING_LABELS[view.grouping].toLowerCase()}` : '',
    filter.kind ? KIND_LABELS[filter.kind] : '',
    filter.tier ? `Tier ${filter.tier}` : '',
    filter.region ? `region ${filter.region}` : '',
    filter.ownerId ? `owner ${recordOf(ws.people, filter.ownerId)?.name ?? 'unknown'}` : '',
    filter.health ? HEALTH_LABELS[filter.health] : '',
    filter.text.trim() ? `“${filter.text.trim()}”` : '',
  ];
  return words.filter(Boolean).join(' · ');
}

/** The pages of a picture of the board (at least one, even when no card matches). */
export function boardSvg(ws: Workspace, view: BoardPictureView, options: PictureOptions): PicturePage[] {
  const page = PAGE_SIZES[options.size];
  const settings = settingsOf(ws);
  const { lanes, shown, total } = boardLanes(ws, view, options.today);
  const laned = view.grouping !== 'none';
  const contentWidth = page.width - 2 * MARGIN;
  const perPage = Math.max(1, Math.floor((contentWidth + COLUMN_GAP) / (MIN_COLUMN_WIDTH + COLUMN_GAP)));
  const stageChunks: (typeof settings.stages)[] = [];
  for (let start = 0; start < settings.stages.length; start += perPage)
    stageChunks.push(settings.stages.slice(start, start + perPage));
  if (!stageChunks.length) stageChunks.push([]);
  const top = MARGIN + HEADER_HEIGHT;
  const cardsTop = top + COLUMN_HEADER_HEIGHT + 6;
  const room = page.height - MARGIN - FOOTER_HEIGHT - cardsTop;

  const layouts = stageChunks.flatMap((stages) =>
    paginate(
      bandsOf(
        lanes,
        stages.map((s) => s.id),
        laned,
      ),
      room,
    ).map((bands) => ({ stages, bands })),
  );
  const counts = new Map(settings.stages.map((stage) => [stage.id, 0]));
  for (const lane of lanes)
    for (const [stageId, cards] of lane.cells) counts.set(stageId, (counts.get(stageId) ?? 0) + cards.length);
  const subtitle = filterWords(ws, view);
  const footer = `${shown.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} launch items${shown < total ? ' (filtered)' : ''}. Left stripe and word: health; T-0: launch day.`;

  return layouts.map(({ stages, bands }, index) => {
    const columns = Math.max(1, stages.length);
    const columnWidth = (contentWidth - (columns - 1) * COLUMN_GAP) / columns;
    const columnX = (column: number) => MARGIN + column * (columnWidth + COLUMN_GAP);
    const header = pageHeader(page, options, index, layouts.length, subtitle);
    const body: string[] = [];
    stages.forEach((stage, column) => {
      const x = columnX(column);
      const gated = settings.launchedStageId === stage.id ? ' · gate' : '';
      body.push(
        svgRect(x, top, columnWidth, page.height - MARGIN - FOOTER_HEIGHT - top, `rx="6" fill="${INK.band}"`),
        svgText(x + 8, top + 18, fitText(stage.name, columnWidth - 56, 13, true), {
          size: 13,
          weight: 'bold',
        }),
        svgText(x + columnWidth - 8, top + 18, `${counts.get(stage.id) ?? 0}${gated}`, {
          size: 11,
          fill: INK.muted,
          anchor: 'end',
        }),
      );
    });
    if (shown === 0)
      body.push(
        svgText(
          page.width / 2,
          cardsTop + room / 2,
          total ? 'No launch items match these filters.' : 'No launch items yet.',
          {
            size: 14,
            fill: INK.muted,
            anchor: 'middle',
          },
        ),
      );
    let y = cardsTop;
    for (const band of bands) {
      if (band.type === 'lane') {
        const label = `${band.label}${band.continued ? ' (continued)' : ''}`;
        body.push(
          `<line x1="${MARGIN}" y1="${y + 2}" x2="${page.width - MARGIN}" y2="${y + 2}" stroke="${INK.border}"/>`,
          svgText(MARGIN + 4, y + 17, fitText(label, contentWidth - 8, 12, true), {
            size: 12,
            weight: 'bold',
          }),
        );
      } else
        band.cards.forEach((row, column) => {
          if (row) body.push(card(row, columnX(column) + 4, y, columnWidth - 8, options.today));
        });
      y += bandHeight(band);
    }
    body.push(pageFooter(page, footer));
    return svgDocument(page, options.title, header, body.join(''));
  });
}
