// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CheckboxGroup } from '../../../renderer/ui/CheckboxGroup';

afterEach(cleanup);

const REGIONS = [
  { value: 'EU', label: 'EU', title: 'Europe' },
  { value: 'US', label: 'US', title: 'United States' },
  { value: 'JP', label: 'JP', title: 'Japan' },
];

describe('CheckboxGroup', () => {
  it('is a named group with a box per option, ticked when selected', () => {
    render(<CheckboxGroup legend="Regions" options={REGIONS} selected={['US']} onChange={vi.fn()} />);
    const group = screen.getByRole('group', { name: 'Regions' });
    expect(within(group).getByRole('checkbox', { name: 'US' })).toBeChecked();
    expect(within(group).getByRole('checkbox', { name: 'EU' })).not.toBeChecked();
  });

  it('adds a ticked option after those already picked, and drops a cleared one', () => {
    const onChange = vi.fn();
    render(<CheckboxGroup legend="Regions" options={REGIONS} selected={['US', 'JP']} onChange={onChange} />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'EU' }));
    expect(onChange).toHaveBeenLastCalledWith(['US', 'JP', 'EU']);
    fireEvent.click(screen.getByRole('checkbox', { name: 'US' }));
    expect(onChange).toHaveBeenLastCalledWith(['JP']);
  });

  it('says so when there is nothing to pick', () => {
    render(
      <CheckboxGroup
        legend="Approvers"
        options={[]}
        selected={[]}
        onChange={vi.fn()}
        empty="No people yet."
      />,
    );
    expect(screen.getByRole('group', { name: 'Approvers' })).toHaveTextContent('No people yet.');
  });

  it('shows its error', () => {
    render(
      <CheckboxGroup
        legend="Regions"
        options={REGIONS}
        selected={[]}
        error="Pick a region"
        onChange={vi.fn()}
      />,
    );
    expect(screen.getByRole('group', { name: 'Regions' })).toHaveAccessibleDescription('Pick a region');
  });
});
