import { describe, expect, it } from 'vitest';
import { collisionReport } from '../../../shared/views/collisions';
import { collisionsByItem, findCollisions } from '../../../shared/domain/items/collisions';
import {
  blackoutsByStart,
  childrenByParent,
  decisionsByItem,
  dependantsByItem,
  groupBy,
  itemsByOwner,
  milestonesByItem,
  peopleByName,
} from '../../../shared/views/indexes';
import { buildRows, rowsById } from '../../../shared/views/launch-rows';
import { expectMemoised } from '../../fixtures/views';
import { sample, TODAY } from '../../fixtures/workspace';

const ids = (list: readonly { id: string }[] | undefined) => (list ?? []).map((x) => x.id).sort();

describe('indexes', () => {
  it('children by parent: the betas and rollouts of each launch', () => {
    const ws = sample();
    expect(ids(childrenByParent(ws).get('sample-payment-links'))).toEqual([
      'sample-payment-links-beta',
      'sample-payment-links-eu',
      'sample-payment-links-na',
    ]);
    expect(childrenByParent(ws).get('sample-dark-mode')).toBeUndefined();
    expectMemoised(childrenByParent, ws, ['items']);
  });

  it('items by owner and dependants by item', () => {
    const ws = sample();
    const owned = itemsByOwner(ws).get('sample-sam');
    expect(ids(owned)).toEqual(ids(Object.values(ws.items).filter((i) => i.ownerId === 'sample-sam')));
    expect(ids(dependantsByItem(ws).get('sample-payment-links-na'))).toEqual(['sample-payment-links-eu']);
    expectMemoised(itemsByOwner, ws, ['items']);
    expectMemoised(dependantsByItem, ws, ['items']);
  });

  it('milestones and decisions by item, decisions latest first', () => {
    const ws = sample();
    expect(ids(milestonesByItem(ws).get('sample-payment-links'))).toEqual(['sample-m1', 'sample-m2']);
    const teams = 'sample-team-workspaces';
    const older = { ...ws.decisions['sample-decision-teams']!, id: 'older', decidedOn: '2020-01-01' };
    const withOlder = { ...ws, decisions: { ...ws.decisions, older } };
    expect(
      decisionsByItem(withOlder)
        .get(teams)!
        .map((d) => d.id),
    ).toEqual(['sample-decision-teams', 'older']);
    expectMemoised(milestonesByItem, ws, ['milestones']);
    expectMemoised(decisionsByItem, ws, ['decisions']);
  });

  it('blackouts by start', () => {
    const ws = sample();
    const starts = blackoutsByStart(ws).map((b) => b.start);
    expect(starts).toEqual([...starts].sort());
    expect(starts).toHaveLength(Object.keys(ws.blackouts).length);
    expectMemoised(blackoutsByStart, ws, ['blackouts']);
  });

  it('people by name', () => {
    const ws = sample();
    const names = peopleByName(ws).map((p) => p.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    expect(names).toHaveLength(Object.keys(ws.people).length);
    expectMemoised(peopleByName, ws, ['people']);
  });

  it('groupBy leaves out values without a key', () => {
    const groups = groupBy([1, 2, 3, 4, 5], (n) => (n === 5 ? null : n % 2 ? 'odd' : 'even'));
    expect(Object.fromEntries(groups)).toEqual({ odd: [1, 3], even: [2, 4] });
  });
});

describe('collision report', () => {
  it('lists the collisions, by item, and the late dependencies', () => {
    const ws = sample();
    const report = collisionReport(ws);
    expect(report.list).toEqual(findCollisions(ws));
    // Nothing acknowledged: every collision is open.
    expect(report.byItem).toEqual(collisionsByItem(findCollisions(ws)));
    expect(report.open.map((e) => e.collision)).toEqual(report.list);
    const late = report.list.filter((c) => c.kind === 'dependency').map((c) => c.itemIds.join('+'));
    expect([...report.lateDependencies]).toEqual(late);
    expectMemoised(collisionReport, ws, ['items', 'blackouts', 'settings', 'acknowledgements']);
  });
});

describe('launch rows', () => {
  it('are built once per version of the tables they show and per day', () => {
    const ws = sample();
    expectMemoised((w) => buildRows(w, TODAY), ws, [
      'items',
      'readiness',
      'settings',
      'people',
      'decisions',
      'blackouts',
      'acknowledgements',
    ]);
    expect(buildRows(ws, '2027-01-01')).not.toBe(buildRows(ws, TODAY));
  });

  it('an edit to one item rebuilds that row only', () => {
    const ws = sample();
    const before = buildRows(ws, TODAY);
    const item = ws.items['sample-dark-mode']!;
    const edited = { ...ws, items: { ...ws.items, [item.id]: { ...item, title: 'Dark mode' } } };
    const after = buildRows(edited, TODAY);
    expect(after).not.toBe(before);
    const changed = after.filter((row, i) => row !== before[i]);
    expect(changed.map((r) => r.item.title)).toEqual(['Dark mode']);
  });

  it('rows by id', () => {
    const ws = sample();
    const byId = rowsById(ws, TODAY);
    expect(byId.get('sample-dark-mode')).toBe(
      buildRows(ws, TODAY).find((r) => r.item.id === 'sample-dark-mode'),
    );
    expectMemoised((w) => rowsById(w, TODAY), ws, [
      'items',
      'readiness',
      'settings',
      'people',
      'decisions',
      'blackouts',
      'acknowledgements',
    ]);
  });
});
