// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { RemoveStageDialog } from '../../../renderer/ui/RemoveStageDialog';

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

const STAGES = [
  { id: 'plan', name: 'Planning' },
  { id: 'beta', name: 'Beta' },
  { id: 'ga', name: 'Launched' },
];

function setup(stageId: string, itemCount: number) {
  const onRemove = vi.fn();
  const onClose = vi.fn();
  render(
    <RemoveStageDialog
      stages={STAGES}
      stageId={stageId}
      itemCount={itemCount}
      onRemove={onRemove}
      onClose={onClose}
    />,
  );
  return { onRemove, onClose };
}

describe('RemoveStageDialog', () => {
  it('offers every other stage as where the items go, the first of them chosen', () => {
    setup('beta', 3);
    const dialog = screen.getByRole('dialog', { name: 'Remove the “Beta” stage?' });
    expect(dialog).toHaveTextContent('3 launch items are in this stage. Where should they go?');
    const target = within(dialog).getByRole('combobox', { name: 'Move to' });
    expect(
      within(target)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Planning', 'Launched']);
    expect(target).toHaveValue('plan');
  });

  it('says one item in the singular', () => {
    setup('beta', 1);
    expect(screen.getByRole('dialog')).toHaveTextContent(
      '1 launch item is in this stage. Where should it go?',
    );
  });

  it('hands the chosen stage to onRemove, and closes', () => {
    const { onRemove, onClose } = setup('beta', 3);
    fireEvent.change(screen.getByRole('combobox', { name: 'Move to' }), { target: { value: 'ga' } });
    fireEvent.click(screen.getByRole('button', { name: 'Remove and move items' }));
    expect(onRemove).toHaveBeenCalledWith('ga');
    expect(onClose).toHaveBeenCalled();
  });

  it('an empty stage is removed with no target', () => {
    const { onRemove } = setup('plan', 0);
    const dialog = screen.getByRole('dialog', { name: 'Remove the “Planning” stage?' });
    expect(dialog).toHaveTextContent('The stage is empty. You can undo this with Ctrl+Z.');
    expect(within(dialog).queryByRole('combobox')).toBeNull();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Remove stage' }));
    expect(onRemove).toHaveBeenCalledWith(null);
  });

  it('Cancel closes without removing', () => {
    const { onRemove, onClose } = setup('beta', 3);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onClose).toHaveBeenCalled();
    expect(onRemove).not.toHaveBeenCalled();
  });

  it('cannot move items when there is no other stage', () => {
    const onRemove = vi.fn();
    render(
      <RemoveStageDialog
        stages={[{ id: 'only', name: 'Only' }]}
        stageId="only"
        itemCount={2}
        onRemove={onRemove}
        onClose={vi.fn()}
      />,
    );
    expect(screen.getByRole('button', { name: 'Remove and move items' })).toBeDisabled();
  });

  it('shows nothing for a stage that no longer exists', () => {
    setup('gone', 0);
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
