/** Feedback from CSV: columns guessed from the header, rows read into fields, bad rows reported with reasons. */
import { describe, expect, it } from 'vitest';
import { applyChange } from '../../../shared/domain/change';
import { importFeedback } from '../../../shared/domain/feedback/commands';
import { guessMapping, previewCsv } from '../../../shared/formats/feedback-csv';
import { add, item, laterContext } from '../../fixtures/records';
import { baseWorkspace } from '../../fixtures/workspace';

const HEADER = [
  'Summary',
  'Customer',
  'Region',
  'Priority',
  'Accounts',
  'ARR at risk',
  'Launch',
  'Tags',
  'Notes',
];

function workspace() {
  return add(baseWorkspace(), 'items', item('pay', { title: 'Payment Links' }));
}

describe('feedback CSV', () => {
  it('guesses each field’s column from the header row', () => {
    const mapping = guessMapping(HEADER);
    expect(mapping).toMatchObject({
      title: 0,
      account: 1,
      region: 2,
      severity: 3,
      accountCount: 4,
      revenueAtStake: 5,
      launch: 6,
      tags: 7,
      detail: 8,
      source: -1,
      status: -1,
    });
    // "ARR at risk", "Revenue at stake ($)": a header starting with a name is enough.
    expect(guessMapping(['Title', 'Revenue at stake ($)']).revenueAtStake).toBe(1);
    expect(guessMapping(['Title', 'ARR']).revenueAtStake).toBe(1);
  });

  it('reads good rows into fields, and reports bad ones with their row number and reasons', () => {
    const rows = [
      HEADER,
      [
        'Links expire',
        'Northwind',
        'north america',
        'high',
        '14',
        '$120,000',
        'payment links',
        'Expiry; Notifications',
        'No warning',
      ],
      ['', '', '', '', '', '', '', '', ''],
      ['VAT missing', 'Contoso', 'EU', 'urgent', 'many', '', 'Checkout', '', ''],
      ['Slow', 'Litware', 'Mars', '2', '3', 'abc', '', '', ''],
    ];
    // The person moves the detail to another column: the mapping is theirs to change.
    const mapping = { ...guessMapping(HEADER), detail: 8 };
    const preview = previewCsv(workspace(), rows, mapping);
    expect(preview.good).toEqual([
      {
        title: 'Links expire',
        detail: 'No warning',
        account: 'Northwind',
        region: 'NA',
        severity: 3,
        accountCount: 14,
        revenueAtStake: 120000,
        itemId: 'pay',
        tags: ['Expiry', 'Notifications'],
      },
    ]);
    expect(preview.bad.map((r) => [r.row, r.problems])).toEqual([
      [
        4,
        [
          'severity “urgent” is not 1–4 or low, medium, high, critical',
          'number of accounts “many” is not a whole number',
          'no launch item is called “Checkout”',
        ],
      ],
      [
        5,
        [
          'region “Mars” is not one of this workspace’s (NA, EU, UK, APAC, LATAM, JP)',
          'revenue at stake “abc” is not an amount (write 12500.50, 12,500.50 or 12.500,50)',
        ],
      ],
    ]);
    // The good rows import as they were previewed.
    const ws = workspace();
    const after = applyChange(ws, importFeedback(ws, preview.good, laterContext()));
    expect(Object.values(after.feedback)).toMatchObject([
      { title: 'Links expire', revenueAtStake: 120000, status: 'new' },
    ]);
  });

  it('a row without a title, or a launch title two items share, is left out', () => {
    const ws = add(workspace(), 'items', item('pay2', { title: 'payment links' }));
    const preview = previewCsv(
      ws,
      [
        ['Title', 'Launch'],
        ['', ''],
        ['X', ''],
        [' ', 'Payment Links'],
      ],
      guessMapping(['Title', 'Launch']),
    );
    expect(preview.bad.map((r) => r.problems)).toEqual([
      ['no title', '2 launch items are called “Payment Links”'],
    ]);
    expect(preview.good).toEqual([expect.objectContaining({ title: 'X' })]);
  });

  it('a longer header name wins over a shorter one, and generic words match only whole headers', () => {
    expect(guessMapping(['Title', 'Accounts affected', 'Account name'])).toMatchObject({
      accountCount: 1,
      account: 2,
    });
    // "Product area" is not the launch; "Launch name" is.
    expect(guessMapping(['Title', 'Product area', 'Launch name'])).toMatchObject({ launch: 2 });
    expect(guessMapping(['Title', 'Product area']).launch).toBe(-1);
  });

  it('a severity is only one of the words named, never a name every object has', () => {
    const preview = previewCsv(
      workspace(),
      [
        ['Title', 'Severity'],
        ['A', 'constructor'],
        ['B', 'toString'],
        ['C', 'Critical'],
      ],
      guessMapping(['Title', 'Severity']),
    );
    expect(preview.bad.map((r) => [r.row, r.problems])).toEqual([
      [2, ['severity “constructor” is not 1–4 or low, medium, high, critical']],
      [3, ['severity “toString” is not 1–4 or low, medium, high, critical']],
    ]);
    expect(preview.good).toEqual([expect.objectContaining({ title: 'C', severity: 4 })]);
  });

  it('reads amounts with thousands grouped either way, and refuses those that read two ways', () => {
    const amounts = [
      '$12,500',
      '12 500 €',
      '1,234.56',
      '€1.234,56',
      '1.234.567',
      '12500.5',
      '12,5',
      '1,23,456',
      '1.234,567.8',
    ];
    const preview = previewCsv(
      workspace(),
      [['Title', 'Revenue'], ...amounts.map((a) => ['T', a])],
      guessMapping(['Title', 'Revenue']),
    );
    expect(preview.rows.map((r) => r.fields?.revenueAtStake ?? null)).toEqual([
      12500,
      12500,
      1234.56,
      1234.56,
      1234567,
      12500.5,
      null,
      null,
      null,
    ]);
  });

  it('a row with more or fewer cells than the header is left out, named by its row', () => {
    const preview = previewCsv(
      workspace(),
      [['Title', 'Accounts'], ['A', '3'], ['B'], ['C', '4', 'extra'], ['D', '5']],
      guessMapping(['Title', 'Accounts']),
    );
    expect(preview.bad.map((r) => [r.row, r.problems])).toEqual([
      [3, ['it has 1 cell where the header has 2']],
      [4, ['it has 3 cells where the header has 2']],
    ]);
    expect(preview.goodRows).toEqual([2, 5]);
  });

  it('an import the command refuses names the file’s row, not the record’s position', () => {
    const ws = workspace();
    expect(() =>
      importFeedback(
        ws,
        [{ title: 'Fine' }, { title: 'Bad', accountCount: -1 }],
        laterContext(),
        'f.csv',
        [2, 7],
      ),
    ).toThrow(/Row 7:/);
  });
});
