// @vitest-environment jsdom
/**
 * The timeline's diamonds and bars by keyboard: a plain arrow on a diamond leaves its day alone
 * (the chart goes on to the next marker); Space starts moving it, Enter saves once (one undo
 * step), Escape puts it back; Delete hands the focus to the row's bar; the diamond takes the
 * tabindex it is given. A bar moved past 2100 snaps back with the reason in a toast.
 */
import '@testing-library/jest-dom/vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Day } from '../../../shared/dates/days';
import { recordOf, type Workspace } from '../../../shared/domain/workspace';
import { TimelineBar } from '../../../renderer/features/timeline/TimelineBar';
import { TimelineMilestone } from '../../../renderer/features/timeline/TimelineMilestone';
import { makeScale } from '../../../renderer/features/timeline/scale';
import { connectSession, undo } from '../../../renderer/state/changes';
import { initialDocument, useDocument } from '../../../renderer/state/document';
import { useStorage } from '../../../renderer/state/storage';
import { initialWindow, useWindow } from '../../../renderer/state/window';
import { add, item } from '../../fixtures/records';
import { baseWorkspace } from '../../fixtures/workspace';

const TODAY: Day = '2026-11-01';
const scale = makeScale('2026-01-01', '2100-12-31', 'month');

function load(ws: Workspace) {
  useDocument.setState({ ...initialDocument, workspace: ws, phase: 'ready' }, true);
}
const stored = () => useDocument.getState().workspace;
const storedDay = () => recordOf(stored().milestones, 'm1')?.date;

beforeEach(() => {
  useWindow.setState(initialWindow, true);
  useStorage.setState({ status: 'ok' });
  connectSession({ persist: async () => undefined, broadcast: () => undefined });
});
afterEach(() => {
  cleanup();
  connectSession(null);
});

describe('a milestone on the timeline, by keyboard', () => {
  beforeEach(() => {
    const ws = add(
      add(baseWorkspace(), 'items', item('pay', { title: 'Payments', launchDate: '2026-12-10' })),
      'milestones',
      { id: 'm1', itemId: 'pay', title: 'Docs freeze', date: '2026-12-02' },
    );
    load(ws);
    const milestone = recordOf(ws.milestones, 'm1')!;
    render(
      <div className="tl-row">
        <div className="tl-bar" tabIndex={0} role="button" aria-label="Payments: bar" />
        <TimelineMilestone
          milestone={milestone}
          scale={scale}
          today={TODAY}
          itemTitle="Payments"
          tabIndex={-1}
        />
      </div>,
    );
  });
  const diamond = () => screen.getByRole('button', { name: /^Milestone: Docs freeze/ });
  const key = (key: string, init: Partial<KeyboardEventInit> = {}) =>
    act(async () => void fireEvent.keyDown(diamond(), { key, ...init }));

  it('is out of the Tab order when told so', () => {
    expect(diamond()).toHaveAttribute('tabindex', '-1');
  });

  it('leaves its day alone on a plain arrow: the chart goes on to the next marker', async () => {
    diamond().focus();
    const passedOn = fireEvent.keyDown(diamond(), { key: 'ArrowRight' });
    // Not handled here (not prevented), so the chart's own key handler sees it.
    expect(passedOn).toBe(true);
    await key('ArrowLeft');
    expect(storedDay()).toBe('2026-12-02');
    expect(stored()).toBe(useDocument.getState().workspace);
    expect(useDocument.getState().past).toHaveLength(0);
  });

  it('moves by Space and arrows, saves once with Enter, and one undo puts it back', async () => {
    diamond().focus();
    await key(' ');
    await key('ArrowRight');
    await key('ArrowRight', { shiftKey: true });
    await key('ArrowLeft');
    // Shown while moving, not saved yet.
    expect(diamond()).toHaveTextContent('Moving: Docs freeze · 9 Dec 2026');
    expect(storedDay()).toBe('2026-12-02');
    await key('Enter');
    await waitFor(() => expect(storedDay()).toBe('2026-12-09'));
    expect(useDocument.getState().past).toHaveLength(1);
    await act(async () => undo());
    await waitFor(() => expect(storedDay()).toBe('2026-12-02'));
  });

  it('puts the day back on Escape without saving', async () => {
    diamond().focus();
    await key(' ');
    await key('ArrowRight');
    await key('Escape');
    expect(diamond()).not.toHaveTextContent('Moving');
    expect(diamond()).toHaveAccessibleName('Milestone: Docs freeze, Wed 2 Dec 2026');
    // Enter now edits again rather than saving a move.
    await key('Enter');
    expect(storedDay()).toBe('2026-12-02');
    expect(useDocument.getState().past).toHaveLength(0);
  });

  it('hands the focus to its row’s bar after Delete', async () => {
    diamond().focus();
    await key('Delete');
    await waitFor(() => expect(recordOf(stored().milestones, 'm1')).toBeUndefined());
    expect(screen.getByRole('button', { name: 'Payments: bar' })).toHaveFocus();
  });
});

describe('a bar moved past the planning range', () => {
  it('snaps back and says why in a toast', async () => {
    const bar = item('late', { title: 'Late launch', startDate: '2100-12-20', launchDate: '2100-12-31' });
    load(add(baseWorkspace(), 'items', bar));
    render(
      <div className="tl-scroll">
        <TimelineBar
          item={bar}
          scale={scale}
          today={TODAY}
          health="on-track"
          collisions={undefined}
          rowKey="late"
          tabbable
        />
      </div>,
    );
    const element = screen.getByRole('button', { name: /^Late launch:/ });
    element.focus();
    for (const key of [' ', 'ArrowRight', 'Enter'])
      await act(async () => void fireEvent.keyDown(element, { key }));
    await waitFor(() => expect(useWindow.getState().toasts.map((t) => t.message)).toHaveLength(1));
    expect(useWindow.getState().toasts[0]).toMatchObject({ tone: 'error' });
    expect(useWindow.getState().toasts[0]!.message).toMatch(/2100/);
    expect(recordOf(stored().items, 'late')?.launchDate).toBe('2100-12-31');
  });
});
