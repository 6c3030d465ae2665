/**
 * The feedback detail's draft: saving writes only the fields typed, so a merge or another
 * window's edit made meanwhile is kept; a field changed on both sides is named.
 */
import { describe, expect, it } from 'vitest';
import {
  changedFieldsOf,
  conflictsOf,
  draftOf,
  editedDraft,
  shownForm,
} from '../../../renderer/features/feedback/feedback-draft';

const record = { title: 'Links expire', accountCount: 3, revenueAtStake: 1000, status: 'new' as const };

describe('feedback edit draft', () => {
  it('saves only the fields typed, keeping a merge’s sums made meanwhile', () => {
    const opened = draftOf(record);
    const typed = editedDraft(null, opened, { ...opened, title: 'Links expire early' });
    // Meanwhile a duplicate is merged in elsewhere: accounts and revenue become sums.
    const merged = draftOf({ ...record, accountCount: 5, revenueAtStake: 3000 });
    expect(changedFieldsOf(typed)).toEqual({ title: 'Links expire early' });
    expect(conflictsOf(typed, merged)).toEqual([]);
    // The form shows the summed figures beside the typed title.
    expect(shownForm(typed, merged)).toMatchObject({
      title: 'Links expire early',
      accountCount: '5',
      revenueAtStake: '3000',
    });
  });

  it('a keystroke after a change elsewhere does not claim the untouched fields', () => {
    const opened = draftOf(record);
    const first = editedDraft(null, opened, { ...opened, title: 'L' });
    const moved = draftOf({ ...record, status: 'planned' });
    const second = editedDraft(first, moved, { ...shownForm(first, moved), title: 'Li' });
    expect(changedFieldsOf(second)).toEqual({ title: 'Li' });
  });

  it('names a field changed on both sides, and not one changed to the same value', () => {
    const opened = draftOf(record);
    const typed = editedDraft(null, opened, { ...opened, status: 'done', accountCount: '4' });
    const elsewhere = draftOf({ ...record, status: 'planned', accountCount: 4 });
    expect(conflictsOf(typed, elsewhere)).toEqual(['status']);
    expect(changedFieldsOf(typed)).toEqual({ status: 'done', accountCount: 4 });
  });
});
