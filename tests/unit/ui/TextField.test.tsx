// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TextField } from '../../../renderer/ui/TextField';

afterEach(cleanup);

describe('TextField', () => {
  it('is a labelled one-line field that reports what is typed', () => {
    const onChange = vi.fn();
    render(<TextField label="Title" name="title" value="Dark mode" onChange={onChange} />);
    const input = screen.getByRole('textbox', { name: 'Title' });
    expect(input.tagName).toBe('INPUT');
    expect(input).toHaveValue('Dark mode');
    expect(input).toHaveAttribute('name', 'title');
    fireEvent.change(input, { target: { value: 'Light mode' } });
    expect(onChange).toHaveBeenCalledWith('Light mode');
  });

  it('with rows, is a text area', () => {
    const onChange = vi.fn();
    render(<TextField label="Notes" rows={2} value="" onChange={onChange} />);
    const area = screen.getByRole('textbox', { name: 'Notes' });
    expect(area.tagName).toBe('TEXTAREA');
    expect(area).toHaveAttribute('rows', '2');
    fireEvent.change(area, { target: { value: 'Ship it' } });
    expect(onChange).toHaveBeenCalledWith('Ship it');
  });

  it('describes itself with its hint and its error', () => {
    render(
      <TextField
        label="Tags"
        hint="Separate tags with commas."
        error="Too many tags"
        value=""
        onChange={vi.fn()}
      />,
    );
    const input = screen.getByRole('textbox', { name: 'Tags' });
    expect(input).toHaveAccessibleDescription('Separate tags with commas. Too many tags');
    expect(input).toHaveAttribute('aria-invalid', 'true');
  });
});
