/**
 * The participant edit row saves only what the person changed: a status set meanwhile in
 * another window survives an edit of the contact made from a form opened before it.
 */
import { describe, expect, it } from 'vitest';
import { updateParticipant } from '../../../shared/domain/betas/commands';
import { applyChange } from '../../../shared/domain/change';
import { changedFieldsOf, draftOf } from '../../../renderer/features/launches/participant-draft';
import { participant } from '../../fixtures/betas';
import { add, item, laterContext } from '../../fixtures/records';
import { baseWorkspace } from '../../fixtures/workspace';

describe('the participant edit row', () => {
  const opened = participant('p', 'b', { account: 'Acme', contact: 'ana@acme.test', region: 'EU' });

  it('sends nothing when nothing changed, and only the fields changed otherwise', () => {
    const initial = draftOf(opened);
    expect(changedFieldsOf(initial, initial)).toEqual({});
    expect(changedFieldsOf(initial, { ...initial, contact: 'ben@acme.test' })).toEqual({
      contact: 'ben@acme.test',
    });
    // A region cleared is sent as none.
    expect(changedFieldsOf(initial, { ...initial, region: '', status: 'active' })).toEqual({
      region: null,
      status: 'active',
    });
  });

  it('keeps a status someone else changed after the form opened', () => {
    const initial = draftOf(opened);
    const ws = add(
      add(baseWorkspace(), 'items', item('b', { kind: 'beta', stageId: 'beta' })),
      'participants',
      { ...opened, status: 'dropped' },
    );
    const patch = changedFieldsOf(initial, { ...initial, contact: 'ben@acme.test' });
    const after = applyChange(ws, updateParticipant(ws, 'p', patch, laterContext()));
    expect(after.participants.p).toMatchObject({ contact: 'ben@acme.test', status: 'dropped' });
  });
});
