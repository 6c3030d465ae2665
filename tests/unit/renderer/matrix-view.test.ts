import { describe, expect, it } from 'vitest';
import { moveInGrid, type GridSize } from '../../../renderer/features/matrix/grid-keys';
import {
  DEFAULT_MATRIX_VIEW,
  isMatrixFiltered,
  matrixFilterOf,
  matrixViewFromParams,
  paramsFromMatrixView,
  quarterOf,
  type MatrixViewState,
} from '../../../renderer/state/matrix-view';

describe('moving in the matrix grid', () => {
  const size: GridSize = { rows: 10, cols: 5, pageRows: 4 };
  const at = { row: 5, col: 2 };
  const move = (key: string, ctrl = false, from = at) => moveInGrid(key, ctrl, from, size);

  it('moves one cell with the arrows, and stops at the edges', () => {
    expect(move('ArrowUp')).toEqual({ row: 4, col: 2 });
    expect(move('ArrowDown')).toEqual({ row: 6, col: 2 });
    expect(move('ArrowLeft')).toEqual({ row: 5, col: 1 });
    expect(move('ArrowRight')).toEqual({ row: 5, col: 3 });
    expect(move('ArrowUp', false, { row: 0, col: 0 })).toEqual({ row: 0, col: 0 });
    expect(move('ArrowLeft', false, { row: 0, col: 0 })).toEqual({ row: 0, col: 0 });
    expect(move('ArrowDown', false, { row: 9, col: 4 })).toEqual({ row: 9, col: 4 });
    expect(move('ArrowRight', false, { row: 9, col: 4 })).toEqual({ row: 9, col: 4 });
  });

  it('goes to the ends of the row with Home and End, of the grid with Ctrl', () => {
    expect(move('Home')).toEqual({ row: 5, col: 0 });
    expect(move('End')).toEqual({ row: 5, col: 4 });
    expect(move('Home', true)).toEqual({ row: 0, col: 0 });
    expect(move('End', true)).toEqual({ row: 9, col: 4 });
  });

  it('moves a screenful with PageUp and PageDown, at least one row, never past the ends', () => {
    expect(move('PageDown')).toEqual({ row: 9, col: 2 });
    expect(move('PageUp')).toEqual({ row: 1, col: 2 });
    expect(move('PageUp', false, { row: 2, col: 2 })).toEqual({ row: 0, col: 2 });
    expect(moveInGrid('PageDown', false, at, { ...size, pageRows: 0 })).toEqual({ row: 6, col: 2 });
  });

  it('leaves other keys to the page', () => {
    expect(move('Tab')).toBeNull();
    expect(move('a')).toBeNull();
    expect(move('Enter')).toBeNull();
  });
});

describe('the matrix view state', () => {
  const view = (fields: Partial<MatrixViewState>) => ({ ...DEFAULT_MATRIX_VIEW, ...fields });

  it('finds the calendar quarter of a day', () => {
    expect(quarterOf('2026-11-26')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(quarterOf('2026-01-01')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(quarterOf('2026-03-31')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(quarterOf('2028-05-15')).toEqual({ from: '2028-04-01', to: '2028-06-30' });
    expect(quarterOf('2026-09-30')).toEqual({ from: '2026-07-01', to: '2026-09-30' });
  });

  it('turns the range into launch days on a given day: six weeks from today by default', () => {
    const today = '2026-11-26';
    expect(matrixFilterOf(DEFAULT_MATRIX_VIEW, today)).toEqual({
      from: '2026-11-26',
      to: '2027-01-06',
      tier: 0,
      region: '',
      stageId: '',
    });
    expect(matrixFilterOf(view({ range: 'this-quarter' }), today)).toMatchObject({
      from: '2026-10-01',
      to: '2026-12-31',
    });
    expect(matrixFilterOf(view({ range: 'all', from: '2026-01-01' }), today)).toMatchObject({
      from: null,
      to: null,
    });
    expect(
      matrixFilterOf(view({ range: 'custom', from: '2026-12-01', to: null, tier: 2, region: 'EU' }), today),
    ).toEqual({ from: '2026-12-01', to: null, tier: 2, region: 'EU', stageId: '' });
  });

  it('counts tier, region and stage as filters, the date range not', () => {
    expect(isMatrixFiltered(view({ range: 'all' }))).toBe(false);
    expect(isMatrixFiltered(view({ tier: 1 }))).toBe(true);
    expect(isMatrixFiltered(view({ region: 'EU' }))).toBe(true);
    expect(isMatrixFiltered(view({ stageId: 'beta' }))).toBe(true);
  });

  it('round-trips through the address, writing only what differs from the default', () => {
    expect(paramsFromMatrixView(DEFAULT_MATRIX_VIEW).toString()).toBe('');
    const custom = view({
      range: 'custom',
      from: '2026-12-01',
      to: '2027-01-31',
      tier: 1,
      region: 'EU',
      stageId: 'beta',
    });
    const params = paramsFromMatrixView(custom);
    expect(params.toString()).toBe('range=custom&from=2026-12-01&to=2027-01-31&tier=1&region=EU&stage=beta');
    expect(matrixViewFromParams(params)).toEqual(custom);
    // Days belong to the custom range only.
    expect(paramsFromMatrixView(view({ range: 'all', from: '2026-12-01' })).toString()).toBe('range=all');
  });

  it('reads a damaged address as the defaults, field by field', () => {
    const read = matrixViewFromParams(
      new URLSearchParams('range=fortnight&tier=7&from=soon&to=2026-02-30&region=EU'),
    );
    expect(read).toEqual(view({ region: 'EU' }));
  });
});
