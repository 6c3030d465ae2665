// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfirmActions } from '../../../renderer/ui/ConfirmActions';

afterEach(cleanup);

describe('ConfirmActions', () => {
  it('calls onCancel from Cancel and onConfirm from the action, once each', () => {
    const onCancel = vi.fn();
    const onConfirm = vi.fn();
    render(<ConfirmActions confirmLabel="Remove stage" onCancel={onCancel} onConfirm={onConfirm} />);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(onConfirm).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Remove stage' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
    expect(onCancel).toHaveBeenCalledTimes(1);
  });

  it('puts Cancel first, then the action', () => {
    render(<ConfirmActions confirmLabel="Delete" onCancel={vi.fn()} onConfirm={vi.fn()} />);
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Cancel', 'Delete']);
  });

  it('a disabled action cannot be taken; Cancel still can', () => {
    const onCancel = vi.fn();
    const onConfirm = vi.fn();
    render(
      <ConfirmActions confirmLabel="Replace workspace" disabled onCancel={onCancel} onConfirm={onConfirm} />,
    );
    const action = screen.getByRole('button', { name: 'Replace workspace' });
    expect(action).toBeDisabled();
    fireEvent.click(action);
    expect(onConfirm).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeEnabled();
  });

  it('submits its own form, and Cancel does not', () => {
    const onSubmit = vi.fn((e: React.FormEvent) => e.preventDefault());
    render(
      <form onSubmit={onSubmit}>
        <ConfirmActions submit confirmLabel="Save changes" onCancel={vi.fn()} />
      </form>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onSubmit).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  it('submits a form elsewhere on the page by its id', () => {
    const onSubmit = vi.fn((e: React.FormEvent) => e.preventDefault());
    render(
      <>
        <form id="decision" onSubmit={onSubmit} />
        <ConfirmActions form="decision" confirmLabel="Record decision" onCancel={vi.fn()} />
      </>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Record decision' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  it('a dangerous action looks like one', () => {
    render(<ConfirmActions tone="danger" confirmLabel="Delete" onCancel={vi.fn()} onConfirm={vi.fn()} />);
    expect(screen.getByRole('button', { name: 'Delete' })).toHaveClass('button--danger-solid');
  });
});
