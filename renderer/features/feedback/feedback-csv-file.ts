/** Opens a CSV file of feedback (a native dialog on the desktop, a file picker in a browser) and starts its preview. */
import Papa from 'papaparse';
import { platform } from '../../platform';
import { openFeedbackImport } from '../../state/feedback-view';
import { showToast } from '../../state/window';

const CSV_FILTER = [{ name: 'CSV spreadsheet', extensions: ['csv', 'txt'] }];

/** Rows named in a message: the first few, as a spreadsheet numbers them (the header is row 1). */
const rowList = (rows: readonly number[]) =>
  rows.slice(0, 5).join(', ') + (rows.length > 5 ? ` and ${rows.length - 5} more` : '');

/**
 * The cells of each row; the first row is the header. Throws with a reason when there is nothing
 * to read, or when a quote is never closed: from there on the rest of the file would be read as
 * one cell and its rows lost without a word, so the file is refused with the row to fix.
 * (Rows with the wrong number of cells are reported row by row by the preview.)
 */
export function parseFeedbackCsv(text: string): string[][] {
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const quoteRows = [
    ...new Set(result.errors.filter((e) => e.type === 'Quotes').map((e) => (e.row ?? 0) + 1)),
  ];
  if (quoteRows.length)
    throw new Error(
      `a quoted cell is not closed in row ${rowList(quoteRows)} (a " opens a cell that runs to the next "). ` +
        'Fix the quotes and import again.',
    );
  const rows = result.data.filter((row) => Array.isArray(row));
  if (rows.length === 0) throw new Error('The file is empty.');
  if (rows.length === 1) throw new Error('The file has a header row but no feedback under it.');
  return rows.map((row) => row.map((cell) => String(cell ?? '')));
}

export async function startFeedbackImport(): Promise<void> {
  const file = await platform.openFile({ filters: CSV_FILTER });
  if (file.status === 'cancelled') return;
  if (file.status === 'failed') return showToast({ tone: 'error', message: file.message });
  try {
    openFeedbackImport({ name: file.name, rows: parseFeedbackCsv(file.content) });
  } catch (error) {
    showToast({ tone: 'error', message: `${file.name} cannot be imported: ${(error as Error).message}` });
  }
}
