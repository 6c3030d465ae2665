/**
 * A window whose renderer refuses to unload (unsaved edits) asks the person; only "Discard
 * changes" lets it close, and the question is asked of that window.
 */
import { describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => ({ showMessageBoxSync: vi.fn<(...args: unknown[]) => number>() }));
vi.mock('electron', () => ({ dialog: { showMessageBoxSync: fake.showMessageBoxSync } }));

import { guardUnsavedEdits } from '../../../electron/main/unload-guard';

function windowWithContents() {
  const listeners = new Map<string, (event: { preventDefault: () => void }) => void>();
  const window = { webContents: { on: vi.fn((name: string, fn: never) => listeners.set(name, fn)) } };
  guardUnsavedEdits(window as never);
  const refuseUnload = () => {
    const event = { preventDefault: vi.fn() };
    listeners.get('will-prevent-unload')!(event);
    return event;
  };
  return { window, refuseUnload };
}

describe('guardUnsavedEdits', () => {
  it('keeps the window open when the person keeps editing', () => {
    fake.showMessageBoxSync.mockReturnValueOnce(0);
    const { window, refuseUnload } = windowWithContents();
    expect(refuseUnload().preventDefault).not.toHaveBeenCalled();
    // Stated here, not read from the module: "Discard" must be answer 1, and closing the box keeps editing.
    expect(fake.showMessageBoxSync).toHaveBeenCalledWith(
      window,
      expect.objectContaining({ buttons: ['Keep editing', 'Discard changes'], defaultId: 0, cancelId: 0 }),
    );
  });

  it('lets the window close when the person discards', () => {
    fake.showMessageBoxSync.mockReturnValueOnce(1);
    const { refuseUnload } = windowWithContents();
    expect(refuseUnload().preventDefault).toHaveBeenCalledTimes(1);
  });
});
