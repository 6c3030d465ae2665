/**
 * CSV text as papaparse's `unparse` writes it for the exports (a header row, "," between cells,
 * CRLF between rows, `escapeFormulae` on the first character), byte for byte, in one tight
 * pass: papaparse tests every cell against its list of characters one by one and builds the
 * file by `+=`, which made most of the time of a 100,000-line readiness export. The tests hold
 * the two to the same bytes on generated and hostile cells.
 */

/**
 * The cells a spreadsheet would run as a formula, tested on the first character alone: = + - @
 * (or a tab or carriage return before one). papaparse's own pattern for `escapeFormulae: true`,
 * /^[=+\-@\t\r].*$/, scans every long cell to its end and misses a formula followed by a line
 * break (`.` stops there). Such cells get a leading apostrophe, and quotes.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

/** What makes papaparse quote a cell: its bad delimiters (CR, LF, ", BOM), the comma, a space at either end. */
const NEEDS_QUOTES = /[\r\n"\ufeff,]|^ | $/;

/** One cell as papaparse writes it: empty for null/undefined; numbers and booleans never prefixed. */
export function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (value instanceof Date) return isNaN(value.getTime()) ? '' : value.toISOString();
  let text = String(value);
  let quoted = false;
  const kind = typeof value;
  if (kind !== 'number' && kind !== 'bigint' && kind !== 'boolean' && FORMULA_START.test(text)) {
    text = `'${text}`;
    quoted = true;
  }
  if (!quoted && !NEEDS_QUOTES.test(text)) return text;
  return `"${text.includes('"') ? text.replace(/"/g, '""') : text}"`;
}

/**
 * Papa.unparse({ fields, data }, { newline: '\r\n', escapeFormulae: FORMULA_START }) for a
 * header of at least one field: the header, then each row's first `fields.length` cells
 * (missing ones empty); no line end after the last row.
 */
export function csvText(fields: readonly string[], data: readonly (readonly unknown[])[]): string {
  const lines: string[] = [fields.map(csvCell).join(',')];
  const columns = fields.length;
  // papaparse reads no rows as one row with no cells: the header then ends with a line break.
  for (const row of data.length ? data : [[]]) {
    // papaparse writes a row with no cells at all as an empty line, without the commas.
    if (row.length === 0) {
      lines.push('');
      continue;
    }
    let line = csvCell(row[0]);
    for (let c = 1; c < columns; c++) line += `,${csvCell(row[c])}`;
    lines.push(line);
  }
  return lines.join('\r\n');
}
