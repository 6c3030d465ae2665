// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Change } from '../../../shared/domain/change';
import type { Workspace } from '../../../shared/domain/workspace';
import { connectSession, undo } from '../../../renderer/state/changes';
import { initialDocument, useDocument } from '../../../renderer/state/document';
import { useStorage } from '../../../renderer/state/storage';
import { initialWindow, useWindow } from '../../../renderer/state/window';
import { ReadinessChecklist } from '../../../renderer/features/readiness/ReadinessChecklist';
import { add, item, readiness } from '../../fixtures/records';
import { baseWorkspace } from '../../fixtures/workspace';

// jsdom has no modal dialogs: opening one only marks it open.
beforeAll(() => {
  HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});

let saved: Change[];

/** "x" launches on 2026-12-10 (today is 2026-11-26): two legal lines, one support line. */
function workspace(): Workspace {
  const ws = baseWorkspace();
  add(
    ws,
    'items',
    item('x', { title: 'Checkout v2', launchDate: '2026-12-10' }),
    item('empty', { title: 'Bare' }),
  );
  add(
    ws,
    'readiness',
    readiness('l1', 'x', { title: 'Privacy review', rank: 'a0', due: { type: 'offset', days: -14 } }),
    readiness('l2', 'x', {
      title: 'Terms updated',
      rank: 'a1',
      requiredSignOff: true,
      due: { type: 'date', date: '2026-11-20' },
    }),
    readiness('s1', 'x', {
      functionId: 'support',
      title: 'Macros written',
      status: 'done',
      evidence: 'https://wiki.example.com/macros',
      ownerId: 'ben',
    }),
  );
  return ws;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 26, 12));
  saved = [];
  useDocument.setState({ ...initialDocument, workspace: workspace(), phase: 'ready' }, true);
  useWindow.setState(initialWindow, true);
  useStorage.setState({ status: 'ok' });
  connectSession({ persist: async (change) => void saved.push(change), broadcast: () => undefined });
});
afterEach(() => {
  cleanup();
  connectSession(null);
  vi.useRealTimers();
});

const lines = () => useDocument.getState().workspace.readiness;
const group = (name: string) => screen.getByRole('region', { name });
const titlesIn = (name: string) =>
  within(screen.getByRole('list', { name: `${name} checklist` }))
    .getAllByRole('listitem')
    .map((li) => li.getAttribute('aria-label'));
/** Lets run() settle (the fake session saves at once). */
const settle = () => act(async () => undefined);

describe('ReadinessChecklist', () => {
  it('groups lines by function in settings order, each heading with done/total and open sign-offs', () => {
    render(<ReadinessChecklist itemId="x" />);
    const legal = group('Legal & Compliance');
    expect(legal).toHaveTextContent('0/2 done');
    expect(legal).toHaveTextContent('1 open sign-off');
    expect(group('Support')).toHaveTextContent('1/1 done');
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Support',
      'Legal & Compliance',
    ]);
    expect(titlesIn('Legal & Compliance')).toEqual(['Privacy review', 'Terms updated']);
    expect(screen.getByText('1 of 3 done')).toBeInTheDocument();
  });

  it('shows due as a T-offset and a calendar day, and marks open overdue lines', () => {
    render(<ReadinessChecklist itemId="x" />);
    const privacy = screen.getByRole('listitem', { name: 'Privacy review' });
    expect(within(privacy).getByRole('textbox', { name: 'Due of “Privacy review”' })).toHaveValue('T-14');
    expect(privacy).toHaveTextContent('26 Nov');
    expect(privacy).not.toHaveTextContent('Overdue');
    const terms = screen.getByRole('listitem', { name: 'Terms updated' });
    expect(within(terms).getByRole('textbox', { name: 'Due of “Terms updated”' })).toHaveValue('2026-11-20');
    expect(terms).toHaveTextContent('T-20');
    expect(terms).toHaveTextContent('Overdue');
  });

  it('edits a due date typed as an offset, and explains what it cannot read', async () => {
    render(<ReadinessChecklist itemId="x" />);
    const due = screen.getByRole('textbox', { name: 'Due of “Privacy review”' });
    fireEvent.change(due, { target: { value: 'soon' } });
    fireEvent.keyDown(due, { key: 'Enter' });
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Enter a T-offset such as T-14 or T+3, or a date (yyyy-mm-dd)',
    );
    expect(due).toHaveAttribute('aria-invalid', 'true');
    fireEvent.change(due, { target: { value: 't+3' } });
    fireEvent.keyDown(due, { key: 'Enter' });
    await settle();
    expect(lines().l1!.due).toEqual({ type: 'offset', days: 3 });
    expect(due).toHaveValue('T+3');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('adds a line to a function with title + Enter, due like the function’s last line', async () => {
    render(<ReadinessChecklist itemId="x" />);
    const field = screen.getByRole('textbox', { name: 'Add to Legal & Compliance' });
    fireEvent.change(field, { target: { value: 'Export controls' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    await settle();
    expect(titlesIn('Legal & Compliance')).toEqual(['Privacy review', 'Terms updated', 'Export controls']);
    const added = Object.values(lines()).find((r) => r.title === 'Export controls')!;
    expect(added).toMatchObject({
      functionId: 'legal',
      due: { type: 'date', date: '2026-11-20' },
      itemId: 'x',
    });
    expect(field).toHaveValue('');
  });

  it('asks for evidence when a line without it is set to Done, then marks it done', async () => {
    render(<ReadinessChecklist itemId="x" />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Status of “Privacy review”' }), {
      target: { value: 'done' },
    });
    const dialog = screen.getByRole('dialog', { name: 'Evidence for “Privacy review”' });
    expect(lines().l1!.status).toBe('not-started');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Mark done' }));
    expect(within(dialog).getByText('Add a link or a note that shows this is done')).toBeInTheDocument();
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Evidence link or note' }), {
      target: { value: 'https://wiki.example.com/privacy' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Mark done' }));
    await settle();
    expect(lines().l1).toMatchObject({ status: 'done', evidence: 'https://wiki.example.com/privacy' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('link', { name: 'wiki.example.com/privacy' })).toBeInTheDocument();
    expect(group('Legal & Compliance')).toHaveTextContent('1/2 done');
  });

  it('sets other statuses at once, with no dialog', async () => {
    render(<ReadinessChecklist itemId="x" />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Status of “Terms updated”' }), {
      target: { value: 'blocked' },
    });
    await settle();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(lines().l2!.status).toBe('blocked');
  });

  it('moves a line with Alt+ArrowDown and Alt+ArrowUp, across functions at the ends, and says where', async () => {
    render(<ReadinessChecklist itemId="x" />);
    const handle = screen.getByRole('button', { name: 'Move “Privacy review”' });
    handle.focus();
    fireEvent.keyDown(handle, { key: 'ArrowDown', altKey: true });
    await settle();
    expect(titlesIn('Legal & Compliance')).toEqual(['Terms updated', 'Privacy review']);
    expect(screen.getByText('Moved “Privacy review” to 2 of 2 in Legal & Compliance.')).toBeInTheDocument();
    expect(saved.at(-1)!.label).toBe('Reorder “Privacy review”');
    // From the top of Legal, up goes to the foot of Support (the group above).
    const terms = screen.getByRole('button', { name: 'Move “Terms updated”' });
    fireEvent.keyDown(terms, { key: 'ArrowUp', altKey: true });
    await settle();
    expect(titlesIn('Support')).toEqual(['Macros written', 'Terms updated']);
    expect(lines().l2!.functionId).toBe('support');
    const macros = screen.getByRole('button', { name: 'Move “Macros written”' });
    fireEvent.keyDown(macros, { key: 'ArrowUp', altKey: true });
    expect(screen.getByText('“Macros written” is already first.')).toBeInTheDocument();
  });

  it('selects a range with Shift-click and sets the owner of all of them in one change', async () => {
    render(<ReadinessChecklist itemId="x" />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select “Macros written”' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select “Terms updated”' }), { shiftKey: true });
    const bar = screen.getByRole('toolbar', { name: 'Selected readiness items' });
    expect(bar).toHaveTextContent('3 selected');
    fireEvent.change(within(bar).getByRole('combobox', { name: 'Set owner of selected' }), {
      target: { value: 'ana' },
    });
    await settle();
    expect([lines().l1!.ownerId, lines().l2!.ownerId, lines().s1!.ownerId]).toEqual(['ana', 'ana', 'ana']);
    expect(saved.at(-1)!.label).toBe('Assign 3 readiness items to Ana');
    expect(screen.getByRole('combobox', { name: 'Owner of “Terms updated”' })).toHaveValue('ana');
  });

  it('deletes the selected lines, says Ctrl+Z undoes it, and undo brings them back', async () => {
    render(<ReadinessChecklist itemId="x" />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select “Privacy review”' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select “Terms updated”' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete selected' }));
    await settle();
    expect(lines().l1).toBeUndefined();
    expect(lines().l2).toBeUndefined();
    expect(screen.queryByRole('region', { name: 'Legal & Compliance' })).toBeNull();
    expect(useWindow.getState().toasts.at(-1)!.message).toBe('Delete 2 readiness items — Ctrl+Z undoes it');
    expect(screen.queryByRole('toolbar', { name: 'Selected readiness items' })).toBeNull();
    act(() => undo());
    expect(titlesIn('Legal & Compliance')).toEqual(['Privacy review', 'Terms updated']);
  });

  it('selects all lines on screen, and none again', () => {
    render(<ReadinessChecklist itemId="x" />);
    const all = screen.getByRole('checkbox', { name: 'Select all' });
    fireEvent.click(all);
    expect(screen.getByRole('toolbar', { name: 'Selected readiness items' })).toHaveTextContent('3 selected');
    fireEvent.click(all);
    expect(screen.queryByRole('toolbar', { name: 'Selected readiness items' })).toBeNull();
  });

  it('edits the title, the required sign-off and the evidence in place', async () => {
    render(<ReadinessChecklist itemId="x" />);
    const title = screen.getByRole('textbox', { name: 'Title of “Privacy review”' });
    fireEvent.change(title, { target: { value: 'Privacy review (EU)' } });
    fireEvent.keyDown(title, { key: 'Enter' });
    await settle();
    expect(lines().l1!.title).toBe('Privacy review (EU)');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Required sign-off: “Privacy review (EU)”' }));
    await settle();
    expect(lines().l1!.requiredSignOff).toBe(true);
    expect(group('Legal & Compliance')).toHaveTextContent('2 open sign-offs');
    fireEvent.click(screen.getByRole('button', { name: 'Add evidence to “Privacy review (EU)”' }));
    const evidence = screen.getByRole('textbox', { name: 'Evidence of “Privacy review (EU)”' });
    fireEvent.change(evidence, { target: { value: 'Reviewed with Aisha on 20 Nov' } });
    fireEvent.keyDown(evidence, { key: 'Enter' });
    await settle();
    expect(lines().l1!.evidence).toBe('Reviewed with Aisha on 20 Nov');
    expect(screen.getByText('Reviewed with Aisha on 20 Nov')).toBeInTheDocument();
  });

  it('refuses clearing the evidence of a done line, saying why', async () => {
    render(<ReadinessChecklist itemId="x" />);
    fireEvent.click(screen.getByRole('button', { name: 'Edit evidence of “Macros written”' }));
    const evidence = screen.getByRole('textbox', { name: 'Evidence of “Macros written”' });
    fireEvent.change(evidence, { target: { value: '' } });
    fireEvent.keyDown(evidence, { key: 'Enter' });
    await settle();
    expect(lines().s1!.evidence).toBe('https://wiki.example.com/macros');
    expect(useWindow.getState().toasts.at(-1)).toMatchObject({
      tone: 'error',
      message: 'Add an evidence link or note before marking this done',
    });
  });

  it('shows one function when filtered, with a way back to all of them', () => {
    const onFunctionChange = vi.fn();
    render(<ReadinessChecklist itemId="x" functionId="support" onFunctionChange={onFunctionChange} />);
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Support']);
    fireEvent.click(screen.getByRole('button', { name: 'Show all functions' }));
    expect(onFunctionChange).toHaveBeenCalledWith(null);
    fireEvent.change(screen.getByRole('combobox', { name: 'Show function' }), { target: { value: 'legal' } });
    expect(onFunctionChange).toHaveBeenLastCalledWith('legal');
  });

  it('keeps its own filter when nobody controls it; an empty function shows with its add field', () => {
    render(<ReadinessChecklist itemId="x" />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Show function' }), { target: { value: 'docs' } });
    expect(group('Documentation')).toHaveTextContent('0/0 done');
    expect(screen.getByRole('textbox', { name: 'Add to Documentation' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Show all functions' }));
    expect(screen.queryByRole('region', { name: 'Documentation' })).toBeNull();
  });

  it('explains an empty checklist and adds its first line', async () => {
    render(<ReadinessChecklist itemId="empty" />);
    expect(screen.getByRole('heading', { name: 'No readiness checklist yet' })).toBeInTheDocument();
    // The playbook's button, in the toolbar and in the empty state.
    expect(screen.getAllByRole('button', { name: 'Apply playbook…' })).toHaveLength(2);
    fireEvent.change(screen.getByRole('combobox', { name: 'Function of the new line' }), {
      target: { value: 'docs' },
    });
    const field = screen.getByRole('textbox', { name: 'Add the first line' });
    fireEvent.change(field, { target: { value: 'Help centre article' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    await settle();
    expect(titlesIn('Documentation')).toEqual(['Help centre article']);
    expect(Object.values(lines()).find((r) => r.itemId === 'empty')).toMatchObject({
      functionId: 'docs',
      due: { type: 'offset', days: -7 },
    });
  });

  it('points to People when there is nobody to own a line', () => {
    const ws = workspace();
    ws.people = Object.create(null) as Workspace['people'];
    for (const r of Object.values(ws.readiness)) r.ownerId = null;
    useDocument.setState({ workspace: ws });
    render(<ReadinessChecklist itemId="x" />);
    expect(screen.getByText(/No people yet — add them in/)).toHaveTextContent(
      'No people yet — add them in People to assign owners.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'People' }));
    expect(useWindow.getState().view).toBe('people');
    expect(screen.queryByRole('combobox', { name: 'Owner of “Privacy review”' })).toBeNull();
  });
});
