/**
 * The window's address keeps the current view and the board's grouping and filters
 * ("#/board?group=region&tier=1"), so a reload, or a bookmark in the browser, returns to the
 * same view. It is written with replaceState: switching views does not pile up history.
 */
import { paramsFromView, viewFromParams, type BoardView } from '../state/board-view';
import { paramsFromTimeline, timelineFromParams, type TimelineViewState } from '../state/timeline-view';
import { APP_COMMAND_IDS } from '../../shared/ipc/app-commands';
import type { ViewId } from '../state/window';

/** The views an address can name: those of the registry's "view:" commands. */
const VIEW_IDS = APP_COMMAND_IDS.filter((id) => id.startsWith('view:')).map(
  (id) => id.slice('view:'.length) as ViewId,
);

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

interface Store<T> {
  getState(): T;
  setState(partial: Partial<T>): void;
  subscribe(listener: () => void): () => void;
}

/**
 * Restores the view (and the board's or timeline's own state) from the address, then keeps
 * the address in step with them.
 */
export function connectLocation(
  store: Store<{ view: ViewId }>,
  board: Store<BoardView>,
  timeline: Store<TimelineViewState>,
): () => void {
  const restore = () => {
    const { view, params } = readLocation();
    if (view) store.setState({ view });
    if (view === 'board') board.setState(viewFromParams(params));
    if (view === 'timeline') timeline.setState(timelineFromParams(params));
  };
  restore();
  const write = () => {
    const { view } = store.getState();
    const params =
      view === 'board'
        ? paramsFromView(board.getState())
        : view === 'timeline'
          ? paramsFromTimeline(timeline.getState())
          : undefined;
    writeLocation(view, params);
  };
  write();
  // An address typed or pasted into this tab (a bookmarked view, say) changes only the hash:
  // follow it, then write back the normalised form.
  const onHashChange = () => {
    restore();
    write();
  };
  window.addEventListener('hashchange', onHashChange);
  const unsubscribe = [store.subscribe(write), board.subscribe(write), timeline.subscribe(write)];
  return () => {
    unsubscribe.forEach((u) => u());
    window.removeEventListener('hashchange', onHashChange);
  };
}
