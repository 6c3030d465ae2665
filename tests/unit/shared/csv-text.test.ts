/**
 * The exports' CSV writer gives papaparse's bytes: Papa.unparse with the exports' options
 * (CRLF, escapeFormulae on the first character) over cells drawn from what breaks CSV —
 * quotes, commas, line breaks, a byte order mark, spaces at either end, formula starts,
 * numbers, booleans, null and missing cells, empty rows.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvCell, csvText, FORMULA_START } from '../../../shared/formats/csv-text';
import { seededRandom } from '../../fixtures/random';

const PIECES = [
  'a',
  'Launch',
  ' ',
  ',',
  '"',
  '""',
  '\r',
  '\n',
  '\r\n',
  '\ufeff',
  '=',
  '+',
  '-',
  '@',
  '\t',
  "'",
  'é',
  '😀',
  ';',
  '|',
];

function cellFrom(rnd: () => number): unknown {
  const roll = rnd();
  if (roll < 0.05) return null;
  if (roll < 0.08) return undefined;
  if (roll < 0.14) return Math.floor(rnd() * 2000) - 1000;
  if (roll < 0.16) return rnd() < 0.5;
  let text = '';
  const length = Math.floor(rnd() * 6);
  for (let i = 0; i < length; i++) text += PIECES[Math.floor(rnd() * PIECES.length)];
  return text;
}

const papa = (fields: string[], data: unknown[][]) =>
  Papa.unparse({ fields, data }, { newline: '\r\n', escapeFormulae: FORMULA_START });

describe('the exports’ CSV writer', () => {
  it('writes what papaparse writes, cell by cell and row by row', () => {
    const rnd = seededRandom(99);
    for (let file = 0; file < 200; file++) {
      const columns = 1 + Math.floor(rnd() * 5);
      const fields = Array.from({ length: columns }, (_, c) =>
        c === 1 ? ' Title, "quoted"' : `Column ${c}`,
      );
      const data = Array.from({ length: Math.floor(rnd() * 8) }, () => {
        if (rnd() < 0.05) return [];
        // Rows shorter or longer than the header now and then.
        const cells = columns + (rnd() < 0.1 ? Math.floor(rnd() * 3) - 1 : 0);
        return Array.from({ length: Math.max(1, cells) }, () => cellFrom(rnd));
      });
      expect(csvText(fields, data)).toBe(papa(fields, data));
    }
  });

  it('quotes and prefixes the cells that need it', () => {
    expect(csvCell('=1+1')).toBe(`"'=1+1"`);
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell('say "hi", then go')).toBe('"say ""hi"", then go"');
    expect(csvCell(' padded')).toBe('" padded"');
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell(null)).toBe('');
  });
});
