import { describe, expect, it } from 'vitest';
import { applyChange, invert } from '../../../shared/domain/change';
import { byRank } from '../../../shared/domain/ranks';
import {
  EMPTY_FILTER,
  GateError,
  matchesFilter,
  moveItem,
  placeForDrop,
} from '../../../shared/domain/items/board';
import { laneFields, laneKeysOf } from '../../../shared/views/lanes';
import { launchGate } from '../../../shared/domain/items/gate';
import type { Workspace } from '../../../shared/domain/workspace';
import { sample, testContext, TODAY } from '../../fixtures/workspace';

const column = (ws: Workspace, stageId: string) =>
  Object.values(ws.items)
    .filter((i) => i.stageId === stageId)
    .sort(byRank)
    .map((i) => i.id);

describe('moving cards', () => {
  it('moves a card to another stage between two cards, writing one record', () => {
    const ws = sample();
    const planning = column(ws, 'planning');
    const change = moveItem(
      ws,
      'sample-dark-mode',
      { stageId: 'planning', afterId: planning[0]!, beforeId: planning[1]! },
      testContext(),
    );
    expect(change.ops).toHaveLength(1);
    expect(change.label).toBe('Move “Dashboard dark mode” to Planning');
    const after = applyChange(ws, change);
    expect(column(after, 'planning')).toEqual([planning[0], 'sample-dark-mode', ...planning.slice(1)]);
    expect(applyChange(after, invert(change))).toEqual(ws);
  });

  it('reorders within a stage: to the top, to the bottom and after a card', () => {
    const ws = sample();
    const planning = column(ws, 'planning');
    const last = planning.at(-1)!;
    const toTop = applyChange(
      ws,
      moveItem(ws, last, { stageId: 'planning', afterId: null, beforeId: planning[0]! }, testContext()),
    );
    expect(column(toTop, 'planning')).toEqual([last, ...planning.slice(0, -1)]);
    const toEnd = applyChange(
      ws,
      moveItem(ws, planning[0]!, { stageId: 'planning', afterId: last, beforeId: null }, testContext()),
    );
    expect(column(toEnd, 'planning')).toEqual([...planning.slice(1), planning[0]]);
  });

  it('appends to an empty stage and treats a drop on itself as no change', () => {
    const ws = sample();
    const moved = applyChange(
      ws,
      moveItem(
        ws,
        'sample-dark-mode',
        { stageId: 'rolling-out', afterId: 'sample-team-workspaces-eu', beforeId: null },
        testContext(),
      ),
    );
    expect(column(moved, 'rolling-out')).toEqual(['sample-team-workspaces-eu', 'sample-dark-mode']);
    // A clock later than the sample's stamps: a drop on itself is no change at any time.
    const later = { ...testContext(), now: '2026-12-02T09:30:00.000Z' };
    expect(
      moveItem(
        ws,
        'sample-dark-mode',
        { stageId: 'readiness', afterId: 'sample-dark-mode', beforeId: null },
        later,
      ).ops,
    ).toEqual([]);
  });

  it('places a card between neighbours even when hidden cards sit between them', () => {
    const ws = sample();
    const [a, b, c] = column(ws, 'planning');
    // Dropped after a, before c, as if b were hidden by a filter: it lands right after a.
    const { rank, reranked } = placeForDrop(ws, 'sample-dark-mode', {
      stageId: 'planning',
      afterId: a!,
      beforeId: c!,
    });
    expect(rank > ws.items[a!]!.rank && rank < ws.items[b!]!.rank).toBe(true);
    expect(reranked).toEqual([]);
  });

  it('lands exactly where dropped when the neighbours share a rank, re-ranking only the tied ones', () => {
    const ws = sample();
    const first = column(ws, 'planning').filter((id) => id !== 'sample-dark-mode');
    expect(first.length).toBeGreaterThanOrEqual(3);
    // Two windows gave three cards the same rank at once: they now sort by id.
    const tied = ws.items[first[0]!]!.rank;
    for (const id of first.slice(0, 3)) ws.items[id] = { ...ws.items[id]!, rank: tied };
    const [a, b, c] = column(ws, 'planning').filter((id) => id !== 'sample-dark-mode');
    const change = moveItem(
      ws,
      'sample-dark-mode',
      { stageId: 'planning', afterId: a!, beforeId: b! },
      testContext(),
    );
    const moved = applyChange(ws, change);
    expect(column(moved, 'planning').slice(0, 4)).toEqual([a, 'sample-dark-mode', b, c]);
    // The dropped card and the two tied cards after it; nothing else.
    expect(change.ops.map((op) => op.id).sort()).toEqual(['sample-dark-mode', b!, c!].sort());
  });

  it('a card named as its own neighbour (a move across lanes only) keeps its place', () => {
    const ws = sample();
    const item = ws.items['sample-payment-links']!;
    const change = moveItem(
      ws,
      item.id,
      {
        stageId: item.stageId,
        afterId: item.id,
        beforeId: null,
        lane: { grouping: 'tier', from: '1', to: '2' },
      },
      testContext(),
    );
    expect(change.ops).toHaveLength(1);
    expect(applyChange(ws, change).items[item.id]).toMatchObject({ rank: item.rank, tier: 2 });
  });

  it('a move across lanes changes the grouped field', () => {
    const ws = sample();
    const item = ws.items['sample-payment-links']!; // NA, EU, UK
    expect(laneFields(item, 'region', 'EU', 'APAC')).toEqual({ regions: ['NA', 'UK', 'APAC'] });
    expect(laneFields(item, 'region', 'EU', 'NA')).toEqual({ regions: ['NA', 'UK'] });
    expect(laneFields(item, 'tier', '1', '2')).toEqual({ tier: 2 });
    expect(laneFields(item, 'owner', 'sample-maya', '')).toEqual({ ownerId: null });
    expect(laneFields(item, 'kind', 'launch', 'launch')).toEqual({});
    const change = moveItem(
      ws,
      'sample-payment-links',
      { stageId: 'readiness', afterId: null, beforeId: null, lane: { grouping: 'tier', from: '1', to: '3' } },
      testContext(),
    );
    expect(applyChange(ws, change).items['sample-payment-links']!.tier).toBe(3);
  });

  it('lanes: an item is in each of its regions, and in the empty lane without one', () => {
    const ws = sample();
    expect(laneKeysOf(ws.items['sample-payment-links']!, 'region')).toEqual(['NA', 'EU', 'UK']);
    expect(laneKeysOf({ ...ws.items['sample-payment-links']!, regions: [] }, 'region')).toEqual(['']);
    expect(laneKeysOf(ws.items['sample-payment-links']!, 'owner')).toEqual(['sample-maya']);
    expect(laneKeysOf(ws.items['sample-payment-links']!, 'none')).toEqual(['all']);
  });
});

describe('the go/no-go gate', () => {
  it('refuses a drop into Launched while required sign-offs are open, naming them', () => {
    const ws = sample();
    const gate = launchGate(ws, 'sample-payment-links', 'launched', TODAY);
    expect(gate.allowed).toBe(false);
    expect(gate.openSignOffs.length).toBeGreaterThan(0);
    expect(gate.reason).toMatch(
      /^“Payment Links v2” cannot move to Launched: Tier 1 launches need a recorded Go or Conditional go, and \d+ required sign-offs are open — Security and privacy review signed off \(Security & Privacy\);.*and 1 more\. Record a Go or Conditional go to launch\.$/,
    );
    expect(() =>
      moveItem(
        ws,
        'sample-payment-links',
        { stageId: 'launched', afterId: null, beforeId: null },
        testContext(),
      ),
    ).toThrow(GateError);
  });

  it('lets it through with a Go or Conditional go, or with nothing open', () => {
    const ws = sample();
    ws.decisions.d = {
      id: 'd',
      itemId: 'sample-payment-links',
      outcome: 'conditional-go',
      decidedBy: 'Maya Chen',
      decidedOn: '2026-11-20',
      conditions: 'Legal review lands in week one',
      riskAcceptedBy: 'Tomás Alvarez',
      reevaluateOn: null,
      notes: '',
      recordedAt: '2026-11-20T10:00:00.000Z',
    };
    expect(launchGate(ws, 'sample-payment-links', 'launched', TODAY).allowed).toBe(true);
    const clean = sample();
    for (const r of Object.values(clean.readiness))
      if (r.itemId === 'sample-dark-mode') clean.readiness[r.id] = { ...r, status: 'not-needed' };
    expect(launchGate(clean, 'sample-dark-mode', 'launched', TODAY).allowed).toBe(true);
  });

  it('decisions on the same day are ordered by when they were recorded', () => {
    const ws = sample();
    const base = {
      itemId: 'sample-dark-mode',
      decidedBy: 'Maya Chen',
      decidedOn: '2026-11-20',
      conditions: 'Docs in week one',
      riskAcceptedBy: 'Tomás Alvarez',
      notes: '',
    };
    // Ids in the opposite order to the recording times: the time decides.
    ws.decisions.z = {
      ...base,
      id: 'z',
      outcome: 'no-go',
      reevaluateOn: '2026-12-01',
      recordedAt: '2026-11-20T09:00:00.000Z',
    };
    ws.decisions.a = {
      ...base,
      id: 'a',
      outcome: 'conditional-go',
      reevaluateOn: null,
      recordedAt: '2026-11-20T15:00:00.000Z',
    };
    expect(launchGate(ws, 'sample-dark-mode', 'launched', TODAY).allowed).toBe(true);
  });

  it('a later No-go holds the item back even after an earlier Go', () => {
    const ws = sample();
    const base = {
      itemId: 'sample-dark-mode',
      decidedBy: 'Maya Chen',
      conditions: '',
      riskAcceptedBy: '',
      notes: '',
      recordedAt: '2026-11-20T10:00:00.000Z',
    };
    ws.decisions.a = { ...base, id: 'a', outcome: 'go', decidedOn: '2026-11-01', reevaluateOn: null };
    ws.decisions.b = {
      ...base,
      id: 'b',
      outcome: 'no-go',
      decidedOn: '2026-11-10',
      reevaluateOn: '2026-12-01',
    };
    expect(launchGate(ws, 'sample-dark-mode', 'launched', TODAY).reason).toMatch(
      /No-go was recorded on Tue 10 Nov 2026 by Maya Chen\. Re-evaluate on Tue 1 Dec 2026\./,
    );
  });

  it('does not apply to other stages, to items already launched, or when the gate is off', () => {
    const ws = sample();
    expect(launchGate(ws, 'sample-payment-links', 'rolling-out', TODAY).allowed).toBe(true);
    ws.settings.workspace = { ...ws.settings.workspace!, launchedStageId: null };
    expect(launchGate(ws, 'sample-payment-links', 'launched', TODAY).allowed).toBe(true);
  });
});

describe('board filters', () => {
  const ws = sample();
  const item = ws.items['sample-payment-links']!;
  const text = () => 'payment links v2 payments maya';
  it('filters by kind, tier, region, owner, health and text', () => {
    expect(matchesFilter(item, EMPTY_FILTER, text, () => 'at-risk')).toBe(true);
    expect(matchesFilter(item, { ...EMPTY_FILTER, kind: 'beta' }, text, () => 'at-risk')).toBe(false);
    expect(matchesFilter(item, { ...EMPTY_FILTER, tier: 1, region: 'EU' }, text, () => 'at-risk')).toBe(true);
    expect(matchesFilter(item, { ...EMPTY_FILTER, region: 'JP' }, text, () => 'at-risk')).toBe(false);
    expect(matchesFilter(item, { ...EMPTY_FILTER, ownerId: 'sample-sam' }, text, () => 'at-risk')).toBe(
      false,
    );
    expect(matchesFilter(item, { ...EMPTY_FILTER, health: 'off-track' }, text, () => 'at-risk')).toBe(false);
    expect(matchesFilter(item, { ...EMPTY_FILTER, text: 'MAYA' }, text, () => 'at-risk')).toBe(true);
    expect(matchesFilter({ ...item, archived: true }, EMPTY_FILTER, text, () => 'at-risk')).toBe(false);
  });
});

describe('the gate holds every way into Launched', () => {
  it('an edit of the stage, and removing a stage into Launched, are refused while sign-offs are open', async () => {
    const { updateItem } = await import('../../../shared/domain/items/commands');
    const { removeStage } = await import('../../../shared/domain/settings/commands');
    const ws = sample();
    expect(() => updateItem(ws, 'sample-payment-links', { stageId: 'launched' }, testContext())).toThrow(
      GateError,
    );
    expect(() => updateItem(ws, 'sample-payment-links', { title: 'Renamed' }, testContext())).not.toThrow();
    expect(() => removeStage(ws, 'readiness', 'launched', testContext())).toThrow(
      /go\/no-go gate holds them|cannot move to Launched/,
    );
  });
});
