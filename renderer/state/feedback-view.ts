/**
 * What the feedback inbox shows in this window — its filters, order and grouping, kept in the
 * address (app/location.ts) so a reload or a link returns to the same rows — and which of the
 * feedback dialogs is open: the quick capture (prefilled with a launch when opened from its
 * page) and the CSV import.
 */
import { create } from 'zustand';
import {
  FEEDBACK_GROUPS,
  FEEDBACK_SORTS,
  NO_FEEDBACK_FILTER,
  type FeedbackFilter,
  type FeedbackGrouping,
  type FeedbackSort,
} from '../../shared/views/feedback';

export interface FeedbackViewState extends FeedbackFilter {
  sort: FeedbackSort;
  grouping: FeedbackGrouping;
}

export const DEFAULT_FEEDBACK_VIEW: FeedbackViewState = {
  ...NO_FEEDBACK_FILTER,
  sort: 'score',
  grouping: 'none',
};

export const useFeedbackView = create<FeedbackViewState>()(() => DEFAULT_FEEDBACK_VIEW);

export function setFeedbackView(patch: Partial<FeedbackViewState>): void {
  useFeedbackView.setState(patch);
}

/** Every filter off; the order and grouping stay (they are choices, not filters). */
export function clearFeedbackFilters(): void {
  useFeedbackView.setState(NO_FEEDBACK_FILTER);
}

export function isFeedbackFiltered(view: FeedbackFilter): boolean {
  return (Object.keys(NO_FEEDBACK_FILTER) as (keyof FeedbackFilter)[]).some(
    (key) => view[key] !== NO_FEEDBACK_FILTER[key],
  );
}

/** Address parameter → filter field (short words people can read in the address). */
const TEXT_PARAMS = [
  ['q', 'query'],
  ['launch', 'launchId'],
  ['source', 'source'],
  ['region', 'region'],
  ['theme', 'tag'],
  ['status', 'status'],
] as const;

export function feedbackViewFromParams(params: URLSearchParams): FeedbackViewState {
  const view: FeedbackViewState = { ...DEFAULT_FEEDBACK_VIEW };
  for (const [param, field] of TEXT_PARAMS) view[field] = params.get(param) ?? '';
  const severity = Number(params.get('severity'));
  view.severity = [1, 2, 3, 4].includes(severity) ? severity : 0;
  view.showMerged = params.get('merged') === '1';
  const sort = params.get('sort') as FeedbackSort | null;
  if (sort && FEEDBACK_SORTS.includes(sort)) view.sort = sort;
  const group = params.get('group') as FeedbackGrouping | null;
  if (group && FEEDBACK_GROUPS.includes(group)) view.grouping = group;
  return view;
}

export function paramsFromFeedbackView(view: FeedbackViewState): URLSearchParams {
  const params = new URLSearchParams();
  for (const [param, field] of TEXT_PARAMS) if (view[field]) params.set(param, view[field]);
  if (view.severity) params.set('severity', String(view.severity));
  if (view.showMerged) params.set('merged', '1');
  if (view.sort !== 'score') params.set('sort', view.sort);
  if (view.grouping !== 'none') params.set('group', view.grouping);
  return params;
}

/** The quick capture dialog: closed, or open with the launch item it links to (null: none). */
export const useFeedbackCapture = create<{ open: boolean; itemId: string | null; session: number }>()(() => ({
  open: false,
  itemId: null,
  session: 0,
}));

export function openFeedbackCapture(itemId: string | null = null): void {
  useFeedbackCapture.setState((s) => ({ open: true, itemId, session: s.session + 1 }));
}

export function closeFeedbackCapture(): void {
  useFeedbackCapture.setState({ open: false, itemId: null });
}

/** A CSV file being mapped and previewed before its feedback is imported. */
export interface FeedbackCsvFile {
  name: string;
  /** The cells of every row, the header row first. */
  rows: string[][];
}

export const useFeedbackImport = create<{ file: FeedbackCsvFile | null }>()(() => ({ file: null }));

export function openFeedbackImport(file: FeedbackCsvFile): void {
  useFeedbackImport.setState({ file });
}

export function closeFeedbackImport(): void {
  useFeedbackImport.setState({ file: null });
}
