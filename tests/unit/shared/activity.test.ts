/**
 * The activity history's description of a change: which launch items it touched (directly, or
 * through their readiness lines, decisions, milestones and feedback), what changed for each in
 * words, and when a change is too wide to list per item.
 */
import { describe, expect, it } from 'vitest';
import { ACTIVITY_ITEM_LIMIT, activityOf } from '../../../shared/domain/activity';
import type { Change, Op } from '../../../shared/domain/change';
import { defaultSettings } from '../../../shared/domain/settings/defaults';
import { emptyTables, type Workspace } from '../../../shared/domain/workspace';
import { add, decision, item, readiness } from '../../fixtures/records';

const AT = '2026-11-27T10:00:00.000Z';

function workspace(): Workspace {
  const ws = emptyTables();
  add(ws, 'settings', defaultSettings('Test'));
  add(ws, 'people', { id: 'ana', name: 'Ana Silva', team: '', role: '', region: null, email: '' });
  return ws;
}

const change = (label: string, ...ops: Op[]): Change => ({ label, ops });
const notesOf = (entry: ReturnType<typeof activityOf>) => entry?.notes.map((n) => `${n.itemId}: ${n.text}`);

describe('activityOf', () => {
  it('names the fields an edit changed, old value to new, in the editor’s words', () => {
    const before = item('a', { launchDate: '2026-12-01', ownerId: null, stageId: 'planning' });
    const after = {
      ...before,
      launchDate: '2026-12-08',
      ownerId: 'ana',
      stageId: 'beta',
      summary: 'New text',
    };
    const entry = activityOf(
      change('Edit “Item a”', { table: 'items', id: 'a', before, after }),
      workspace(),
      AT,
      'Ana Silva',
    );
    expect(entry).toEqual({
      at: AT,
      by: 'Ana Silva',
      label: 'Edit “Item a”',
      items: ['a'],
      notes: [
        { itemId: 'a', text: 'Summary edited' },
        { itemId: 'a', text: 'Stage: Planning → Beta' },
        { itemId: 'a', text: 'Owner (DRI): Unassigned → Ana Silva' },
        { itemId: 'a', text: 'Launch date (T-0): Tue 1 Dec 2026 → Tue 8 Dec 2026' },
      ],
    });
  });

  it('says an item was created, deleted or only reordered', () => {
    const a = item('a', { title: 'Checkout v2' });
    const ws = workspace();
    expect(
      notesOf(activityOf(change('Create', { table: 'items', id: 'a', before: null, after: a }), ws, AT, '')),
    ).toEqual(['a: Created “Checkout v2”']);
    expect(
      notesOf(activityOf(change('Delete', { table: 'items', id: 'a', before: a, after: null }), ws, AT, '')),
    ).toEqual(['a: Deleted “Checkout v2”']);
    const moved = { ...a, rank: 'a5' };
    expect(
      notesOf(
        activityOf(change('Reorder', { table: 'items', id: 'a', before: a, after: moved }), ws, AT, ''),
      ),
    ).toEqual(['a: Reordered in its column']);
  });

  it('files readiness lines, decisions, milestones and feedback under their launch item', () => {
    const r = readiness('r1', 'a', { title: 'Docs published' });
    const done = { ...r, status: 'done' as const, evidence: 'https://docs', ownerId: 'ana' };
    const entry = activityOf(
      change(
        'Several',
        { table: 'readiness', id: 'r1', before: r, after: done },
        { table: 'readiness', id: 'r2', before: null, after: readiness('r2', 'b', { title: 'Terms' }) },
        {
          table: 'decisions',
          id: 'd1',
          before: null,
          after: decision('d1', 'a', { outcome: 'no-go', reevaluateOn: '2026-12-01' }),
        },
        {
          table: 'milestones',
          id: 'm1',
          before: null,
          after: { id: 'm1', itemId: 'b', title: 'Code freeze', date: '2026-12-03' },
        },
      ),
      workspace(),
      AT,
      '',
    );
    expect(entry?.items).toEqual(['a', 'b']);
    expect(notesOf(entry)).toEqual([
      'a: Readiness “Docs published”: Not started → Done',
      'a: Readiness “Docs published”: owner nobody → Ana Silva',
      'a: Readiness “Docs published”: evidence updated',
      'a: Decision recorded: No-go of Fri 20 Nov 2026 by Ana',
      'b: Readiness “Terms” added',
      'b: Milestone “Code freeze” added on Thu 3 Dec 2026',
    ]);
  });

  it('has no entry for a change that touched no launch item', () => {
    const ws = workspace();
    const settings = ws.settings.workspace!;
    expect(
      activityOf(
        change('Rename', {
          table: 'settings',
          id: 'workspace',
          before: settings,
          after: { ...settings, name: 'X' },
        }),
        ws,
        AT,
        '',
      ),
    ).toBeNull();
  });

  it('marks a change across more items than the limit as wide, without per-item notes', () => {
    const ops: Op[] = Array.from({ length: ACTIVITY_ITEM_LIMIT + 1 }, (_, i) => ({
      table: 'items',
      id: `i${i}`,
      before: null,
      after: item(`i${i}`),
    }));
    expect(activityOf(change('Import workspace', ...ops), workspace(), AT, '')).toEqual({
      at: AT,
      by: '',
      label: 'Import workspace',
      items: [],
      wide: 1,
      notes: [],
    });
    const narrow = activityOf(change('Import', ...ops.slice(0, ACTIVITY_ITEM_LIMIT)), workspace(), AT, '');
    expect(narrow?.wide).toBeUndefined();
    expect(narrow?.items).toHaveLength(ACTIVITY_ITEM_LIMIT);
  });

  it('sums up a checklist arriving whole in one line, and lists a few lines one by one', () => {
    const added = (n: number): Op[] =>
      Array.from({ length: n }, (_, i) => ({
        table: 'readiness',
        id: `r${i}`,
        before: null,
        after: readiness(`r${i}`, 'a', { title: `Line ${i}` }),
      }));
    expect(notesOf(activityOf(change('Apply playbook', ...added(15)), workspace(), AT, ''))).toEqual([
      'a: 15 readiness lines added: “Line 0”, “Line 1”, “Line 2”…',
    ]);
    expect(notesOf(activityOf(change('Add', ...added(3)), workspace(), AT, ''))).toEqual([
      'a: Readiness “Line 0” added',
      'a: Readiness “Line 1” added',
      'a: Readiness “Line 2” added',
    ]);
  });

  it('keeps at most twelve lines per item and says how many more', () => {
    const r = (i: number) => readiness(`r${i}`, 'a', { title: `Line ${i}` });
    const ops: Op[] = Array.from({ length: 15 }, (_, i) => ({
      table: 'readiness',
      id: `r${i}`,
      before: r(i),
      after: { ...r(i), status: 'blocked' },
    }));
    const notes = activityOf(change('Block all', ...ops), workspace(), AT, '')!.notes;
    expect(notes).toHaveLength(13);
    expect(notes[11]).toEqual({ itemId: 'a', text: 'Readiness “Line 11”: Not started → Blocked' });
    expect(notes[12]).toEqual({ itemId: 'a', text: '…and 3 more' });
  });
});
