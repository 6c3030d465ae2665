// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AddInput } from '../../../renderer/ui/AddInput';

afterEach(cleanup);

const field = () => screen.getByRole('textbox', { name: 'Title of the new item' });

describe('AddInput', () => {
  it('adds on Enter and clears the field for the next one', async () => {
    const onAdd = vi.fn(async (_value: string) => null);
    render(<AddInput label="Title of the new item" placeholder="Title" onAdd={onAdd} />);
    fireEvent.change(field(), { target: { value: 'Dark mode' } });
    fireEvent.keyDown(field(), { key: 'Enter' });
    expect(onAdd).toHaveBeenCalledWith('Dark mode');
    await waitFor(() => expect(field()).toHaveValue(''));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows why an entry was not added, keeps what was typed, and clears the message once added', async () => {
    const onAdd = vi
      .fn<(value: string) => Promise<string | null>>()
      .mockResolvedValueOnce('Enter a title')
      .mockResolvedValueOnce(null);
    render(<AddInput label="Title of the new item" placeholder="Title" onAdd={onAdd} />);
    fireEvent.change(field(), { target: { value: ' ' } });
    fireEvent.keyDown(field(), { key: 'Enter' });
    expect(await screen.findByRole('alert')).toHaveTextContent('Enter a title');
    expect(field()).toHaveValue(' ');
    fireEvent.change(field(), { target: { value: 'Dark mode' } });
    fireEvent.keyDown(field(), { key: 'Enter' });
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  it('ends adding on Escape, and the key goes no further', () => {
    const onClose = vi.fn();
    const onParentKey = vi.fn();
    render(
      <div onKeyDown={onParentKey}>
        <AddInput label="Title of the new item" placeholder="Title" onAdd={vi.fn()} onClose={onClose} />
      </div>,
    );
    fireEvent.keyDown(field(), { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(onParentKey).not.toHaveBeenCalled();
  });

  it('with closeWhenLeftEmpty, ends adding when left empty but not when something is typed', () => {
    const onClose = vi.fn();
    render(
      <AddInput
        label="Title of the new item"
        placeholder="Title"
        onAdd={vi.fn()}
        onClose={onClose}
        closeWhenLeftEmpty
      />,
    );
    fireEvent.change(field(), { target: { value: 'Dark mode' } });
    fireEvent.blur(field());
    expect(onClose).not.toHaveBeenCalled();
    fireEvent.change(field(), { target: { value: '  ' } });
    fireEvent.blur(field());
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('without closeWhenLeftEmpty, leaving the field does not end adding', () => {
    const onClose = vi.fn();
    render(<AddInput label="Title of the new item" placeholder="Title" onAdd={vi.fn()} onClose={onClose} />);
    fireEvent.blur(field());
    expect(onClose).not.toHaveBeenCalled();
  });

  it('with submitLabel, its button adds what was typed', async () => {
    const onAdd = vi.fn(async (_value: string) => null);
    render(
      <AddInput label="Title of the new item" placeholder="Title" submitLabel="Add stage" onAdd={onAdd} />,
    );
    fireEvent.change(field(), { target: { value: 'Hypercare' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add stage' }));
    expect(onAdd).toHaveBeenCalledWith('Hypercare');
    await waitFor(() => expect(field()).toHaveValue(''));
  });
});
