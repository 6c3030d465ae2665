/**
 * What the readiness matrix shows in this window: which launch dates (a preset range or two
 * days), tier, region and stage. Kept in the window's address (see app/location.ts), so the
 * launch review can be bookmarked and a reload returns to the same rows. The range is kept as
 * a preset, not as days, so "next 6 weeks" still means the next six weeks tomorrow.
 */
import { create } from 'zustand';
import { addDays, addMonths, isSupportedDay, type Day } from '../../shared/dates/days';
import type { Tier } from '../../shared/domain/primitives';
import type { MatrixFilter } from '../../shared/views/readiness';

export const MATRIX_RANGES = ['next-6-weeks', 'this-quarter', 'all', 'custom'] as const;
export type MatrixRange = (typeof MATRIX_RANGES)[number];
export const MATRIX_RANGE_LABELS: Record<MatrixRange, string> = {
  'next-6-weeks': 'Next 6 weeks',
  'this-quarter': 'This quarter',
  all: 'All dates',
  custom: 'Custom dates',
};

export interface MatrixViewState {
  range: MatrixRange;
  /** The custom range's days (either may be open); used only while `range` is "custom". */
  from: Day | null;
  to: Day | null;
  tier: Tier | 0;
  region: string;
  stageId: string;
}

export const DEFAULT_MATRIX_VIEW: MatrixViewState = {
  range: 'next-6-weeks',
  from: null,
  to: null,
  tier: 0,
  region: '',
  stageId: '',
};

export const useMatrixView = create<MatrixViewState>()(() => DEFAULT_MATRIX_VIEW);

/** The first and last day of the calendar quarter that holds `today`. */
export function quarterOf(today: Day): { from: Day; to: Day } {
  const month = Number(today.slice(5, 7));
  const first = `${today.slice(0, 5)}${String(month - ((month - 1) % 3)).padStart(2, '0')}-01`;
  return { from: first, to: addDays(addMonths(first, 3), -1) };
}

/** The launch days a range covers on `today` (null: open at that end). */
export function rangeDays(view: MatrixViewState, today: Day): { from: Day | null; to: Day | null } {
  switch (view.range) {
    case 'next-6-weeks':
      // Today and the 41 days after it: six whole weeks, launch day included.
      return { from: today, to: addDays(today, 41) };
    case 'this-quarter':
      return quarterOf(today);
    case 'all':
      return { from: null, to: null };
    case 'custom':
      return { from: view.from, to: view.to };
  }
}

/** The read model's filter for this view on `today`. */
export function matrixFilterOf(view: MatrixViewState, today: Day): MatrixFilter {
  return { ...rangeDays(view, today), tier: view.tier, region: view.region, stageId: view.stageId };
}

/** Whether tier, region or stage narrows the rows (the date range is always chosen, not a filter). */
export function isMatrixFiltered(view: MatrixViewState): boolean {
  return view.tier !== 0 || view.region !== '' || view.stageId !== '';
}

export function matrixViewFromParams(params: URLSearchParams): MatrixViewState {
  const range = params.get('range') as MatrixRange | null;
  const tier = Number(params.get('tier'));
  const day = (name: string) => {
    const value = params.get(name);
    return value && isSupportedDay(value) ? value : null;
  };
  return {
    range: range && MATRIX_RANGES.includes(range) ? range : 'next-6-weeks',
    from: day('from'),
    to: day('to'),
    tier: tier === 1 || tier === 2 || tier === 3 ? tier : 0,
    region: params.get('region') ?? '',
    stageId: params.get('stage') ?? '',
  };
}

export function paramsFromMatrixView(view: MatrixViewState): URLSearchParams {
  const params = new URLSearchParams();
  if (view.range !== 'next-6-weeks') params.set('range', view.range);
  if (view.range === 'custom') {
    if (view.from) params.set('from', view.from);
    if (view.to) params.set('to', view.to);
  }
  if (view.tier) params.set('tier', String(view.tier));
  if (view.region) params.set('region', view.region);
  if (view.stageId) params.set('stage', view.stageId);
  return params;
}

export function setMatrixView(patch: Partial<MatrixViewState>): void {
  useMatrixView.setState(patch);
}

/** Back to all tiers, regions and stages; the date range stays (it is a choice, not a filter). */
export function clearMatrixFilters(): void {
  useMatrixView.setState({ tier: 0, region: '', stageId: '' });
}

/**
 * The cell that Tab reaches in the matrix (roving tabindex): by launch item, so it stays on
 * the same item when filters or edits move rows, and it is still there when the person comes
 * back from the launch page it opened. Not in the address: it is a place, not a view.
 */
export interface MatrixFocus {
  itemId: string | null;
  /** 0-based column: 0 the launch item, 1 overall, then one per readiness function. */
  col: number;
}

export const useMatrixFocus = create<MatrixFocus>()(() => ({ itemId: null, col: 0 }));

export function setMatrixFocus(focus: MatrixFocus): void {
  const current = useMatrixFocus.getState();
  if (current.itemId !== focus.itemId || current.col !== focus.col) useMatrixFocus.setState(focus);
}
