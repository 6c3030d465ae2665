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
          'revenue at stake “abc” is not an amount',
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
});
