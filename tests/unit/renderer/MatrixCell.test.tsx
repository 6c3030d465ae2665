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

describe('MatrixCell', () => {
  it('shows done/total with the glyph of its worst line, and says it all in its name', () => {
    const { element } = renderCell(cell({ state: 'blocked', blocked: 1, overdue: 2, openSignOffs: 1 }));
    expect(element).toHaveAccessibleName(
      'Legal & Compliance: 1 of 3 done, blocked, 2 overdue, 1 required sign-off open',
    );
    expect(element).toHaveTextContent('✕ 1/3');
    expect(element).toHaveTextContent('2 overdue');
    expect(element).toHaveTextContent('✎1');
    expect(element).toHaveClass('matrix-cell--blocked');
    expect(element).toHaveAttribute('aria-colindex', '3');
  });

  it('gives each state its own glyph and class, so colour is never the only cue', () => {
    const seen = new Set<string>();
    for (const state of ['blocked', 'overdue', 'in-progress', 'not-started', 'done'] as const) {
      const { element } = renderCell(cell({ state, overdue: state === 'overdue' ? 1 : 0 }));
      expect(element).toHaveClass(`matrix-cell--${state}`);
      const glyph = element.querySelector('.matrix-cell__count')!.textContent!.split(' ')[0]!;
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
    expect(element.querySelector('.matrix-cell__count')).toHaveTextContent(/^◐ 1\/3$/);
    expect(element.querySelector('.matrix-cell__marks')).toBeNull();
  });

  it('is visibly empty when the function has nothing on the checklist', () => {
    const { element } = renderCell(cell({ state: 'empty', progress: { done: 0, total: 0 } }));
    expect(element).toHaveAccessibleName('Legal & Compliance: nothing on the checklist');
    expect(element.querySelector('.matrix-cell__empty')).toHaveTextContent(/^–$/);
    expect(element.querySelector('.matrix-cell__count')).toBeNull();
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
