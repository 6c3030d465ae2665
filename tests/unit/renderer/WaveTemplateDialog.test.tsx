// @vitest-environment jsdom
/**
 * The rollout template dialog: its preview follows the template picked and the workspace as it
 * changes (another window's edit), a launch without T-0 is told why and cannot create, and
 * Create is one undoable change. Also the checks of the plan's in-place edits (ramp, go-live).
 */
import '@testing-library/jest-dom/vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { updateItem } from '../../../shared/domain/items/commands';
import type { Workspace } from '../../../shared/domain/workspace';
import { WaveTemplateDialog } from '../../../renderer/features/launches/WaveTemplateDialog';
import { datesForGoLive, parseRamp } from '../../../renderer/features/launches/wave-edits';
import { applyRemoteChange, connectSession, undo } from '../../../renderer/state/changes';
import { initialDocument, useDocument } from '../../../renderer/state/document';
import { useStorage } from '../../../renderer/state/storage';
import { initialWindow, useWindow } from '../../../renderer/state/window';
import { add, item, laterContext } from '../../fixtures/records';
import { baseWorkspace } from '../../fixtures/workspace';

beforeAll(() => {
  HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});

function workspace(launchDate: string | null = '2027-03-01'): Workspace {
  const ws = baseWorkspace();
  add(ws, 'items', item('L', { title: 'Checkout', launchDate, regions: ['NA', 'EU', 'UK', 'APAC'] }));
  return ws;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 26, 12));
  useWindow.setState(initialWindow, true);
  useStorage.setState({ status: 'ok' });
  connectSession({ persist: async () => undefined, broadcast: () => undefined });
});
afterEach(() => {
  cleanup();
  connectSession(null);
  vi.useRealTimers();
});

function open(ws: Workspace) {
  useDocument.setState({ ...initialDocument, workspace: ws, phase: 'ready' }, true);
  const onClose = vi.fn();
  const launch = ws.items.L!;
  render(<WaveTemplateDialog launch={launch} onClose={onClose} />);
  return { onClose, dialog: screen.getByRole('dialog', { name: 'Create waves from template' }) };
}

const previewRows = (dialog: HTMLElement) =>
  within(within(dialog).getByRole('table')).getAllByRole('row').slice(1);

describe('WaveTemplateDialog', () => {
  it('previews the chosen template’s waves and follows another window’s change of T-0', () => {
    const { dialog } = open(workspace());
    expect(previewRows(dialog).map((r) => r.textContent)).toEqual([
      expect.stringMatching(/^1NAMon 1 Mar 2027 T-010 %/),
      expect.stringMatching(/^2EU · UKMon 15 Mar 2027 T\+1450 %/),
      expect.stringMatching(/^3APACMon 29 Mar 2027 T\+28100 %Last wave$/),
    ]);
    fireEvent.click(within(dialog).getByRole('radio', { name: /^All regions at once/ }));
    expect(previewRows(dialog)).toHaveLength(1);
    expect(within(dialog).getByRole('button', { name: 'Create 1 wave' })).toBeEnabled();

    act(() =>
      applyRemoteChange(
        updateItem(useDocument.getState().workspace, 'L', { launchDate: '2027-04-05' }, laterContext()),
      ),
    );
    expect(previewRows(dialog)[0]).toHaveTextContent('Mon 5 Apr 2027');
  });

  it('says why a launch without T-0 cannot have waves, and offers no Create', () => {
    const { dialog } = open(workspace(null));
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      '“Checkout” has no launch day (T-0) yet: set it first, and the waves follow from it.',
    );
    expect(within(dialog).getByRole('button', { name: 'Create waves' })).toBeDisabled();
  });

  it('lists what it leaves out', () => {
    const ws = workspace();
    const settings = ws.settings.workspace!;
    ws.settings = { workspace: { ...settings, regions: settings.regions.filter((r) => r.code !== 'APAC') } };
    const { dialog } = open(ws);
    expect(within(dialog).getByRole('list', { name: 'Left out' })).toHaveTextContent(
      'APAC is not a region of this workspace: the wave for APAC is skipped.',
    );
    expect(within(dialog).getByRole('button', { name: 'Create 2 waves' })).toBeEnabled();
  });

  it('creates the waves as one undoable change and closes', async () => {
    const { dialog, onClose } = open(workspace());
    await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: 'Create 3 waves' })));
    const items = () => Object.values(useDocument.getState().workspace.items);
    expect(items().filter((i) => i.kind === 'rollout')).toHaveLength(3);
    expect(Object.keys(useDocument.getState().workspace.readiness)).toHaveLength(15);
    expect(onClose).toHaveBeenCalledOnce();
    expect(useDocument.getState().past).toHaveLength(1);
    await act(async () => undo());
    expect(items().map((i) => i.id)).toEqual(['L']);
    expect(Object.keys(useDocument.getState().workspace.readiness)).toHaveLength(0);
  });
});

describe('checks of the plan’s in-place edits', () => {
  it('reads a ramp as a percentage from 0 to 100, empty for none', () => {
    expect(parseRamp('25')).toEqual({ ok: true, value: 25 });
    expect(parseRamp(' 12.5 % ')).toEqual({ ok: true, value: 12.5 });
    expect(parseRamp('0')).toEqual({ ok: true, value: 0 });
    expect(parseRamp('')).toEqual({ ok: true, value: null });
    expect(parseRamp('150')).toEqual({ ok: false, message: 'The ramp cannot be more than 100 %' });
    for (const bad of ['-5', 'lots', '1e2', '25 percent'])
      expect(parseRamp(bad)).toEqual({
        ok: false,
        message: 'Enter the ramp as a percentage from 0 to 100, such as 25',
      });
  });

  it('moves a wave’s start and end with its go-live day, and refuses days it cannot take', () => {
    const wave = item('w', { startDate: '2027-03-01', launchDate: '2027-03-05', endDate: '2027-03-20' });
    expect(datesForGoLive(wave, '2027-03-12')).toEqual({
      ok: true,
      value: { startDate: '2027-03-08', launchDate: '2027-03-12', endDate: '2027-03-27' },
    });
    expect(datesForGoLive(item('x'), '2027-03-12')).toEqual({
      ok: true,
      value: { startDate: null, launchDate: '2027-03-12', endDate: null },
    });
    expect(datesForGoLive(wave, '')).toEqual({ ok: false, message: 'A wave needs a go-live day' });
    expect(datesForGoLive(wave, '2150-01-01')).toEqual({
      ok: false,
      message: 'Enter a date between 2000 and 2100',
    });
    // No go-live before: the start it already has must not come after the new day.
    expect(datesForGoLive(item('y', { startDate: '2027-04-01' }), '2027-03-12')).toMatchObject({ ok: false });
  });
});
