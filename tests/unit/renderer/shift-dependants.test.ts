// @vitest-environment jsdom
/**
 * Asking when a launch moves: the remembered choice (per machine, localStorage), the question
 * and its answers, and saveItemEdit asking only when the anchor day moves and something belongs
 * to the item. The change path is replaced by a stand-in
 * that runs the command on the document store, so only the asking is under test here.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { applyChange, type Change } from '../../../shared/domain/change';
import type { Workspace } from '../../../shared/domain/workspace';
import { baseWorkspace } from '../../fixtures/workspace';
import { add, item, laterContext } from '../../fixtures/records';

vi.mock('../../../renderer/state/changes', () => ({
  commandContext: () => laterContext(),
  run: vi.fn(async (command: (ws: Workspace, ctx: unknown) => Change) => {
    const { useDocument } = await import('../../../renderer/state/document');
    const { ValidationError } = await import('../../../shared/domain/errors');
    let change: Change;
    try {
      change = command(useDocument.getState().workspace, laterContext());
    } catch (error) {
      if (error instanceof ValidationError) return { ok: false, issues: error.issues };
      throw error;
    }
    useDocument.setState((s) => ({ workspace: applyChange(s.workspace, change) }));
    return { ok: true, value: change };
  }),
}));

const { run } = await import('../../../renderer/state/changes');
const { useDocument } = await import('../../../renderer/state/document');
const { saveItemDates, saveItemEdit } = await import('../../../renderer/state/item-dates');
const shift = await import('../../../renderer/state/shift-dependants');

function workspace(): Workspace {
  const ws = baseWorkspace();
  add(
    ws,
    'items',
    item('pay', { title: 'Payment Links', launchDate: '2026-12-01' }),
    item('wave', { kind: 'rollout', parentId: 'pay', launchDate: '2026-12-05' }),
    item('alone', { title: 'Alone', launchDate: '2026-12-01' }),
  );
  add(ws, 'milestones', { id: 'm1', itemId: 'pay', title: 'Freeze', date: '2026-11-20' });
  return ws;
}

/** Answers the question on screen once it is asked. */
async function answerWhenAsked(answer: 'with' | 'only' | 'cancel', remember = false) {
  await vi.waitFor(() => expect(shift.useShiftDependants.getState().question).not.toBeNull());
  shift.answerShift(answer, remember);
}

const dates = (launchDate: string) => ({ startDate: null, launchDate, endDate: null });

beforeEach(() => {
  localStorage.clear();
  shift.setShiftChoice('ask');
  useDocument.setState({ workspace: workspace() });
  vi.mocked(run).mockClear();
});

describe('the remembered choice', () => {
  it('is kept in localStorage, and starts as ask', () => {
    localStorage.clear();
    expect(shift.shiftChoice()).toBe('ask');
    shift.setShiftChoice('always');
    expect(localStorage.getItem(shift.SHIFT_CHOICE_STORAGE_KEY)).toBe('always');
    expect(shift.useShiftDependants.getState().choice).toBe('always');
  });

  it('follows another window on this machine, ignoring a value it does not know', () => {
    localStorage.setItem(shift.SHIFT_CHOICE_STORAGE_KEY, 'never');
    window.dispatchEvent(new StorageEvent('storage', { key: shift.SHIFT_CHOICE_STORAGE_KEY }));
    expect(shift.shiftChoice()).toBe('never');
    localStorage.setItem(shift.SHIFT_CHOICE_STORAGE_KEY, 'sometimes');
    window.dispatchEvent(new StorageEvent('storage', { key: shift.SHIFT_CHOICE_STORAGE_KEY }));
    expect(shift.shiftChoice()).toBe('ask');
  });
});

describe('saveItemEdit', () => {
  it('asks, with what moves and how far, and moves it all on “Move them too”', async () => {
    const saving = saveItemDates('pay', dates('2026-12-15'), 'Move “Payment Links”');
    await vi.waitFor(() =>
      expect(shift.useShiftDependants.getState().question).toEqual({
        itemTitle: 'Payment Links',
        itemKind: 'launch',
        summary: 'A milestone and a wave',
        days: 14,
      }),
    );
    shift.answerShift('with', false);
    const result = await saving;
    expect(result.ok && result.value.label).toBe('Move “Payment Links” with a milestone and a wave');
    const ws = useDocument.getState().workspace;
    expect(ws.milestones.m1!.date).toBe('2026-12-04');
    expect(ws.items.wave!.launchDate).toBe('2026-12-19');
    expect(shift.useShiftDependants.getState().question).toBeNull();
    expect(shift.shiftChoice()).toBe('ask');
  });

  it('Cancel saves nothing', async () => {
    const saving = saveItemEdit('pay', dates('2026-12-15'));
    await answerWhenAsked('cancel', true);
    expect(await saving).toEqual({ ok: false, issues: [] });
    expect(run).not.toHaveBeenCalled();
    expect(useDocument.getState().workspace.items.pay!.launchDate).toBe('2026-12-01');
    expect(shift.shiftChoice()).toBe('ask');
  });

  it('remembers “Only this launch” and then moves only the launch without asking', async () => {
    const first = saveItemEdit('pay', dates('2026-12-08'));
    await answerWhenAsked('only', true);
    await first;
    expect(shift.shiftChoice()).toBe('never');
    await saveItemEdit('pay', dates('2026-12-15'));
    expect(shift.useShiftDependants.getState().question).toBeNull();
    expect(useDocument.getState().workspace.milestones.m1!.date).toBe('2026-11-20');
    expect(useDocument.getState().workspace.items.pay!.launchDate).toBe('2026-12-15');
  });

  it('with “always”, moves what belongs without asking', async () => {
    shift.setShiftChoice('always');
    await saveItemEdit('pay', dates('2026-12-02'));
    expect(useDocument.getState().workspace.milestones.m1!.date).toBe('2026-11-21');
  });

  it('does not ask for an item with nothing beneath it, a resize, or a day the rules refuse', async () => {
    await saveItemEdit('alone', dates('2026-12-15'));
    await saveItemEdit('pay', { startDate: '2026-11-01' });
    const refused = await saveItemEdit('pay', dates('1900-01-01'));
    expect(refused).toEqual({
      ok: false,
      issues: [{ path: 'launchDate', message: 'Enter a date between 2000 and 2100' }],
    });
    expect(shift.useShiftDependants.getState().question).toBeNull();
    expect(run).toHaveBeenCalledTimes(3);
  });
});
