// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { optionsFrom, Select, SelectField } from '../../../renderer/ui/Select';

afterEach(cleanup);

const KINDS = ['beta', 'launch'] as const;
const LABELS = { beta: 'Beta', launch: 'Launch' };

describe('Select', () => {
  it('lists its options after the "none" option, and reports the value picked', () => {
    const onChange = vi.fn();
    render(
      <Select
        aria-label="Kind"
        value=""
        empty="All kinds"
        options={optionsFrom(KINDS, LABELS)}
        onChange={onChange}
      />,
    );
    const select = screen.getByRole('combobox', { name: 'Kind' });
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => [o.getAttribute('value'), o.textContent]),
    ).toEqual([
      ['', 'All kinds'],
      ['beta', 'Beta'],
      ['launch', 'Launch'],
    ]);
    fireEvent.change(select, { target: { value: 'launch' } });
    expect(onChange).toHaveBeenCalledWith('launch');
  });

  it('has no "none" option unless asked, and shows the value it is given', () => {
    render(
      <Select aria-label="Kind" value="launch" options={optionsFrom(KINDS, LABELS)} onChange={vi.fn()} />,
    );
    const select = screen.getByRole('combobox', { name: 'Kind' });
    expect(within(select).getAllByRole('option')).toHaveLength(2);
    expect(select).toHaveValue('launch');
  });

  it('gives an option its title', () => {
    render(
      <Select
        aria-label="Tier"
        value="1"
        options={[{ value: '1', label: 'Tier 1', title: 'Company-wide' }]}
        onChange={vi.fn()}
      />,
    );
    expect(screen.getByRole('option', { name: 'Tier 1' })).toHaveAttribute('title', 'Company-wide');
  });
});

describe('SelectField', () => {
  it('is labelled, and its error is tied to it', () => {
    render(
      <SelectField
        label="Stage"
        value="a"
        options={[{ value: 'a', label: 'Planning' }]}
        error="Pick a stage"
        onChange={vi.fn()}
      />,
    );
    const select = screen.getByRole('combobox', { name: 'Stage' });
    expect(select).toHaveAttribute('aria-invalid', 'true');
    expect(select).toHaveAccessibleDescription('Pick a stage');
  });
});
