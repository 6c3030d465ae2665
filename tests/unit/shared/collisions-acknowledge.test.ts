/**
 * Acknowledging collisions: keys stay while the same records collide for the same reason, an
 * acknowledgement holds while the dates hold and reopens when they change, the commands (note
 * required, undo), health no longer counting an acknowledged collision, and the capacity by
 * week read model.
 */
import { describe, expect, it } from 'vitest';
import {
  acknowledgeCollision,
  editAcknowledgementNote,
  reopenCollision,
} from '../../../shared/domain/acknowledgements/commands';
import { applyChange, invert } from '../../../shared/domain/change';
import { runDomainCommand } from '../../../shared/domain/commands';
import { CommandError, ValidationError } from '../../../shared/domain/errors';
import type { LaunchItem } from '../../../shared/domain/items/schema';
import type { Workspace } from '../../../shared/domain/workspace';
import { capacityByWeek, describeWeekLoad } from '../../../shared/views/capacity';
import { collisionReport } from '../../../shared/views/collisions';
import { rowsById } from '../../../shared/views/launch-rows';
import { baseWorkspace, TODAY } from '../../fixtures/workspace';
import { add, blackout, item, laterContext } from '../../fixtures/records';

const launch = (id: string, day: string, regions: string[], fields: Partial<LaunchItem> = {}) =>
  item(id, { title: id, tier: 1, launchDate: day, regions, ...fields });

/** Two Tier-1 launches in EU in week 2026-W50, one in a blackout, one late dependency. */
function clash(): Workspace {
  const ws = add(
    baseWorkspace(),
    'items',
    launch('a', '2026-12-07', ['EU']),
    launch('b', '2026-12-08', ['EU'], { startDate: '2026-12-01', dependsOn: ['c'] }),
    launch('c', '2026-12-24', ['NA'], { tier: 2 }),
  );
  return add(ws, 'blackouts', blackout('freeze'));
}

const CAPACITY = 'capacity:EU:2026-W50';
const keys = (ws: Workspace) => collisionReport(ws).list.map((c) => c.key);
const statusOf = (ws: Workspace, key: string) => collisionReport(ws).byKey.get(key)?.status;

function acknowledged(ws: Workspace, key = CAPACITY, note = 'Support has extra staff that week'): Workspace {
  return applyChange(ws, acknowledgeCollision(ws, { key, note, by: 'ana' }, laterContext()));
}

describe('collision keys', () => {
  it('name the records and the reason, and stay across unrelated edits and title changes', () => {
    let ws = clash();
    const before = keys(ws);
    expect(before).toEqual(['blackout:c:freeze', CAPACITY, 'dependency:b:c']);
    ws = add(
      ws,
      'items',
      { ...ws.items.a!, title: 'Renamed', summary: 'Edited' },
      launch('d', '2027-03-01', ['JP']),
    );
    expect(keys(ws)).toEqual(before);
  });

  it('escape the separator inside ids, so two different pairs never share a key', () => {
    const ws = add(
      baseWorkspace(),
      'items',
      item('x:y', { startDate: '2026-12-01', launchDate: '2026-12-02', dependsOn: ['z'] }),
      item('z', { launchDate: '2026-12-05' }),
    );
    expect(keys(ws)).toEqual(['dependency:x%3Ay:z']);
  });
});

describe('acknowledgements', () => {
  it('mark a collision acknowledged, with who, when and the note; the open list leaves it out', () => {
    const ws = acknowledged(clash());
    const report = collisionReport(ws);
    expect(report.open.map((e) => e.collision.key)).toEqual(['blackout:c:freeze', 'dependency:b:c']);
    expect(report.acknowledged.map((e) => e.collision.key)).toEqual([CAPACITY]);
    expect(report.byKey.get(CAPACITY)!.acknowledgement).toEqual({
      id: CAPACITY,
      note: 'Support has extra staff that week',
      fingerprint: report.byKey.get(CAPACITY)!.collision.fingerprint,
      acknowledgedBy: 'ana',
      acknowledgedAt: '2026-12-02T09:30:00.000Z',
    });
    // Bars and health read the open ones; briefs read all.
    expect(report.byItem.get('a')).toBeUndefined();
    expect(report.allByItem.get('a')!.map((c) => c.key)).toEqual([CAPACITY]);
  });

  it('stay acknowledged when unrelated things change', () => {
    let ws = acknowledged(clash());
    ws = add(
      ws,
      'items',
      { ...ws.items.a!, title: 'Renamed', stageId: 'beta' },
      { ...ws.items.c!, launchDate: '2026-12-26' },
      launch('other', '2026-12-08', ['NA']),
    );
    expect(statusOf(ws, CAPACITY)).toBe('acknowledged');
  });

  it('reopen when a member’s date moves within the week, or another launch joins the week', () => {
    const ws = acknowledged(clash());
    const moved = add(structuredClone(ws), 'items', { ...ws.items.b!, launchDate: '2026-12-09' });
    expect(statusOf(moved, CAPACITY)).toBe('open');
    expect(collisionReport(moved).byKey.get(CAPACITY)!.acknowledgement!.note).toBe(
      'Support has extra staff that week',
    );
    const joined = add(structuredClone(ws), 'items', launch('late-joiner', '2026-12-10', ['EU']));
    expect(statusOf(joined, CAPACITY)).toBe('open');
    // Moving back restores the dates it was accepted with.
    const back = add(moved, 'items', { ...ws.items.b! });
    expect(statusOf(back, CAPACITY)).toBe('acknowledged');
  });

  it('reopen a blackout collision when the window moves, and a dependency when a day moves', () => {
    let ws = acknowledged(clash(), 'blackout:c:freeze', 'Holiday cover agreed');
    ws = acknowledged(ws, 'dependency:b:c', 'Only the docs depend on it');
    expect(collisionReport(ws).open).toEqual([expect.objectContaining({ status: 'open' })]);
    const stretched = add(structuredClone(ws), 'blackouts', { ...ws.blackouts.freeze!, end: '2027-01-02' });
    expect(statusOf(stretched, 'blackout:c:freeze')).toBe('open');
    expect(statusOf(stretched, 'dependency:b:c')).toBe('acknowledged');
    const later = add(structuredClone(ws), 'items', { ...ws.items.c!, launchDate: '2026-12-27' });
    expect(statusOf(later, 'dependency:b:c')).toBe('open');
  });

  it('keep a launch out of At risk for an acknowledged collision, and back in when it reopens', () => {
    let ws = clash();
    expect(rowsById(ws, TODAY).get('a')!.health.reasons).toEqual([
      'Capacity: 2 Tier-1 launches going live in EU in week 2026-W50 (capacity 1)',
    ]);
    ws = acknowledged(ws);
    expect(rowsById(ws, TODAY).get('a')!.health.health).toBe('on-track');
    ws = add(ws, 'items', { ...ws.items.b!, launchDate: '2026-12-09' });
    expect(rowsById(ws, TODAY).get('a')!.health.health).toBe('at-risk');
  });
});

describe('acknowledgement commands', () => {
  it('need a note, and a collision that is there', () => {
    const ws = clash();
    expect(() => acknowledgeCollision(ws, { key: CAPACITY, note: '  ', by: null }, laterContext())).toThrow(
      new ValidationError([{ path: 'note', message: 'Say why this collision is accepted' }]),
    );
    expect(() =>
      acknowledgeCollision(ws, { key: 'capacity:JP:2026-W50', note: 'x', by: null }, laterContext()),
    ).toThrow(CommandError);
  });

  it('forget a “me” who is not in People', () => {
    const ws = clash();
    const change = acknowledgeCollision(ws, { key: CAPACITY, note: 'ok', by: 'gone' }, laterContext());
    expect(applyChange(ws, change).acknowledgements[CAPACITY]!.acknowledgedBy).toBeNull();
  });

  it('acknowledge, edit the note and reopen, each undoable', () => {
    const start = clash();
    const ack = acknowledgeCollision(start, { key: CAPACITY, note: 'First', by: 'ana' }, laterContext());
    expect(ack.label).toBe('Acknowledge capacity collision');
    const ws = applyChange(start, ack);
    expect(applyChange(ws, invert(ack)).acknowledgements).toEqual({});

    const edit = editAcknowledgementNote(ws, CAPACITY, 'Second');
    const edited = applyChange(ws, edit);
    expect(edited.acknowledgements[CAPACITY]).toMatchObject({ note: 'Second', acknowledgedBy: 'ana' });
    expect(applyChange(edited, invert(edit)).acknowledgements[CAPACITY]!.note).toBe('First');
    expect(() => editAcknowledgementNote(ws, CAPACITY, '')).toThrow('Say why this collision is accepted');

    const reopen = reopenCollision(edited, CAPACITY);
    const reopened = applyChange(edited, reopen);
    expect(statusOf(reopened, CAPACITY)).toBe('open');
    expect(statusOf(applyChange(reopened, invert(reopen)), CAPACITY)).toBe('acknowledged');
    expect(() => reopenCollision(reopened, CAPACITY)).toThrow(
      'That collision is not acknowledged (any more).',
    );
    expect(() => editAcknowledgementNote(reopened, CAPACITY, 'x')).toThrow(CommandError);
  });

  it('re-acknowledging a reopened collision accepts its new dates', () => {
    let ws = acknowledged(clash(), CAPACITY, 'First');
    ws = add(ws, 'items', { ...ws.items.b!, launchDate: '2026-12-09' });
    expect(statusOf(ws, CAPACITY)).toBe('open');
    ws = acknowledged(ws, CAPACITY, 'Still fine');
    expect(statusOf(ws, CAPACITY)).toBe('acknowledged');
  });

  it('run by name, as the command line and sync send them', () => {
    let ws = clash();
    const ctx = laterContext();
    ws = applyChange(
      ws,
      runDomainCommand(ws, 'acknowledgements.acknowledge', { key: CAPACITY, note: 'ok', by: null }, ctx),
    );
    ws = applyChange(
      ws,
      runDomainCommand(ws, 'acknowledgements.editNote', { key: CAPACITY, note: 'fine' }, ctx),
    );
    expect(ws.acknowledgements[CAPACITY]!.note).toBe('fine');
    ws = applyChange(ws, runDomainCommand(ws, 'acknowledgements.reopen', { key: CAPACITY }, ctx));
    expect(ws.acknowledgements[CAPACITY]).toBeUndefined();
  });
});

describe('capacity by week', () => {
  it('lists weeks with a region at or over capacity, counted as the collisions count', () => {
    const ws = add(
      baseWorkspace(),
      'items',
      launch('a', '2026-12-07', ['EU', 'NA']),
      item('a-na', {
        title: 'a NA wave',
        kind: 'rollout',
        parentId: 'a',
        launchDate: '2026-12-07',
        regions: ['NA'],
      }),
      launch('b', '2026-12-08', ['EU']),
      launch('c', '2027-01-05', ['JP']),
    );
    const weeks = capacityByWeek(ws);
    expect([...weeks.keys()].sort()).toEqual(['2026-W50', '2027-W01']);
    const w50 = weeks.get('2026-W50')!;
    expect(w50.level).toBe('over');
    expect(w50.regions).toEqual([
      { region: 'EU', count: 2, capacity: 1, launches: ['a', 'b'] },
      // The launch and its NA wave: one go-live, at capacity.
      { region: 'NA', count: 1, capacity: 1, launches: ['a'] },
    ]);
    expect(describeWeekLoad(w50)).toBe(
      'EU: 2 of 1 Tier-1 (over capacity) — a, b; NA: 1 of 1 Tier-1 (at capacity) — a',
    );
    expect(weeks.get('2027-W01')!.level).toBe('at');
    add(ws, 'settings', { ...ws.settings.workspace!, tier1CapacityPerRegionWeek: 3 });
    expect(capacityByWeek(ws).size).toBe(0);
  });

  it('is worked out once per version of the items and settings', () => {
    const ws = clash();
    expect(capacityByWeek(ws)).toBe(capacityByWeek({ ...ws }));
    expect(capacityByWeek(add(ws, 'items', launch('z', '2027-02-01', ['JP'])))).not.toBe(
      capacityByWeek(clash()),
    );
  });
});
