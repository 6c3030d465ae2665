// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { UnsavedChangesDialog } from '../../../renderer/ui/UnsavedChangesDialog';

afterEach(cleanup);
// jsdom has no modal dialogs: opening one only marks it open.
beforeAll(() => {
  HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});

describe('UnsavedChangesDialog', () => {
  it('names what would be lost; Keep editing comes first, Discard second', () => {
    render(
      <UnsavedChangesDialog description="Payment Links v2" onKeepEditing={vi.fn()} onDiscard={vi.fn()} />,
    );
    const dialog = screen.getByRole('dialog', { name: 'Discard unsaved changes to “Payment Links v2”?' });
    expect(dialog).toBeVisible();
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Keep editing', 'Discard']);
  });

  it('each answer calls its own handler once', () => {
    const keep = vi.fn();
    const discard = vi.fn();
    render(<UnsavedChangesDialog description="X" onKeepEditing={keep} onDiscard={discard} />);
    fireEvent.click(screen.getByRole('button', { name: 'Keep editing' }));
    expect(keep).toHaveBeenCalledTimes(1);
    expect(discard).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Discard' }));
    expect(discard).toHaveBeenCalledTimes(1);
  });

  it('Escape keeps editing', () => {
    const keep = vi.fn();
    render(<UnsavedChangesDialog description="X" onKeepEditing={keep} onDiscard={vi.fn()} />);
    fireEvent(screen.getByRole('dialog'), new Event('cancel', { cancelable: true }));
    expect(keep).toHaveBeenCalledTimes(1);
  });

  it('shows nothing without a question', () => {
    render(<UnsavedChangesDialog description={null} onKeepEditing={vi.fn()} onDiscard={vi.fn()} />);
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
