// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { countSummary, ViewHeader } from '../../../renderer/ui/ViewHeader';

afterEach(cleanup);

describe('ViewHeader', () => {
  it('titles the view, shows its controls, then its main action, and a summary read out on change', () => {
    const onNew = vi.fn();
    render(
      <section aria-labelledby="launches-title">
        <ViewHeader
          id="launches-title"
          title="Launches"
          action={{ label: 'New launch item', onClick: onNew }}
          summary="13 launch items"
        >
          <input type="search" aria-label="Search launch items" />
        </ViewHeader>
      </section>,
    );
    expect(screen.getByRole('region', { name: 'Launches' })).toBeVisible();
    expect(screen.getByRole('heading', { level: 1, name: 'Launches' })).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent('13 launch items');
    const search = screen.getByRole('searchbox', { name: 'Search launch items' });
    const action = screen.getByRole('button', { name: 'New launch item' });
    expect(search.compareDocumentPosition(action) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    fireEvent.click(action);
    expect(onNew).toHaveBeenCalledTimes(1);
  });

  it('has no action or summary unless given', () => {
    render(<ViewHeader id="settings-title" title="Settings" />);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByRole('status')).toBeNull();
  });
});

describe('countSummary', () => {
  it('counts all items, or while filtered, how many of them are shown', () => {
    expect(countSummary(13, 13, false)).toBe('13 launch items');
    expect(countSummary(2, 1300, true)).toBe('Showing 2 of 1,300 launch items');
    expect(countSummary(5, 5, true)).toBe('Showing 5 of 5 launch items');
  });
});
