/** Reading a feedback CSV file: an unclosed quote refuses the file with its row, rather than losing the rows after it. */
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../../renderer/platform', () => ({ platform: {} }));
vi.mock('../../../renderer/state/feedback-view', () => ({ openFeedbackImport: vi.fn() }));
vi.mock('../../../renderer/state/window', () => ({ showToast: vi.fn() }));

const { parseFeedbackCsv } = await import('../../../renderer/features/feedback/feedback-csv-file');

describe('parseFeedbackCsv', () => {
  it('reads each row’s cells, the header first', () => {
    expect(parseFeedbackCsv('\uFEFFTitle,Accounts\n"A, quoted",3\n\nB,4\n')).toEqual([
      ['Title', 'Accounts'],
      ['A, quoted', '3'],
      ['B', '4'],
    ]);
  });

  it('refuses a file with a quote never closed, naming the row where it opens', () => {
    expect(() => parseFeedbackCsv('Title,Accounts\nA,3\n"B,4\nC,5\nD,6\n')).toThrow(
      /a quoted cell is not closed in row 3/,
    );
  });

  it('refuses an empty file and one with only a header', () => {
    expect(() => parseFeedbackCsv('')).toThrow('The file is empty.');
    expect(() => parseFeedbackCsv('Title\n')).toThrow(/header row but no feedback/);
  });
});
