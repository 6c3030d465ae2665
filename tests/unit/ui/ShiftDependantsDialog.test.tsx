// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  ShiftDependantsDialog,
  signedDays,
  type ShiftDependantsDialogProps,
} from '../../../renderer/ui/ShiftDependantsDialog';

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

const QUESTION: NonNullable<ShiftDependantsDialogProps['question']> = {
  itemTitle: 'Payment Links v2',
  itemKind: 'launch',
  summary: '3 milestones, 2 waves, 1 beta',
  days: 14,
};

function setup(question: ShiftDependantsDialogProps['question'] = QUESTION) {
  const onAnswer = vi.fn();
  const view = render(<ShiftDependantsDialog question={question} onAnswer={onAnswer} />);
  return { onAnswer, view };
}

describe('ShiftDependantsDialog', () => {
  it('asks by the launch’s name and says what moves by how far', () => {
    setup();
    const dialog = screen.getByRole('dialog', { name: 'Move what belongs to Payment Links v2?' });
    expect(dialog).toHaveTextContent('3 milestones, 2 waves, 1 beta move by +14 days.');
    expect(dialog).toHaveTextContent('lines due on a fixed day stay where they are');
    expect(screen.getByRole('checkbox', { name: /Remember my choice/ })).not.toBeChecked();
  });

  it('answers each button, with the remember box as ticked', () => {
    const { onAnswer } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Move them too' }));
    expect(onAnswer).toHaveBeenLastCalledWith('with', false);
    fireEvent.click(screen.getByRole('checkbox', { name: /Remember my choice/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Only this launch' }));
    expect(onAnswer).toHaveBeenLastCalledWith('only', true);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onAnswer).toHaveBeenLastCalledWith('cancel', false);
  });

  it('Escape cancels', () => {
    const { onAnswer } = setup();
    fireEvent(screen.getByRole('dialog'), new Event('cancel', { cancelable: true }));
    expect(onAnswer).toHaveBeenCalledWith('cancel', false);
  });

  it('names a wave a wave, and is closed without a question', () => {
    const { view } = setup({ ...QUESTION, itemKind: 'rollout', days: -1 });
    expect(screen.getByRole('button', { name: 'Only this wave' })).toBeInTheDocument();
    expect(screen.getByRole('dialog')).toHaveTextContent('move by −1 day.');
    view.rerender(<ShiftDependantsDialog question={null} onAnswer={vi.fn()} />);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('starts each new question unticked', () => {
    const onAnswer = vi.fn();
    const view = render(<ShiftDependantsDialog question={QUESTION} onAnswer={onAnswer} />);
    fireEvent.click(screen.getByRole('checkbox', { name: /Remember my choice/ }));
    view.rerender(<ShiftDependantsDialog question={{ ...QUESTION, days: 7 }} onAnswer={onAnswer} />);
    expect(screen.getByRole('checkbox', { name: /Remember my choice/ })).not.toBeChecked();
  });

  it('writes days with their sign', () => {
    expect(signedDays(14)).toBe('+14 days');
    expect(signedDays(1)).toBe('+1 day');
    expect(signedDays(-7)).toBe('−7 days');
  });
});
