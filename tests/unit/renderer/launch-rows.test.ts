import { describe, expect, it } from 'vitest';
import { buildRows, filterRows, sortRows } from '../../../renderer/features/launches/launch-rows';
import { sample, TODAY } from '../../fixtures/workspace';

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
    expect(filterRows(rows(), '', false)).toHaveLength(12);
    expect(filterRows(rows(), '', true)).toHaveLength(13);
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
});
