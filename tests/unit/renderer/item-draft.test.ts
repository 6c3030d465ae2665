import { describe, expect, it } from 'vitest';
import type { LaunchItem } from '../../../shared/domain/items/schema';
import {
  followElsewhere,
  keepMine,
  mergeDraft,
  startDraft,
  takeTheirs,
} from '../../../renderer/features/launches/item-draft';
import { sample } from '../../fixtures/workspace';

const opened = (): LaunchItem => sample().items['sample-payment-links']!;
const typed = (draft: ReturnType<typeof startDraft>, form: Partial<typeof draft.form>) => ({
  ...draft,
  form: { ...draft.form, ...form },
});

describe('the editor draft of an existing item', () => {
  it('writes nothing when nothing was typed, even where the stored spelling differs from the form’s', () => {
    const record = { ...opened(), tags: ['a', 'a'], links: [{ label: '', url: 'https://x.test' }] };
    expect(mergeDraft(startDraft(record), record)).toEqual({ patch: {}, conflicts: [] });
  });

  it('writes only the typed fields, over a record changed elsewhere', () => {
    const base = opened();
    const draft = typed(startDraft(base), { summary: 'Mine', approverIds: [] });
    const current = { ...base, title: 'Theirs', regions: ['NA'] };
    expect(mergeDraft(draft, current)).toEqual({
      patch: { summary: 'Mine', approverIds: [] },
      conflicts: [],
    });
  });

  it('shows values saved elsewhere in the fields not typed in, and keeps what was typed', () => {
    const base = opened();
    const draft = typed(startDraft(base), { title: 'Mine' });
    const current = {
      ...base,
      title: 'Theirs',
      productArea: 'Elsewhere',
      healthOverride: { health: 'at-risk' as const, reason: 'Vendor late' },
    };
    const followed = followElsewhere(draft, current);
    expect(followed.form).toMatchObject({
      title: 'Mine',
      productArea: 'Elsewhere',
      health: 'at-risk',
      healthReason: 'Vendor late',
    });
    // The followed fields are no change of the person's; the typed one still conflicts.
    const { patch, conflicts } = mergeDraft(followed, current);
    expect(patch).toEqual({});
    expect(conflicts.map((c) => [c.field, c.mine, c.theirs])).toEqual([['title', 'Mine', 'Theirs']]);
  });

  it('is the same draft when nothing it shows changed elsewhere', () => {
    const base = opened();
    const draft = typed(startDraft(base), { title: 'Mine' });
    const touchedElsewhere: LaunchItem = { ...base, updatedAt: '2030-01-01T00:00:00.000Z' };
    expect(followElsewhere(draft, touchedElsewhere)).toBe(draft);
  });

  it('settles a conflict with the person’s value: it is then written over theirs', () => {
    const base = opened();
    const draft = typed(startDraft(base), { title: 'Mine' });
    const current = { ...base, title: 'Theirs' };
    const settled = keepMine(draft, current, ['title']);
    expect(settled.form.title).toBe('Mine');
    expect(mergeDraft(settled, current)).toEqual({ patch: { title: 'Mine' }, conflicts: [] });
  });

  it('settles a conflict with their value: the form shows it and it is not written', () => {
    const base = opened();
    const draft = typed(startDraft(base), { title: 'Mine', summary: 'Mine too' });
    const current = { ...base, title: 'Theirs', summary: 'Theirs too' };
    const settled = takeTheirs(draft, current, ['title']);
    expect(settled.form.title).toBe('Theirs');
    const { patch, conflicts } = mergeDraft(settled, current);
    expect(patch).toEqual({});
    expect(conflicts.map((c) => c.field)).toEqual(['summary']);
  });

  it('finds a conflict again when the field changes elsewhere after it was settled', () => {
    const base = opened();
    const current = { ...base, title: 'Theirs' };
    const settled = keepMine(typed(startDraft(base), { title: 'Mine' }), current, ['title']);
    expect(mergeDraft(settled, { ...current, title: 'Theirs again' }).conflicts).toHaveLength(1);
  });
});
