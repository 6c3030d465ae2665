import { describe, expect, it } from 'vitest';
import { SORT_KEYS, buildRows, filterRows, sortRows } from '../../../shared/views/launch-rows';
import type { Sort } from '../../../shared/views/launch-rows';
import { sample, TODAY } from '../../fixtures/workspace';
import { generateWorkspace } from '../../bench/generate';

const rows = () => {
  const ws = sample();
  ws.items['sample-dark-mode'] = {
    ...ws.items['sample-dark-mode']!,
    launchDate: null,
    ownerId: null,
    archived: true,
  };
  return buildRows(ws, TODAY);
};
const titles = (list: ReturnType<typeof rows>) => list.map((r) => r.item.title);

describe('launch rows', () => {
  it('joins stage names, owners and parents', () => {
    const row = rows().find((r) => r.item.id === 'sample-payment-links-na')!;
    expect(row).toMatchObject({
      stageName: 'Planning',
      ownerName: 'Sam Patel',
      parentTitle: 'Payment Links v2',
    });
  });

  it('hides archived rows unless asked and searches title, area, owner and region', () => {
    expect(filterRows(rows(), '', false)).toHaveLength(13);
    expect(filterRows(rows(), '', true)).toHaveLength(14);
    expect(titles(filterRows(rows(), 'kenji', false))).toEqual(['Usage-based billing — APAC & Japan wave']);
    expect(filterRows(rows(), 'latam', false).length).toBe(2);
    expect(
      filterRows(rows(), 'billing', false).every((r) => /billing/i.test(r.item.title + r.item.productArea)),
    ).toBe(true);
  });

  it('sorts by launch date with undated items last in both directions', () => {
    const asc = sortRows(rows(), { key: 'launchDate', direction: 'ascending' });
    const desc = sortRows(rows(), { key: 'launchDate', direction: 'descending' });
    expect(asc.at(-1)!.item.id).toBe('sample-dark-mode');
    expect(desc.at(-1)!.item.id).toBe('sample-dark-mode');
    const dates = asc.slice(0, -1).map((r) => r.item.launchDate!);
    expect(dates).toEqual([...dates].sort());
  });

  it('sorts by stage order, tier and health', () => {
    const byStage = sortRows(rows(), { key: 'stage', direction: 'ascending' });
    expect(byStage[0]!.stageName).toBe('Planning');
    expect(byStage.at(-1)!.stageName).toBe('Retrospective');
    expect(sortRows(rows(), { key: 'tier', direction: 'descending' })[0]!.item.tier).toBe(3);
    expect(sortRows(rows(), { key: 'health', direction: 'ascending' })[0]!.health.health).toBe('off-track');
  });

  it('re-sorts after a few rows change to exactly what a full sort gives', () => {
    const ws = generateWorkspace({ items: 400, readinessPerItem: 2, dependencies: 0, seed: 3, today: TODAY });
    const ids = Object.keys(ws.items);
    for (const key of SORT_KEYS)
      for (const direction of ['ascending', 'descending'] as const) {
        const sort: Sort = { key, direction };
        const other: Sort = { key: key === 'title' ? 'tier' : 'title', direction };
        sortRows(buildRows(ws, TODAY), sort);
        // Edit three items the way the editor does (new records), delete one, add one.
        // Unchanged records keep their identity, as applyChange keeps it.
        const edited = { ...ws, items: { ...ws.items } };
        const [a, b, c, gone] = [ids[7]!, ids[150]!, ids[399]!, ids[42]!];
        edited.items[a] = { ...edited.items[a]!, title: 'Aardvark launch', tier: 3 };
        edited.items[b] = { ...edited.items[b]!, launchDate: null, ownerId: null };
        edited.items[c] = { ...edited.items[c]!, stageId: edited.items[ids[0]!]!.stageId, title: 'Zebra' };
        delete edited.items[gone];
        edited.items['new'] = { ...edited.items[ids[1]!]!, id: 'new', title: 'New one' };
        const editedRows = buildRows(edited, TODAY);
        const resorted = sortRows(editedRows, sort);
        sortRows(editedRows, other); // a different sort: the next one is a full sort
        const full = sortRows(editedRows, sort);
        expect(resorted.map((r) => r.item.id)).toEqual(full.map((r) => r.item.id));
        expect(resorted).toHaveLength(400);
      }
  });

  it('sorts a list that names a row twice like a full sort does', () => {
    const list = rows();
    const sort = { key: 'title', direction: 'ascending' } as const;
    sortRows(list, sort);
    const twice = [...list, list[0]!];
    expect(sortRows(twice, sort)).toHaveLength(list.length + 1);
  });
});
