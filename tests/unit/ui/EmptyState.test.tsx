// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EmptyState } from '../../../renderer/ui/EmptyState';

afterEach(cleanup);

describe('EmptyState', () => {
  it('says why there is nothing and offers what to do', () => {
    const onClear = vi.fn();
    render(
      <EmptyState title="Nothing matches" action={{ label: 'Clear search', onClick: onClear }}>
        No launch item matches “zzz”.
      </EmptyState>,
    );
    expect(screen.getByRole('heading', { name: 'Nothing matches' })).toBeVisible();
    expect(screen.getByText('No launch item matches “zzz”.')).toBeVisible();
    fireEvent.click(screen.getByRole('button', { name: 'Clear search' }));
    expect(onClear).toHaveBeenCalledTimes(1);
  });

  it('can make its action the primary one', () => {
    render(
      <EmptyState
        title="No launch items yet"
        action={{ label: 'New launch item', onClick: vi.fn(), primary: true }}
      >
        Add one.
      </EmptyState>,
    );
    expect(screen.getByRole('button', { name: 'New launch item' })).toHaveClass('button--primary');
  });
});
