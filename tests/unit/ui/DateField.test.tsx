// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DateField } from '../../../renderer/ui/DateField';

afterEach(cleanup);

describe('DateField', () => {
  it('is a date input, labelled, showing its day', () => {
    render(<DateField label="Launch date (T-0)" value="2025-03-14" onChange={vi.fn()} />);
    const input = screen.getByLabelText('Launch date (T-0)');
    expect(input).toHaveAttribute('type', 'date');
    expect(input).toHaveValue('2025-03-14');
    expect(input).not.toHaveAttribute('aria-invalid');
  });

  it('reports the day picked, and an empty field as no day', () => {
    const onChange = vi.fn();
    render(<DateField label="End date" value="2025-03-14" onChange={onChange} />);
    const input = screen.getByLabelText('End date');
    fireEvent.change(input, { target: { value: '2025-04-01' } });
    expect(onChange).toHaveBeenLastCalledWith('2025-04-01');
    fireEvent.change(input, { target: { value: '' } });
    expect(onChange).toHaveBeenLastCalledWith('');
  });

  it('shows its error and ties it to the field', () => {
    render(<DateField label="End date" value="" error="End is before start" onChange={vi.fn()} />);
    const input = screen.getByLabelText('End date');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('End is before start');
  });
});
