/**
 * What a picture export needs beyond the drawing: the choices the dialog starts from (a date
 * range from the timeline's place and zoom, a title), the pages of the view as it is in this
 * window, and saving them in the chosen format through the platform.
 */
import { addDays, addMonths, formatDay, startOfMonth, toDay, type Day } from '../../../shared/dates/days';
import type { Workspace } from '../../../shared/domain/workspace';
import { boardSvg } from '../../../shared/formats/board-svg';
import type { PicturePage, PictureSize } from '../../../shared/formats/picture-page';
import { timelineSvg } from '../../../shared/formats/timeline-svg';
import type { SaveFileResult } from '../../../shared/ipc/contract';
import { platform } from '../../platform';
import { useBoardView } from '../../state/board-view';
import type { PictureSubject } from '../../state/picture-export';
import { useTimelineView, type Zoom } from '../../state/timeline-view';
import { base64Of, FORMAT_FILTERS, pngFile, svgFile, type PictureFormat } from './picture-files';
import { pdfFile } from './picture-pdf';

export interface PictureChoices {
  format: PictureFormat;
  size: PictureSize;
  title: string;
  /** The timeline's date range (both days included); the board has none. */
  from: Day;
  to: Day;
}

/** Months drawn by default at each zoom: about what the zoom shows on a wide screen and more. */
const MONTHS_AT_ZOOM: Record<Zoom, number> = { week: 2, month: 6, quarter: 12 };

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const monthYear = (day: Day) => `${MONTHS[Number(day.slice(5, 7)) - 1]} ${day.slice(0, 4)}`;

/** "Launch timeline — Nov 2026 – Apr 2027"; the board's is "Launch board". */
export function defaultTitle(subject: PictureSubject, from: Day, to: Day): string {
  if (subject === 'board') return 'Launch board';
  const range = monthYear(from) === monthYear(to) ? monthYear(from) : `${monthYear(from)} – ${monthYear(to)}`;
  return `Launch timeline — ${range}`;
}

/**
 * Where the dialog starts: whole months from the one the timeline shows at its left edge (or
 * this month), as many as its zoom suggests; a slide-sized PNG.
 */
export function initialChoices(subject: PictureSubject, today: Day): PictureChoices {
  const { at, zoom } = useTimelineView.getState();
  const from = startOfMonth(at ?? today);
  const to = addDays(addMonths(from, MONTHS_AT_ZOOM[zoom]), -1);
  return { format: 'png', size: 'slide', title: defaultTitle(subject, from, to), from, to };
}

/** When the picture's data was read, in words: "Fri 27 Nov 2026, 14:05". */
export function asOfNow(now = new Date()): string {
  const time = `${String(now.getHours()).padStart(2, '0')}:${String(now.getMinutes()).padStart(2, '0')}`;
  return `${formatDay(toDay(now))}, ${time}`;
}

/** The pages of the subject as this window shows it (grouping, collapsed groups, filters). */
export function picturePages(
  subject: PictureSubject,
  workspace: Workspace,
  choices: PictureChoices,
  context: { today: Day; asOf: string },
): PicturePage[] {
  const options = {
    size: choices.size,
    title: choices.title.trim() || defaultTitle(subject, choices.from, choices.to),
    asOf: context.asOf,
    today: context.today,
  };
  if (subject === 'board') {
    const { grouping, filter } = useBoardView.getState();
    return boardSvg(workspace, { grouping, filter }, options);
  }
  const { grouping, collapsed } = useTimelineView.getState();
  return timelineSvg(workspace, { grouping, collapsed, from: choices.from, to: choices.to }, options);
}

/** The file name offered: "launch-timeline-2026-11-27.pdf". */
export function pictureFileName(subject: PictureSubject, format: PictureFormat, today: Day): string {
  return `launch-${subject}-${today}.${format}`;
}

/** Makes the file and saves it (the desktop's save dialog, or a download). */
export async function exportPicture(
  subject: PictureSubject,
  workspace: Workspace,
  choices: PictureChoices,
  today: Day,
  onProgress?: (done: number, total: number) => void,
): Promise<SaveFileResult> {
  const asOf = asOfNow();
  const pages = picturePages(subject, workspace, choices, { today, asOf });
  const suggestedName = pictureFileName(subject, choices.format, today);
  const filters = [FORMAT_FILTERS[choices.format]];
  if (choices.format === 'svg') return platform.saveFile({ suggestedName, content: svgFile(pages), filters });
  const bytes =
    choices.format === 'png' ? await pngFile(pages) : await pdfFile(pages, choices.title, onProgress);
  return platform.saveFile({ suggestedName, content: base64Of(bytes), encoding: 'base64', filters });
}
