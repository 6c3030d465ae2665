/** Feedback commands: capture, edit, status, link, delete, merge duplicates (undo unmerges) and import. */
import { describe, expect, it } from 'vitest';
import { applyChange, invert } from '../../../shared/domain/change';
import { runDomainCommand } from '../../../shared/domain/commands';
import { CommandError, ValidationError } from '../../../shared/domain/errors';
import {
  captureFeedback,
  deleteFeedback,
  importFeedback,
  linkFeedback,
  mergeFeedback,
  setFeedbackStatus,
  updateFeedback,
} from '../../../shared/domain/feedback/commands';
import { mergedIntoOf, tagsOf } from '../../../shared/domain/feedback/schema';
import { integrityProblems } from '../../../shared/domain/integrity';
import type { Workspace } from '../../../shared/domain/workspace';
import { feedback } from '../../fixtures/feedback';
import { add, item, laterContext } from '../../fixtures/records';
import { baseWorkspace } from '../../fixtures/workspace';

function workspace(): Workspace {
  const ws = baseWorkspace();
  add(
    ws,
    'items',
    item('pay', { title: 'Payment Links' }),
    item('beta', { title: 'Payment Links beta', kind: 'beta', parentId: 'pay' }),
  );
  add(
    ws,
    'feedback',
    feedback('a', {
      title: 'Links expire',
      account: 'Northwind',
      accountCount: 14,
      revenueAtStake: 120000,
      severity: 3,
      detail: 'No warning.',
      tags: ['Expiry'],
      itemId: 'beta',
    }),
    feedback('b', {
      title: 'Link expired early',
      account: 'Adventure Works',
      accountCount: 6,
      revenueAtStake: 90000,
      severity: 4,
      detail: 'Got an error.',
      tags: ['expiry', 'Errors'],
    }),
    feedback('c', { title: 'Expiry again', accountCount: 2, revenueAtStake: 1000 }),
  );
  return ws;
}

const issuesOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error.issues;
    throw error;
  }
  throw new Error('not refused');
};

describe('capturing and editing feedback', () => {
  it('needs only a title; the rest has defaults', () => {
    const ws = workspace();
    const { change, id } = captureFeedback(ws, { title: '  Slow export ' }, laterContext());
    const f = applyChange(ws, change).feedback[id]!;
    expect(f).toMatchObject({
      title: 'Slow export',
      source: 'other',
      severity: 2,
      accountCount: 1,
      revenueAtStake: 0,
      status: 'new',
      itemId: null,
      tags: [],
    });
    expect(change.label).toBe('Capture feedback “Slow export”');
  });

  it('refuses a missing title, an unknown region and a missing launch item, all at once', () => {
    const issues = issuesOf(() =>
      captureFeedback(workspace(), { title: '', region: 'XX', itemId: 'gone' }, laterContext()),
    );
    expect(issues.map((i) => i.path)).toEqual(['title']);
    const rules = issuesOf(() =>
      captureFeedback(workspace(), { title: 'T', region: 'XX', itemId: 'gone' }, laterContext()),
    );
    expect(rules).toEqual([
      { path: 'itemId', message: 'That launch item no longer exists' },
      { path: 'region', message: 'Choose one of the workspace’s regions (not XX)' },
    ]);
  });

  it('keeps one spelling of each theme', () => {
    const ws = workspace();
    const change = updateFeedback(ws, 'c', { tags: ['Expiry', ' expiry ', '', 'Billing'] }, laterContext());
    expect(tagsOf(applyChange(ws, change).feedback.c!)).toEqual(['Expiry', 'Billing']);
  });

  it('sets the status of many at once, and says which', () => {
    const ws = workspace();
    const change = setFeedbackStatus(ws, ['a', 'b', 'b'], 'triaged', laterContext());
    expect(change.ops).toHaveLength(2);
    expect(change.label).toBe('Mark 2 feedback records Triaged');
    expect(() => setFeedbackStatus(ws, ['zz'], 'done', laterContext())).toThrow(CommandError);
  });

  it('links to a launch item and unlinks', () => {
    const ws = workspace();
    const linked = applyChange(ws, linkFeedback(ws, ['b', 'c'], 'pay', laterContext()));
    expect(linked.feedback.b!.itemId).toBe('pay');
    const unlinked = applyChange(linked, linkFeedback(linked, ['b'], null, laterContext()));
    expect(unlinked.feedback.b!.itemId).toBeNull();
    expect(() => linkFeedback(ws, ['b'], 'gone', laterContext())).toThrow(
      'That launch item no longer exists.',
    );
  });
});

describe('merging duplicates', () => {
  it('sums accounts and revenue, takes the highest severity, combines themes and detail; undo unmerges', () => {
    const ws = workspace();
    const change = mergeFeedback(ws, 'a', ['b', 'c'], laterContext());
    const merged = applyChange(ws, change);
    const kept = merged.feedback.a!;
    expect(kept).toMatchObject({ accountCount: 22, revenueAtStake: 211000, severity: 4, itemId: 'beta' });
    expect(tagsOf(kept)).toEqual(['Expiry', 'Errors']);
    expect(kept.detail).toBe('No warning.\n\nFrom “Link expired early” (Adventure Works): Got an error.');
    expect(mergedIntoOf(merged.feedback.b!)).toBe('a');
    expect(mergedIntoOf(merged.feedback.c!)).toBe('a');
    // The duplicates keep their own figures: who said what stays readable.
    expect(merged.feedback.b!.accountCount).toBe(6);
    expect(change.label).toBe('Merge 2 duplicates into “Links expire”');
    expect(applyChange(merged, invert(change)).feedback).toEqual(ws.feedback);
  });

  it('takes a duplicate’s launch when the kept one has none, and re-points earlier duplicates', () => {
    const ws = workspace();
    const first = applyChange(ws, mergeFeedback(ws, 'c', ['b'], laterContext()));
    const second = applyChange(first, mergeFeedback(first, 'a', ['c'], laterContext()));
    expect(mergedIntoOf(second.feedback.b!)).toBe('a');
    expect(mergedIntoOf(second.feedback.c!)).toBe('a');
    const third = applyChange(ws, mergeFeedback(ws, 'c', ['a'], laterContext()));
    expect(third.feedback.c!.itemId).toBe('beta');
  });

  it('refuses merging a record already merged, or nothing', () => {
    const ws = workspace();
    const merged = applyChange(ws, mergeFeedback(ws, 'a', ['b'], laterContext()));
    expect(() => mergeFeedback(merged, 'c', ['b'], laterContext())).toThrow(
      '“Link expired early” is already merged into another record.',
    );
    expect(() => mergeFeedback(merged, 'b', ['c'], laterContext())).toThrow(CommandError);
    expect(() => mergeFeedback(ws, 'a', ['a'], laterContext())).toThrow('Choose some feedback first.');
  });

  it('deleting the kept record deletes its duplicates too', () => {
    const ws = workspace();
    const merged = applyChange(ws, mergeFeedback(ws, 'a', ['b'], laterContext()));
    const after = applyChange(merged, deleteFeedback(merged, ['a']));
    expect(Object.keys(after.feedback)).toEqual(['c']);
  });
});

describe('importing feedback', () => {
  it('imports every row as one change, and names a bad row', () => {
    const ws = workspace();
    const change = importFeedback(
      ws,
      [{ title: 'One' }, { title: 'Two', region: 'EU' }],
      laterContext(),
      'f.csv',
    );
    expect(change.label).toBe('Import 2 feedback records from f.csv');
    expect(Object.keys(applyChange(ws, change).feedback)).toHaveLength(5);
    const issues = issuesOf(() => importFeedback(ws, [{ title: 'One' }, { title: '' }], laterContext()));
    expect(issues[0]!.message).toMatch(/^Row 2: /);
    expect(() => importFeedback(ws, [], laterContext())).toThrow('There is no feedback to import.');
  });

  it('runs by name as data, its arguments checked', () => {
    const ws = workspace();
    const change = runDomainCommand(
      ws,
      'feedback.merge',
      { keepId: 'a', duplicateIds: ['b'] },
      laterContext(),
    );
    expect(applyChange(ws, change).feedback.a!.accountCount).toBe(20);
    expect(() =>
      runDomainCommand(ws, 'feedback.capture', { fields: { title: 'x', score: 9 } }, laterContext()),
    ).toThrow(ValidationError);
    const captured = runDomainCommand(
      ws,
      'feedback.capture',
      { fields: { title: 'x', tags: ['A'] } },
      laterContext(),
    );
    expect(captured.ops).toHaveLength(1);
  });
});

describe('feedback merges kept honest', () => {
  it('a merge whose themes pass 20 keeps the first 20 and says so', () => {
    const ws = add(
      baseWorkspace(),
      'feedback',
      feedback('k', { tags: Array.from({ length: 15 }, (_, i) => `Kept ${i}`) }),
      feedback('d', { tags: Array.from({ length: 10 }, (_, i) => `Dup ${i}`) }),
    );
    const change = mergeFeedback(ws, 'k', ['d'], laterContext());
    expect(change.label).toBe('Merge 1 duplicate into “Feedback k” (5 themes beyond 20 left out)');
    const kept = applyChange(ws, change).feedback.k!;
    expect(tagsOf(kept)).toHaveLength(20);
    expect(tagsOf(kept).slice(14)).toEqual(['Kept 14', 'Dup 0', 'Dup 1', 'Dup 2', 'Dup 3', 'Dup 4']);
  });

  it('a stored duplicate must name another existing record that is not merged itself', () => {
    const ws = add(
      baseWorkspace(),
      'feedback',
      feedback('kept'),
      feedback('ok', { mergedIntoId: 'kept' }),
      feedback('self', { mergedIntoId: 'self' }),
      feedback('lost', { mergedIntoId: 'nowhere' }),
      feedback('chain', { mergedIntoId: 'ok' }),
    );
    expect(integrityProblems(ws).map((p) => `${p.id}: ${p.message}`)).toEqual([
      expect.stringMatching(/^self: .* is merged into itself\.$/),
      expect.stringMatching(/^lost: .* is merged into a missing feedback record \(nowhere\)\.$/),
      expect.stringMatching(/^chain: .* is merged into a record that is itself merged \(ok\)\.$/),
    ]);
  });
});
