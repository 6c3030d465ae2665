// @vitest-environment jsdom
/**
 * The milestone Edit dialog sends only what the person changed: a drag of the milestone in
 * another window while the dialog is open survives a Save of a new title, and a Save with
 * nothing changed changes nothing. Its hint counts from the launch day as the rest of the app
 * does ("T-10").
 */
import '@testing-library/jest-dom/vitest';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { updateMilestone } from '../../../shared/domain/milestones/commands';
import type { Workspace } from '../../../shared/domain/workspace';
import { ShiftDialogs } from '../../../renderer/app/ShiftDialogs';
import { applyRemoteChange, connectSession } from '../../../renderer/state/changes';
import { initialDocument, useDocument } from '../../../renderer/state/document';
import { openMilestoneDialog, useMilestoneDialog } from '../../../renderer/state/milestone-dialog';
import { useStorage } from '../../../renderer/state/storage';
import { initialWindow, useWindow } from '../../../renderer/state/window';
import { add, item } from '../../fixtures/records';
import { baseWorkspace } from '../../fixtures/workspace';

beforeAll(() => {
  HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});

function workspace(): Workspace {
  const ws = baseWorkspace();
  add(ws, 'items', item('pay', { title: 'Payment Links', launchDate: '2026-12-01' }));
  add(ws, 'milestones', { id: 'm1', itemId: 'pay', title: 'Freeze', date: '2026-11-20' });
  return ws;
}

let persisted = 0;
beforeEach(() => {
  persisted = 0;
  useWindow.setState(initialWindow, true);
  useStorage.setState({ status: 'ok' });
  connectSession({ persist: async () => void (persisted += 1), broadcast: () => undefined });
  useDocument.setState({ ...initialDocument, workspace: workspace(), phase: 'ready' }, true);
  render(<ShiftDialogs />);
  act(() => openMilestoneDialog({ mode: 'edit', milestoneId: 'm1' }));
});
afterEach(() => {
  cleanup();
  connectSession(null);
  useMilestoneDialog.setState({ dialog: { mode: 'closed' } });
});

const dialog = () => screen.getByRole('dialog', { name: 'Edit milestone of Payment Links' });
const stored = () => useDocument.getState().workspace.milestones.m1!;

describe('the milestone Edit dialog', () => {
  it('keeps a move made in another window when only the title is edited', async () => {
    act(() =>
      applyRemoteChange(updateMilestone(useDocument.getState().workspace, 'm1', { date: '2026-11-25' })),
    );
    fireEvent.change(within(dialog()).getByLabelText(/Title/), { target: { value: 'Code freeze' } });
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(stored().title).toBe('Code freeze'));
    expect(stored().date).toBe('2026-11-25');
  });

  it('a Save with nothing changed closes the dialog and stores nothing', async () => {
    expect(within(dialog()).getByText('T-11 from the launch day')).toBeInTheDocument();
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(useMilestoneDialog.getState().dialog.mode).toBe('closed'));
    expect(persisted).toBe(0);
    expect(stored()).toEqual({ id: 'm1', itemId: 'pay', title: 'Freeze', date: '2026-11-20' });
  });
});
