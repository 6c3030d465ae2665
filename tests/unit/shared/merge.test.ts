import { describe, expect, it } from 'vitest';
import { threeWayMerge } from '../../../shared/domain/merge';

interface Fields {
  title: string;
  summary: string;
  ownerId: string | null;
  dependsOn: string[];
  healthOverride: { health: string; reason: string } | null;
}

const base: Fields = {
  title: 'Team workspaces',
  summary: 'Shared workspaces.',
  ownerId: 'elena',
  dependsOn: ['a', 'b'],
  healthOverride: null,
};

describe('threeWayMerge', () => {
  it('writes nothing when the person changed nothing, whatever changed elsewhere', () => {
    const current = { ...base, title: 'Team spaces', dependsOn: ['a'] };
    expect(threeWayMerge(base, { ...base }, current)).toEqual({ patch: {}, conflicts: [] });
  });

  it('writes only the fields the person changed, so a field changed elsewhere keeps its new value', () => {
    const mine = { ...base, summary: 'Roles and an audit log.' };
    const current = { ...base, title: 'Team spaces' };
    const { patch, conflicts } = threeWayMerge(base, mine, current);
    expect(patch).toEqual({ summary: 'Roles and an audit log.' });
    expect(conflicts).toEqual([]);
    expect({ ...current, ...patch }).toEqual({
      ...base,
      title: 'Team spaces',
      summary: 'Roles and an audit log.',
    });
  });

  it('compares lists and nested values by value, not by identity', () => {
    const mine = { ...base, dependsOn: ['a', 'b'], healthOverride: null };
    const current = { ...base, dependsOn: [...base.dependsOn] };
    expect(threeWayMerge(base, mine, current)).toEqual({ patch: {}, conflicts: [] });
    const reordered = { ...base, dependsOn: ['b', 'a'] };
    expect(threeWayMerge(base, reordered, current).patch).toEqual({ dependsOn: ['b', 'a'] });
  });

  it('reports a field changed in both places to different values, and leaves it out of the patch', () => {
    const mine = { ...base, title: 'Team spaces (mine)', summary: 'Mine.' };
    const current = { ...base, title: 'Team spaces (theirs)' };
    const { patch, conflicts } = threeWayMerge(base, mine, current);
    expect(patch).toEqual({ summary: 'Mine.' });
    expect(conflicts).toEqual([
      { field: 'title', base: 'Team workspaces', mine: 'Team spaces (mine)', theirs: 'Team spaces (theirs)' },
    ]);
  });

  it('finds conflicts in lists and nested values', () => {
    const mine = {
      ...base,
      dependsOn: ['a', 'c'],
      healthOverride: { health: 'at-risk', reason: 'Vendor late' },
    };
    const current = {
      ...base,
      dependsOn: ['a'],
      healthOverride: { health: 'at-risk', reason: 'Legal review' },
    };
    const fields = threeWayMerge(base, mine, current).conflicts.map((c) => c.field);
    expect(fields).toEqual(['dependsOn', 'healthOverride']);
  });

  it('treats the same change made in both places as agreement, not a conflict', () => {
    const mine = { ...base, ownerId: null, dependsOn: ['b'] };
    const current = { ...base, ownerId: null, dependsOn: ['b'] };
    const { patch, conflicts } = threeWayMerge(base, mine, current);
    expect(conflicts).toEqual([]);
    expect(patch).toEqual({ ownerId: null, dependsOn: ['b'] });
  });

  it('counts a change back to the old value elsewhere as a change', () => {
    const rebased = { ...base, title: 'Team spaces' };
    const mine = { ...rebased, title: 'Team spaces 2' };
    const current = { ...rebased, title: 'Team workspaces' };
    expect(threeWayMerge(rebased, mine, current).conflicts).toHaveLength(1);
  });
});
