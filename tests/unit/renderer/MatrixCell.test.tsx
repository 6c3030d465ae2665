// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReadinessDayCell } from '../../../shared/views/readiness';
import { cellLabel, MatrixCell } from '../../../renderer/features/matrix/MatrixCell';

afterEach(cleanup);

/** A cell as the read model gives it; its lines are not read by the component. */
function cell(fields: Partial<ReadinessDayCell> & Pick<ReadinessDayCell, 'state'>): ReadinessDayCell {
  return {
    functionId: 'legal',
    items: [],
    progress: { done: 1, total: 3 },
    blocked: 0,
    openSignOffs: 0,
    overdue: 0,
    ...fields,
  };
}

function renderCell(c: ReadinessDayCell, tabbable = false) {
  const onOpen = vi.fn();
  render(
    <div role="grid" aria-label="Matrix">
      <div role="row">
        <MatrixCell
          cell={c}
          functionName="Legal & Compliance"
          colIndex={3}
          tabbable={tabbable}
          onOpen={onOpen}
        />
      </div>
    </div>,
  );
  return { onOpen, element: screen.getByRole('gridcell') };
}

/** What the cell shows (the name is read from a visually hidden text beside it). */
const shown = (element: HTMLElement) => element.querySelector('[aria-hidden="true"]')!.textContent!;

describe('MatrixCell', () => {
  it('shows done/total with the glyph of its worst line, and says it all in its name', () => {
    const { element } = renderCell(cell({ state: 'blocked', blocked: 1, overdue: 2, openSignOffs: 1 }));
    expect(element).toHaveAccessibleName(
      'Legal & Compliance: 1 of 3 done, blocked, 2 overdue, 1 required sign-off open',
    );
    // The glyph and the count are shown; the marks are drawn from its data.
    expect(shown(element)).toBe('✕ 1/3');
    expect(element).toHaveAttribute('data-overdue', '2 overdue');
    expect(element).toHaveAttribute('data-sign-off', '✎1');
    expect(element).toHaveClass('matrix-cell--blocked');
    expect(element).toHaveAttribute('aria-colindex', '3');
  });

  it('gives each state its own glyph and class, so colour is never the only cue', () => {
    const seen = new Set<string>();
    for (const state of ['blocked', 'overdue', 'in-progress', 'not-started', 'done'] as const) {
      const { element } = renderCell(cell({ state, overdue: state === 'overdue' ? 1 : 0 }));
      expect(element).toHaveClass(`matrix-cell--${state}`);
      const glyph = shown(element).split(' ')[0]!;
      expect(glyph).not.toBe('');
      seen.add(glyph);
      cleanup();
    }
    expect(seen.size).toBe(5);
  });

  it('names an overdue cell by its count once, and a finished one without a state word', () => {
    expect(cellLabel(cell({ state: 'overdue', overdue: 2 }), 'Support')).toBe(
      'Support: 1 of 3 done, 2 overdue',
    );
    expect(cellLabel(cell({ state: 'done', progress: { done: 3, total: 3 } }), 'Support')).toBe(
      'Support: 3 of 3 done',
    );
    expect(cellLabel(cell({ state: 'in-progress', openSignOffs: 2 }), 'Docs')).toBe(
      'Docs: 1 of 3 done, in progress, 2 required sign-offs open',
    );
    expect(cellLabel(cell({ state: 'not-started' }), 'Docs')).toBe('Docs: 1 of 3 done, not started');
  });

  it('shows no marks when nothing is overdue or waiting for a sign-off', () => {
    const { element } = renderCell(cell({ state: 'in-progress' }));
    expect(shown(element)).toBe('◐ 1/3');
    expect(element).not.toHaveAttribute('data-overdue');
    expect(element).not.toHaveAttribute('data-sign-off');
  });

  it('is visibly empty when the function has nothing on the checklist', () => {
    const { element } = renderCell(cell({ state: 'empty', progress: { done: 0, total: 0 } }));
    expect(element).toHaveAccessibleName('Legal & Compliance: nothing on the checklist');
    expect(shown(element)).toBe('–');
    expect(element).toHaveClass('matrix-cell--empty');
  });

  it('opens its function on a click, and is reached with Tab only when the grid says so', () => {
    const { element, onOpen } = renderCell(cell({ state: 'done' }));
    expect(element).toHaveAttribute('tabindex', '-1');
    fireEvent.click(element);
    expect(onOpen).toHaveBeenCalledExactlyOnceWith('legal');
    cleanup();
    expect(renderCell(cell({ state: 'done' }), true).element).toHaveAttribute('tabindex', '0');
  });
});
