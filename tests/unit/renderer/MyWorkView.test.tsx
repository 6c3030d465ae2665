// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Workspace } from '../../../shared/domain/workspace';
import { connectSession } from '../../../renderer/state/changes';
import { initialDocument, useDocument } from '../../../renderer/state/document';
import { currentMe, ME_STORAGE_KEY, setMe } from '../../../renderer/state/me';
import { useStorage } from '../../../renderer/state/storage';
import { initialWindow, useWindow } from '../../../renderer/state/window';
import { MyWorkView } from '../../../renderer/features/readiness/MyWorkView';
import { add, item, readiness } from '../../fixtures/records';
import { baseWorkspace } from '../../fixtures/workspace';

beforeAll(() => {
  HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});

/** Today is 2026-11-26; "x" launches on 2026-12-10. Ana has an overdue line and a later one; Ben has none. */
function workspace(): Workspace {
  const ws = baseWorkspace();
  add(ws, 'items', item('x', { title: 'Checkout v2', launchDate: '2026-12-10' }));
  add(
    ws,
    'readiness',
    readiness('later', 'x', {
      title: 'FAQ published',
      ownerId: 'ana',
      functionId: 'docs',
      due: { type: 'offset', days: -3 },
    }),
    readiness('late', 'x', { title: 'Privacy review', ownerId: 'ana', due: { type: 'offset', days: -20 } }),
    readiness('nobody', 'x', { title: 'Macros written', functionId: 'support' }),
  );
  return ws;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 26, 12));
  localStorage.clear();
  setMe(null);
  useDocument.setState({ ...initialDocument, workspace: workspace(), phase: 'ready' }, true);
  useWindow.setState(initialWindow, true);
  useStorage.setState({ status: 'ok' });
  connectSession({ persist: async () => undefined, broadcast: () => undefined });
});
afterEach(() => {
  cleanup();
  connectSession(null);
  vi.useRealTimers();
});

const titles = () =>
  within(screen.getByRole('list', { name: 'Open readiness items' }))
    .getAllByRole('listitem')
    .map((li) => li.getAttribute('aria-label'));

describe('My work', () => {
  it('shows everyone by owner until someone says who they are, then only their lines, overdue first', () => {
    render(<MyWorkView />);
    expect(screen.getByRole('combobox', { name: 'Show the work of' })).toHaveValue('everyone');
    expect(screen.getByRole('region', { name: 'Ana' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Unassigned' })).toHaveTextContent('Macros written');
    fireEvent.change(screen.getByRole('combobox', { name: 'I am' }), { target: { value: 'ana' } });
    expect(localStorage.getItem(ME_STORAGE_KEY)).toBe('ana');
    expect(screen.getByRole('combobox', { name: 'Show the work of' })).toHaveValue('me');
    expect(titles()).toEqual(['Privacy review', 'FAQ published']);
    const late = screen.getByRole('listitem', { name: 'Privacy review' });
    expect(late).toHaveTextContent('T-20');
    expect(late).toHaveTextContent('20 Nov');
    expect(late).toHaveTextContent('Overdue 6 days');
    expect(late).toHaveTextContent('Legal & Compliance');
    expect(screen.getByRole('status')).toHaveTextContent('2 open readiness items · 1 overdue');
  });

  it('remembers "me" on this machine, and forgets someone no longer in People', () => {
    setMe('ben');
    render(<MyWorkView />);
    expect(screen.getByRole('heading', { name: 'Nothing assigned to you' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Show everyone’s work' }));
    expect(screen.getByRole('combobox', { name: 'Show the work of' })).toHaveValue('everyone');
    expect(currentMe()).toBe('ben');
    act(() => {
      const ws = useDocument.getState().workspace;
      const people = { ...ws.people };
      delete people.ben;
      useDocument.setState({ workspace: { ...ws, people } });
    });
    expect(currentMe()).toBeNull();
    expect(screen.getByRole('combobox', { name: 'I am' })).toHaveValue('');
  });

  it('follows "me" chosen in another window on this machine', () => {
    render(<MyWorkView />);
    act(() => {
      localStorage.setItem(ME_STORAGE_KEY, 'ana');
      window.dispatchEvent(new StorageEvent('storage', { key: ME_STORAGE_KEY }));
    });
    expect(screen.getByRole('combobox', { name: 'I am' })).toHaveValue('ana');
    expect(titles()).toEqual(['Privacy review', 'FAQ published']);
  });

  it('ticks a line off with evidence, and says Ctrl+Z undoes it', async () => {
    setMe('ana');
    render(<MyWorkView />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Mark “Privacy review” done' }));
    const dialog = screen.getByRole('dialog', { name: 'Evidence for “Privacy review”' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Evidence link or note' }), {
      target: { value: 'Signed off by legal on 20 Nov' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Mark done' }));
    await act(async () => undefined);
    expect(useDocument.getState().workspace.readiness.late).toMatchObject({
      status: 'done',
      evidence: 'Signed off by legal on 20 Nov',
    });
    expect(titles()).toEqual(['FAQ published']);
    expect(useWindow.getState().toasts.at(-1)!.message).toBe('Mark “Privacy review” done — Ctrl+Z undoes it');
  });

  it('opens the launch page on the Readiness tab of the line’s function', () => {
    setMe('ana');
    render(<MyWorkView />);
    fireEvent.click(
      within(screen.getByRole('listitem', { name: 'FAQ published' })).getByRole('button', {
        name: 'Open the readiness of “Checkout v2”',
      }),
    );
    expect(useWindow.getState().page).toEqual({ itemId: 'x', tab: 'readiness', functionId: 'docs' });
  });

  it('with nobody in People, says where to add them', () => {
    const ws = workspace();
    ws.people = Object.create(null) as Workspace['people'];
    for (const r of Object.values(ws.readiness)) r.ownerId = null;
    useDocument.setState({ workspace: ws });
    render(<MyWorkView />);
    expect(screen.getByRole('heading', { name: 'No people yet — add them in People' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Go to People' }));
    expect(useWindow.getState().view).toBe('people');
  });
});
