import { describe, expect, it } from 'vitest';
import { rolloutOf } from '../../../shared/views/launch-page';
import { openSignOffsOf } from '../../../shared/domain/readiness/rules';
import { rowsById } from '../../../shared/views/launch-rows';
import { add, item, readiness } from '../../fixtures/records';
import { expectMemoised } from '../../fixtures/views';
import { baseWorkspace } from '../../fixtures/workspace';

const TODAY = '2026-11-26';

describe('launch page read models', () => {
  it('rollout: the children, archived ones left out, by start or launch day, undated last, then title', () => {
    const ws = baseWorkspace();
    add(
      ws,
      'items',
      item('parent'),
      item('late', { parentId: 'parent', title: 'B', startDate: '2026-12-10' }),
      item('by-launch', { parentId: 'parent', title: 'C', launchDate: '2026-12-01' }),
      item('early', { parentId: 'parent', title: 'Z', startDate: '2026-11-01' }),
      item('undated-b', { parentId: 'parent', title: 'b undated' }),
      item('undated-a', { parentId: 'parent', title: 'A undated' }),
      item('gone', { parentId: 'parent', archived: true, startDate: '2026-10-01' }),
      item('elsewhere', { startDate: '2026-10-01' }),
    );
    const rows = rolloutOf(ws, 'parent', TODAY);
    expect(rows.map((r) => r.row.item.id)).toEqual(['early', 'by-launch', 'late', 'undated-a', 'undated-b']);
    // The very rows every other view shows (health, progress), not copies.
    expect(rows[0]!.row).toBe(rowsById(ws, TODAY).get('early'));
    expect(rolloutOf(ws, 'elsewhere', TODAY)).toEqual([]);
  });

  it('rollout: each child with its open required sign-offs only', () => {
    const ws = baseWorkspace();
    add(ws, 'items', item('parent'), item('wave', { parentId: 'parent' }));
    add(
      ws,
      'readiness',
      readiness('open', 'wave', { requiredSignOff: true, status: 'in-progress' }),
      readiness('blocked', 'wave', { requiredSignOff: true, status: 'blocked' }),
      readiness('done', 'wave', { requiredSignOff: true, status: 'done' }),
      readiness('not-needed', 'wave', { requiredSignOff: true, status: 'not-needed' }),
      readiness('optional', 'wave', { requiredSignOff: false }),
      readiness('parent-own', 'parent', { requiredSignOff: true }),
    );
    const [wave] = rolloutOf(ws, 'parent', TODAY);
    expect(wave!.openSignOffs.map((r) => r.id).sort()).toEqual(['blocked', 'open']);
    expect(openSignOffsOf([])).toEqual([]);
  });

  it('rollout is memoised per version of the tables it reads and by parent and day', () => {
    const ws = baseWorkspace();
    add(ws, 'items', item('parent'), item('wave', { parentId: 'parent' }));
    // The launch rows' tables: each child's row comes from there.
    expectMemoised((w) => rolloutOf(w, 'parent', TODAY), ws, [
      'items',
      'readiness',
      'settings',
      'people',
      'decisions',
      'blackouts',
      'acknowledgements',
    ]);
    expect(rolloutOf(ws, 'parent', '2026-11-27')).not.toBe(rolloutOf(ws, 'parent', TODAY));
  });
});
