/**
 * The window's address keeps the current view and the board's grouping and filters
 * ("#/board?group=region&tier=1"), so a reload, or a bookmark in the browser, returns to the
 * same view. It is written with replaceState: switching views does not pile up history.
 */
import { paramsFromView, viewFromParams, type BoardView } from '../features/board/board-view';
import type { ViewId } from '../state/store';

const VIEW_IDS: readonly ViewId[] = ['launches', 'board', 'settings'];

export interface AppLocation {
  view: ViewId | null;
  params: URLSearchParams;
}

export function readLocation(hash = window.location.hash): AppLocation {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const view = VIEW_IDS.includes(path as ViewId) ? (path as ViewId) : null;
  return { view, params: new URLSearchParams(query) };
}

export function writeLocation(view: ViewId, params?: URLSearchParams): void {
  const query = params?.toString();
  const hash = `#/${view}${query ? `?${query}` : ''}`;
  if (window.location.hash !== hash) window.history.replaceState(null, '', hash);
}

/**
 * Restores the view (and the board's grouping and filters) from the address, then keeps the
 * address in step with them.
 */
export function connectLocation(
  store: {
    getState(): { view: ViewId };
    setState(s: { view: ViewId }): void;
    subscribe(l: () => void): () => void;
  },
  board: { getState(): BoardView; setState(s: BoardView): void; subscribe(l: () => void): () => void },
): () => void {
  const initial = readLocation();
  if (initial.view) store.setState({ view: initial.view });
  if (initial.view === 'board') board.setState(viewFromParams(initial.params));
  const write = () => {
    const { view } = store.getState();
    writeLocation(view, view === 'board' ? paramsFromView(board.getState()) : undefined);
  };
  write();
  const unsubscribeStore = store.subscribe(write);
  const unsubscribeBoard = board.subscribe(write);
  return () => {
    unsubscribeStore();
    unsubscribeBoard();
  };
}
