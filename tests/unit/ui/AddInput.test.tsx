// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
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

  it('clears the field at once and takes the next entry while the first is still saving', async () => {
    const saves: ((message: string | null) => void)[] = [];
    const onAdd = vi.fn((_value: string) => new Promise<string | null>((resolve) => saves.push(resolve)));
    render(<AddInput label="Title of the new item" placeholder="Title" onAdd={onAdd} />);
    fireEvent.change(field(), { target: { value: 'Dark mode' } });
    fireEvent.keyDown(field(), { key: 'Enter' });
    expect(field()).toHaveValue('');
    fireEvent.change(field(), { target: { value: 'Audit log' } });
    fireEvent.keyDown(field(), { key: 'Enter' });
    fireEvent.change(field(), { target: { value: 'SSO' } });
    // The first save completing must not wipe what is being typed.
    await act(async () => saves[0]!(null));
    expect(field()).toHaveValue('SSO');
    await act(async () => saves[1]!(null));
    expect(field()).toHaveValue('SSO');
    expect(onAdd.mock.calls.map(([value]) => value)).toEqual(['Dark mode', 'Audit log']);
  });

  it('adds every entry typed in a row exactly once, however late the saves complete', async () => {
    const saves: ((message: string | null) => void)[] = [];
    const onAdd = vi.fn((_value: string) => new Promise<string | null>((resolve) => saves.push(resolve)));
    render(<AddInput label="Title of the new item" placeholder="Title" onAdd={onAdd} />);
    const titles = Array.from({ length: 60 }, (_, i) => `Item ${i + 1}`);
    const input = field() as HTMLInputElement;
    for (const [i, title] of titles.entries()) {
      // Typed in pieces onto what the field holds, so a save can complete mid-title.
      for (const piece of [title.slice(0, 1), title.slice(1, 5), title.slice(5)])
        fireEvent.change(input, { target: { value: input.value + piece } });
      fireEvent.keyDown(input, { key: 'Enter' });
      // Saves complete at random moments, some while the next title is half typed.
      if (i % 3 === 1) await act(async () => saves[i - 1]!(null));
    }
    await act(async () => saves.forEach((resolve) => resolve(null)));
    expect(onAdd.mock.calls.map(([value]) => value)).toEqual(titles);
    expect(input).toHaveValue('');
  });

  it('a refused entry comes back when nothing new is typed; otherwise the message names it', async () => {
    const saves: ((message: string | null) => void)[] = [];
    const onAdd = vi.fn((_value: string) => new Promise<string | null>((resolve) => saves.push(resolve)));
    render(<AddInput label="Title of the new item" placeholder="Title" onAdd={onAdd} />);
    fireEvent.change(field(), { target: { value: 'Too long' } });
    fireEvent.keyDown(field(), { key: 'Enter' });
    await act(async () => saves[0]!('Keep the title under 200 characters'));
    expect(field()).toHaveValue('Too long');
    expect(screen.getByRole('alert')).toHaveTextContent('Keep the title under 200 characters');

    fireEvent.keyDown(field(), { key: 'Enter' });
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.change(field(), { target: { value: 'Next one' } });
    await act(async () => saves[1]!('Keep the title under 200 characters'));
    expect(field()).toHaveValue('Next one');
    expect(screen.getByRole('alert')).toHaveTextContent(
      '“Too long” was not added: Keep the title under 200 characters',
    );
  });

  it('does not add while a character is still being composed (an input method’s Enter)', () => {
    const onAdd = vi.fn(async (_value: string) => null);
    render(<AddInput label="Title of the new item" placeholder="Title" onAdd={onAdd} />);
    fireEvent.change(field(), { target: { value: 'にほん' } });
    fireEvent.keyDown(field(), { key: 'Enter', isComposing: true });
    expect(onAdd).not.toHaveBeenCalled();
    expect(field()).toHaveValue('にほん');
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
    expect(field()).toHaveValue('');
    await waitFor(() => expect(onAdd).toHaveBeenCalledTimes(1));
  });
});
