import { describe, expect, it } from 'vitest';
import {
  checklistGroups,
  dropTarget,
  keyboardMove,
} from '../../../renderer/features/readiness/checklist-model';
import { readiness } from '../../fixtures/records';

const FUNCTIONS = [
  { id: 'support', name: 'Support' },
  { id: 'docs', name: 'Documentation' },
  { id: 'legal', name: 'Legal & Compliance' },
];
const byFunction = new Map([
  [
    'legal',
    [
      readiness('l1', 'x', { rank: 'a0', requiredSignOff: true }),
      readiness('l2', 'x', { rank: 'a1', status: 'done', evidence: 'note', requiredSignOff: true }),
      readiness('l3', 'x', { rank: 'a2', status: 'not-needed' }),
    ],
  ],
  ['support', [readiness('s1', 'x', { functionId: 'support' })]],
  ['gone', [readiness('g1', 'x', { functionId: 'gone' })]],
]);
const groups = checklistGroups(byFunction, FUNCTIONS);
const shown = groups.filter((g) => g.lines.length > 0);

describe('checklist groups', () => {
  it('follow the settings order, then functions no longer in the settings, with their counts', () => {
    expect(groups.map((g) => [g.functionId, g.name, g.lines.length, g.done, g.openSignOffs])).toEqual([
      ['support', 'Support', 1, 0, 0],
      ['docs', 'Documentation', 0, 0, 0],
      ['legal', 'Legal & Compliance', 3, 2, 1],
      ['gone', 'gone', 1, 0, 0],
    ]);
    expect(checklistGroups(undefined, FUNCTIONS).every((g) => g.lines.length === 0)).toBe(true);
  });
});

describe('moving a line by keyboard', () => {
  it('moves one place within its function', () => {
    expect(keyboardMove(shown, 'l1', 1)).toEqual({
      target: { functionId: 'legal', afterId: 'l2', beforeId: 'l3' },
      groupName: 'Legal & Compliance',
      position: 2,
      count: 3,
    });
    expect(keyboardMove(shown, 'l3', -1)?.target).toEqual({
      functionId: 'legal',
      afterId: 'l1',
      beforeId: 'l2',
    });
    expect(keyboardMove(shown, 'l2', -1)?.target).toEqual({
      functionId: 'legal',
      afterId: null,
      beforeId: 'l1',
    });
    expect(keyboardMove(shown, 'l2', 1)?.target).toEqual({
      functionId: 'legal',
      afterId: 'l3',
      beforeId: null,
    });
  });

  it('crosses into the neighbouring group shown at either end, and stops at the very ends', () => {
    expect(keyboardMove(shown, 'l1', -1)).toEqual({
      target: { functionId: 'support', afterId: 's1', beforeId: null },
      groupName: 'Support',
      position: 2,
      count: 2,
    });
    expect(keyboardMove(shown, 'l3', 1)).toMatchObject({
      target: { functionId: 'gone', afterId: null, beforeId: 'g1' },
      position: 1,
    });
    expect(keyboardMove(shown, 's1', -1)).toBeNull();
    expect(keyboardMove(shown, 'g1', 1)).toBeNull();
    expect(keyboardMove(shown, 'nowhere', 1)).toBeNull();
  });
});

describe('where a dropped line lands', () => {
  it('takes the place of the line it is dropped on, from above or below', () => {
    expect(dropTarget(groups, 'l1', { type: 'line', lineId: 'l3', functionId: 'legal' })).toEqual({
      functionId: 'legal',
      afterId: 'l3',
      beforeId: null,
    });
    expect(dropTarget(groups, 'l3', { type: 'line', lineId: 'l1', functionId: 'legal' })).toEqual({
      functionId: 'legal',
      afterId: null,
      beforeId: 'l1',
    });
    expect(dropTarget(groups, 'l1', { type: 'line', lineId: 'l1', functionId: 'legal' })).toBeNull();
  });

  it('goes before a line of another function, or to the foot of a function’s list', () => {
    expect(dropTarget(groups, 'l1', { type: 'line', lineId: 's1', functionId: 'support' })).toEqual({
      functionId: 'support',
      afterId: null,
      beforeId: 's1',
    });
    expect(dropTarget(groups, 's1', { type: 'group', functionId: 'legal' })).toEqual({
      functionId: 'legal',
      afterId: 'l3',
      beforeId: null,
    });
    expect(dropTarget(groups, 'l3', { type: 'group', functionId: 'legal' })).toEqual({
      functionId: 'legal',
      afterId: 'l2',
      beforeId: null,
    });
    expect(dropTarget(groups, 's1', { type: 'group', functionId: 'docs' })).toEqual({
      functionId: 'docs',
      afterId: null,
      beforeId: null,
    });
  });
});
