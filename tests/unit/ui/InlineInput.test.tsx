// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { InlineInput } from '../../../renderer/ui/InlineInput';

afterEach(cleanup);

function setup(onCommit = vi.fn(async (_value: string) => true)) {
  const onDone = vi.fn();
  const view = render(<InlineInput label="Stage name" value="Beta" onCommit={onCommit} onDone={onDone} />);
  const input = screen.getByRole('textbox', { name: 'Stage name' });
  return { input, onCommit, onDone, view };
}

describe('InlineInput', () => {
  it('commits the new value on Enter, then ends editing', async () => {
    const { input, onCommit, onDone } = setup();
    fireEvent.change(input, { target: { value: 'Preview' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onCommit).toHaveBeenCalledWith('Preview');
    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
    expect(input).toHaveValue('Preview');
  });

  it('commits when focus leaves the field', async () => {
    const { input, onCommit, onDone } = setup();
    fireEvent.change(input, { target: { value: 'Preview' } });
    fireEvent.blur(input);
    expect(onCommit).toHaveBeenCalledWith('Preview');
    await waitFor(() => expect(onDone).toHaveBeenCalled());
  });

  it('reverts on Escape without committing, calls onDone and keeps the key to itself', () => {
    const onParentKey = vi.fn();
    const onCommit = vi.fn(async () => true);
    const onDone = vi.fn();
    render(
      <div onKeyDown={onParentKey}>
        <InlineInput label="Stage name" value="Beta" onCommit={onCommit} onDone={onDone} />
      </div>,
    );
    const input = screen.getByRole('textbox', { name: 'Stage name' });
    fireEvent.change(input, { target: { value: 'Preview' } });
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(input).toHaveValue('Beta');
    expect(onCommit).not.toHaveBeenCalled();
    expect(onDone).toHaveBeenCalledTimes(1);
    expect(onParentKey).not.toHaveBeenCalled();
  });

  it('puts the saved value back when the commit fails', async () => {
    const { input, onDone } = setup(vi.fn(async () => false));
    fireEvent.change(input, { target: { value: '' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => expect(input).toHaveValue('Beta'));
    expect(onDone).toHaveBeenCalled();
  });

  it('does not commit an unchanged value (spaces around it do not count)', async () => {
    const { input, onCommit, onDone } = setup();
    fireEvent.change(input, { target: { value: ' Beta ' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(onCommit).not.toHaveBeenCalled();
    expect(input).toHaveValue('Beta');
  });

  it('follows a value changed from outside (undo, another window)', () => {
    const { input, view, onCommit } = setup();
    view.rerender(<InlineInput label="Stage name" value="Preview" onCommit={onCommit} />);
    expect(input).toHaveValue('Preview');
  });

  it('edits a day the same way: a day saved, a refused one put back', async () => {
    const onCommit = vi.fn(async (day: string) => day !== '');
    render(
      <InlineInput type="date" label="Day of milestone Code freeze" value="2027-01-04" onCommit={onCommit} />,
    );
    const input = screen.getByLabelText('Day of milestone Code freeze');
    expect(input).toHaveAttribute('type', 'date');
    fireEvent.change(input, { target: { value: '2027-01-11' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => expect(onCommit).toHaveBeenCalledWith('2027-01-11'));
    fireEvent.change(input, { target: { value: '' } });
    fireEvent.blur(input);
    await waitFor(() => expect(input).toHaveValue('2027-01-04'));
  });
});
