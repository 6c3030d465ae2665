/**
 * The portfolio brief's shortcuts give what the plain way gives, on generated workspaces: the
 * export order sorted on keys made once, the at-risk list filled in buckets rather than sorted,
 * and the feedback table walking only the families that hold feedback (nested, in a parent
 * loop, linked to an item that is gone).
 */
import { describe, expect, it } from 'vitest';
import type { Workspace } from '../../../shared/domain/workspace';
import { portfolioFeedback } from '../../../shared/formats/brief/feedback';
import { atRisk, type PortfolioInput } from '../../../shared/formats/brief/portfolio';
import { portfolioLaunches } from '../../../shared/formats/brief/scope';
import { compareItems, inExportOrder } from '../../../shared/formats/filters';
import { compareByScore, feedbackByItemId, launchFamilyIds } from '../../../shared/views/feedback';
import { rowsById } from '../../../shared/views/launch-rows';
import { HEALTH_LABELS } from '../../../shared/domain/primitives';
import { generateWorkspace } from '../../bench/generate';
import { addFeedback } from '../../bench/generate-feedback';
import { TODAY } from '../../fixtures/workspace';

const noFilters = { region: null, tier: null, kind: null };

function workspace(seed: number): Workspace {
  const ws = addFeedback(
    generateWorkspace({ items: 400, readinessPerItem: 3, dependencies: 60, seed, today: TODAY }),
    300,
    seed,
  );
  const items = Array.from({ length: 40 }, (_, n) => ws.items[`item-${n}`]!);
  // Titles that differ only in case and titles shared by several items: ties for the sort.
  items[3]!.title = 'Same title';
  items[4]!.title = 'same TITLE';
  items[5]!.title = 'Same title';
  items[5]!.launchDate = items[3]!.launchDate;
  items[4]!.launchDate = items[3]!.launchDate;
  items[6]!.launchDate = null;
  // A grandchild with feedback, a parent loop, a health marked by hand, feedback on a lost item.
  items[10]!.parentId = items[11]!.id;
  items[11]!.parentId = items[12]!.id;
  items[20]!.parentId = items[21]!.id;
  items[21]!.parentId = items[20]!.id;
  items[30]!.healthOverride = { health: 'on-track', reason: 'Agreed with sales' };
  const feedback = Object.values(ws.feedback);
  feedback[0]!.itemId = items[10]!.id;
  feedback[1]!.itemId = items[20]!.id;
  feedback[2]!.itemId = 'item-gone';
  return ws;
}

function inputOf(ws: Workspace): PortfolioInput {
  const launches = portfolioLaunches(ws, '2000-01-01', '2100-12-31', noFilters);
  return {
    ws,
    launches,
    from: '2000-01-01',
    to: '2100-12-31',
    filters: noFilters,
    today: TODAY,
    rows: rowsById(ws, TODAY),
    collisions: new Map(),
  };
}

describe('the portfolio brief’s shortcuts', () => {
  it('sorts in export order as compareItems does', () => {
    for (const seed of [1, 2, 3]) {
      const items = Object.values(workspace(seed).items);
      expect(inExportOrder(items).map((i) => i.id)).toEqual([...items].sort(compareItems).map((i) => i.id));
    }
  });

  it('lists what is at risk worst first, in launch order within each', () => {
    for (const seed of [1, 2, 3]) {
      const input = inputOf(workspace(seed));
      const expected = input.launches
        .map((item, index) => ({ item, index, health: input.rows.get(item.id)!.health }))
        .filter(({ health }) => health.health !== 'on-track' || health.computed.health !== 'on-track')
        .sort((a, b) => {
          const order = { 'off-track': 0, 'at-risk': 1, 'on-track': 2 } as const;
          return order[a.health.computed.health] - order[b.health.computed.health] || a.index - b.index;
        });
      expect(expected.length).toBeGreaterThan(0);
      const list = atRisk(input)[1];
      expect(list?.type).toBe('list');
      const shown = list!.type === 'list' ? list.children : [];
      const lead = (i: number) => {
        const paragraph = shown[i]!.children[0]!;
        if (paragraph.type !== 'paragraph') throw new Error('not a paragraph');
        const [title, words] = paragraph.children;
        return [
          title?.type === 'strong' && title.children[0]?.type === 'text' ? title.children[0].value : '',
          words?.type === 'text' ? words.value : '',
        ];
      };
      expect(shown.map((_, i) => lead(i))).toEqual(
        expected.map(({ item, health }) => [
          item.title.trim(),
          ` — ${HEALTH_LABELS[health.computed.health]}`,
        ]),
      );
    }
  });

  it('counts the feedback of every launch whose family holds some, and no other', () => {
    for (const seed of [1, 2]) {
      const ws = workspace(seed);
      const input = inputOf(ws);
      const byItem = feedbackByItemId(ws);
      // The plain way: every launch's family walked.
      const expected = input.launches
        .map((launch) => ({
          launch,
          linked: [...launchFamilyIds(ws, launch.id)]
            .filter((id) => ws.items[id])
            .flatMap((id) => byItem.get(id) ?? [])
            .sort(compareByScore),
        }))
        .filter(({ linked }) => linked.length)
        .sort(
          (a, b) =>
            b.linked.reduce((s, e) => s + e.f.revenueAtStake, 0) -
            a.linked.reduce((s, e) => s + e.f.revenueAtStake, 0),
        );
      const table = portfolioFeedback(input).find((node) => node.type === 'table');
      if (table?.type !== 'table') throw new Error('no feedback table');
      const rows = table.children.slice(1).map((row) => {
        const cells = row.children.map((cell) =>
          cell.children[0]?.type === 'text' ? cell.children[0].value : '',
        );
        return [cells[0], cells[1]];
      });
      expect(rows).toEqual(expected.map(({ launch, linked }) => [launch.title, String(linked.length)]));
      // The grandchild's feedback counts for its grandparent, the loop's for both of its items.
      const titles = rows.map(([title]) => title);
      for (const id of ['item-12', 'item-20', 'item-21'])
        if (input.launches.some((l) => l.id === id)) expect(titles).toContain(ws.items[id]!.title);
    }
  });
});
