/**
 * Merging a workspace file brings a beta's participants and exit criteria like launch items:
 * added when only in the file, kept when only here, and the later edit wins when both changed.
 */
import { describe, expect, it } from 'vitest';
import { applyChange } from '../../../shared/domain/change';
import { mergeWorkspace } from '../../../shared/formats/workspace-merge';
import { criterion, participant } from '../../fixtures/betas';
import { add, item } from '../../fixtures/records';
import { baseWorkspace } from '../../fixtures/workspace';

const EARLY = '2026-11-20T08:00:00.000Z';
const LATE = '2026-11-25T08:00:00.000Z';

function withBeta() {
  return add(baseWorkspace(), 'items', item('b', { kind: 'beta' }));
}

describe('merging a beta’s records', () => {
  it('takes the later edit of a participant or criterion, whichever side made it', () => {
    const here = add(
      add(withBeta(), 'participants', participant('p', 'b', { status: 'active', updatedAt: LATE })),
      'exitCriteria',
      criterion('c', 'b', { status: 'open', updatedAt: EARLY }),
    );
    const file = add(
      add(withBeta(), 'participants', participant('p', 'b', { status: 'dropped', updatedAt: EARLY })),
      'exitCriteria',
      criterion('c', 'b', { status: 'met', evidence: 'Report', updatedAt: LATE }),
      criterion('new', 'b', { title: 'Only in the file' }),
    );
    const result = mergeWorkspace(here, file);
    if (!result.ok) throw new Error(result.problems.join('\n'));
    const after = applyChange(here, result.change);
    expect(after.participants.p!.status).toBe('active');
    expect(after.exitCriteria.c).toMatchObject({ status: 'met', evidence: 'Report' });
    expect(after.exitCriteria.new!.title).toBe('Only in the file');
    expect(result.conflicts.map((c) => [c.table, c.winner, c.reason.split(' (')[0]])).toEqual([
      ['participants', 'workspace', 'was edited later here'],
      ['exitCriteria', 'file', 'was edited later in the file'],
    ]);
  });

  it('refuses a participant whose beta is in neither side', () => {
    const file = add(withBeta(), 'participants', participant('p', 'gone'));
    const result = mergeWorkspace(withBeta(), file);
    expect(result.ok).toBe(false);
  });
});
