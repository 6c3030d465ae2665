import { describe, expect, it } from 'vitest';
import { errorsByField, fieldsFromForm, formFromFields } from '../../../renderer/features/launches/item-form';
import { sample } from '../../fixtures/workspace';

describe('item form', () => {
  it('round-trips the fields of an item', () => {
    const {
      id: _id,
      rank: _rank,
      createdAt: _c,
      updatedAt: _u,
      ...fields
    } = sample().items['sample-payment-links']!;
    expect(fieldsFromForm(formFromFields(fields))).toEqual(fields);
  });

  it('turns empty inputs into nulls and parses tags and links', () => {
    const {
      id: _id,
      rank: _rank,
      createdAt: _c,
      updatedAt: _u,
      ...fields
    } = sample().items['sample-payment-links']!;
    const form = {
      ...formFromFields(fields),
      ownerId: '',
      endDate: '',
      tags: ' a, b ,a,, ',
      links: 'Brief | https://x.test/a\n\nhttps://y.test',
    };
    const out = fieldsFromForm(form);
    expect(out.ownerId).toBeNull();
    expect(out.endDate).toBeNull();
    expect(out.tags).toEqual(['a', 'b']);
    expect(out.links).toEqual([
      { label: 'Brief', url: 'https://x.test/a' },
      { label: '', url: 'https://y.test' },
    ]);
  });

  it('maps issues to fields, naming the line of a bad link', () => {
    expect(
      errorsByField([
        { path: 'title', message: 'Enter a title' },
        { path: 'links.1.url', message: 'Bad' },
        { path: 'healthOverride.reason', message: 'Say why' },
        { path: '', message: 'Whole' },
      ]),
    ).toEqual({ title: 'Enter a title', links: 'Line 2: Bad', healthReason: 'Say why', form: 'Whole' });
  });
});
