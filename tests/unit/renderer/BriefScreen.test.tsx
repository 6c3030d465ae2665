// @vitest-environment jsdom
/**
 * The brief screen with the real change path (storage mocked): a brief that leaves the app is
 * recorded once however many ways it leaves, the screen keeps showing it until something else
 * changes, undo takes the record back, and failures are said on the screen.
 */
import '@testing-library/jest-dom/vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Change } from '../../../shared/domain/change';
import { updateItem } from '../../../shared/domain/items/commands';
import { recordBrief } from '../../../shared/formats/brief';
import { BriefScreen } from '../../../renderer/features/briefs/BriefScreen';
import { printView } from '../../../renderer/features/pictures/print-view';
import { platform } from '../../../renderer/platform';
import { applyRemoteChange, commandContext, connectSession, undo } from '../../../renderer/state/changes';
import { initialDocument, useDocument } from '../../../renderer/state/document';
import { useStorage } from '../../../renderer/state/storage';
import { initialBriefScreen, initialWindow, useWindow } from '../../../renderer/state/window';
import { NOW, sample, testContext, TODAY } from '../../fixtures/workspace';

let saved: Change[];
const writeText = vi.fn<(text: string) => Promise<void>>();

beforeEach(() => {
  saved = [];
  useDocument.setState({ ...initialDocument, workspace: sample(), phase: 'ready' }, true);
  useStorage.setState({ status: 'ok' });
  useWindow.setState(
    { ...initialWindow, brief: { ...initialBriefScreen, itemId: 'sample-payment-links' } },
    true,
  );
  connectSession({ persist: async (change) => void saved.push(change), broadcast: () => undefined });
  writeText.mockReset().mockResolvedValue(undefined);
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
});
afterEach(() => {
  cleanup();
  connectSession(null);
});

const briefRecords = () => Object.values(useDocument.getState().workspace.briefs);
const number = () => screen.getByText(/^Brief #\d+$/).textContent;
const button = (name: string) =>
  within(screen.getByRole('group', { name: 'Brief actions' })).getByRole('button', { name });
const click = async (name: string) => {
  button(name).focus();
  await act(async () => {
    fireEvent.click(button(name));
  });
};

describe('BriefScreen', () => {
  it('previews the brief of the chosen launch, numbered', () => {
    render(<BriefScreen />);
    const preview = screen.getByRole('article', { name: 'Preview' });
    expect(within(preview).getByRole('heading', { level: 1 })).toHaveTextContent(
      'Launch brief — Payment Links v2',
    );
    expect(number()).toBe('Brief #1');
    expect(screen.getByRole('combobox', { name: 'Launch' })).toHaveValue('Payment Links v2');
  });

  it('copies the Markdown and records the brief once, even when it is saved too', async () => {
    const saveFile = vi.spyOn(platform, 'saveFile').mockResolvedValue({ status: 'saved', path: 'x.md' });
    render(<BriefScreen />);
    await click('Copy Markdown');
    expect(writeText).toHaveBeenCalledWith(expect.stringContaining('# Launch brief — Payment Links v2'));
    expect(briefRecords()).toMatchObject([{ number: 1, scopeKey: 'launch:sample-payment-links' }]);
    expect(saved).toHaveLength(1);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Copied Brief #1 as Markdown. Recorded: the next brief of this launch will be Brief #2',
    );
    // Still Brief #1 on screen, and saving it hands out the same text without a second record.
    expect(number()).toBe('Brief #1');
    await click('Save .md');
    expect(saveFile).toHaveBeenCalledWith({
      suggestedName: 'brief-payment-links-v2-1.md',
      content: writeText.mock.calls[0]![0],
      filters: [{ name: 'Markdown', extensions: ['md'] }],
    });
    expect(briefRecords()).toHaveLength(1);
    expect(screen.getByRole('status')).toHaveTextContent(/^Saved Brief #1 as x\.md\.$/);
  });

  it('shows the next brief once anything else changes, here or in another window', async () => {
    render(<BriefScreen />);
    await click('Copy Markdown');
    expect(number()).toBe('Brief #1');
    const ws = useDocument.getState().workspace;
    act(() =>
      applyRemoteChange(
        updateItem(ws, 'sample-payment-links', { launchDate: '2026-12-22' }, commandContext()),
      ),
    );
    expect(number()).toBe('Brief #2');
    expect(screen.getByRole('article', { name: 'Preview' })).toHaveTextContent(
      'launch day moved from Thu 17 Dec 2026 to Tue 22 Dec 2026',
    );
  });

  it('records again after undo took the record back', async () => {
    render(<BriefScreen />);
    await click('Copy Markdown');
    expect(screen.getByText('Recorded')).toBeVisible();
    await act(async () => undo());
    expect(briefRecords()).toHaveLength(0);
    expect(screen.queryByText('Recorded')).toBeNull();
    expect(number()).toBe('Brief #1');
    await click('Copy Markdown');
    expect(briefRecords()).toMatchObject([{ number: 1 }]);
  });

  it('does not record a brief under another number when another window took its number during the save dialog', async () => {
    const saveFile = vi.spyOn(platform, 'saveFile').mockImplementationOnce(async () => {
      // While the dialog is open, another window records Brief #1 of the same launch.
      const ws = useDocument.getState().workspace;
      const request = { kind: 'launch' as const, itemId: 'sample-payment-links', audience: 'exec' as const };
      applyRemoteChange(recordBrief(ws, request, { today: TODAY, now: NOW }, testContext('other')));
      return { status: 'saved', path: 'brief-payment-links-v2-1.md' };
    });
    render(<BriefScreen />);
    await click('Save .md');
    expect(saveFile).toHaveBeenCalledTimes(1);
    // Only the other window's record: this window recorded nothing under #2 for a file saying #1.
    expect(briefRecords()).toMatchObject([{ number: 1, id: expect.stringMatching(/^other/) }]);
    expect(saved).toHaveLength(0);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Another window recorded Brief #1 meanwhile — this is now Brief #2. The file was saved as Brief #1, which was not recorded: save it again to hand out Brief #2.',
    );
    expect(number()).toBe('Brief #2');
    saveFile.mockResolvedValue({ status: 'saved', path: 'brief-payment-links-v2-2.md' });
    await click('Save .md');
    expect(saveFile).toHaveBeenLastCalledWith(
      expect.objectContaining({ suggestedName: 'brief-payment-links-v2-2.md' }),
    );
    expect(
      briefRecords()
        .map((record) => record.number)
        .sort(),
    ).toEqual([1, 2]);
  });

  it('hands nothing out when the number it shows was taken meanwhile', async () => {
    const saveFile = vi.spyOn(platform, 'saveFile').mockResolvedValue({ status: 'saved', path: 'x.md' });
    render(<BriefScreen />);
    await click('Copy Markdown');
    // Undone here, the brief stays on screen as #1; then another window records #1.
    await act(async () => undo());
    const ws = useDocument.getState().workspace;
    act(() =>
      applyRemoteChange(
        recordBrief(
          ws,
          { kind: 'launch', itemId: 'sample-payment-links', audience: 'exec' },
          { today: TODAY, now: NOW },
          testContext('other'),
        ),
      ),
    );
    expect(number()).toBe('Brief #1');
    await click('Save .md');
    expect(saveFile).not.toHaveBeenCalled();
    expect(screen.getByRole('status')).toHaveTextContent(
      'Another window recorded Brief #1 meanwhile — this is now Brief #2. Nothing left the app: save it again to hand out Brief #2.',
    );
    expect(number()).toBe('Brief #2');
  });

  it('"This View as PDF…" on the brief screen is the brief’s own Save as PDF: portrait, its name, recorded', async () => {
    const printToPdf = vi.spyOn(platform, 'printToPdf').mockResolvedValue({ status: 'cancelled' });
    const { unmount } = render(<BriefScreen />);
    await act(async () => printView());
    expect(printToPdf).toHaveBeenCalledWith({
      suggestedName: 'brief-payment-links-v2-1.pdf',
      pageSize: 'A4',
      landscape: false,
    });
    // The browser's print dialog never says whether it saved: the brief is recorded as it opens.
    expect(briefRecords()).toMatchObject([{ number: 1 }]);
    // Closed, the screen no longer answers: the view is printed as views are.
    unmount();
    act(() => useWindow.setState({ brief: null }));
    await act(async () => printView());
    expect(printToPdf).toHaveBeenLastCalledWith(expect.objectContaining({ pageSize: 'A4', landscape: true }));
  });

  it('copies by selection where the clipboard permission is refused (a browser may refuse it)', async () => {
    writeText.mockRejectedValue(new Error('Write permission denied.'));
    let selected = '';
    const execCommand = vi.fn((command: string) => {
      selected = document.querySelector('textarea')?.value ?? '';
      return command === 'copy';
    });
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
    render(<BriefScreen />);
    await click('Copy Markdown');
    expect(execCommand).toHaveBeenCalledWith('copy');
    expect(selected).toContain('# Launch brief — Payment Links v2');
    expect(briefRecords()).toHaveLength(1);
    // The hidden text area is gone and the focus is back on the button.
    expect(document.querySelector('textarea')).toBeNull();
    expect(button('Copy Markdown')).toHaveFocus();
  });

  it('records nothing when the copy fails or the save is cancelled, and says why', async () => {
    writeText.mockRejectedValue(new Error('Document is not focused'));
    Object.defineProperty(document, 'execCommand', { value: () => false, configurable: true });
    vi.spyOn(platform, 'saveFile').mockResolvedValue({ status: 'cancelled' });
    render(<BriefScreen />);
    await click('Copy Markdown');
    expect(screen.getByRole('status')).toHaveTextContent(
      'Could not copy the brief: Document is not focused. Save .md works instead.',
    );
    await click('Save .md');
    expect(briefRecords()).toHaveLength(0);
  });

  it('asks for a launch, and names a launch that is not there', () => {
    useWindow.setState({ brief: { ...initialBriefScreen } });
    const { rerender } = render(<BriefScreen />);
    expect(screen.getByText('Choose the launch item to brief.')).toBeVisible();
    expect(button('Copy Markdown')).toBeDisabled();
    act(() => useWindow.setState({ brief: { ...initialBriefScreen, itemId: 'gone' } }));
    rerender(<BriefScreen />);
    expect(screen.getByRole('alert')).toHaveTextContent('There is no launch item with the id “gone”.');
  });
});
