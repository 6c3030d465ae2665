/**
 * The window's address keeps the current view and the board's grouping and filters
 * ("#/board?group=region&tier=1"), or the launch page open over it
 * ("#/launch/<id>?tab=readiness&function=<functionId>"), so a reload, a bookmark or a link in
 * the browser returns to the same place. Views and tabs are written with replaceState:
 * switching them does not pile up history. Opening a launch page pushes an entry, so the
 * browser's Back returns to where it was opened from — asking first when the page has unsaved
 * edits (state/leave-guard.ts).
 */
import { paramsFromView, viewFromParams, type BoardView } from '../state/board-view';
import { paramsFromTimeline, timelineFromParams, type TimelineViewState } from '../state/timeline-view';
import { matrixViewFromParams, paramsFromMatrixView, useMatrixView } from '../state/matrix-view';
import { APP_COMMAND_IDS } from '../../shared/ipc/app-commands';
import { LAUNCH_TABS, type LaunchPageState, type LaunchTab, type ViewId } from '../state/window';
import { confirmLeave, hasUnsavedEdits } from '../state/leave-guard';

/** The views an address can name: those of the registry's "view:" commands. */
const VIEW_IDS = APP_COMMAND_IDS.filter((id) => id.startsWith('view:')).map(
  (id) => id.slice('view:'.length) as ViewId,
);

const LAUNCH_PREFIX = 'launch/';

export interface AppLocation {
  view: ViewId | null;
  /** The launch page the address names, if it names one. */
  launch: LaunchPageState | null;
  params: URLSearchParams;
}

function launchFrom(path: string, params: URLSearchParams): LaunchPageState | null {
  if (!path.startsWith(LAUNCH_PREFIX)) return null;
  let itemId: string;
  try {
    itemId = decodeURIComponent(path.slice(LAUNCH_PREFIX.length));
  } catch {
    return null; // a broken escape ("%E0%A4%A") names nothing
  }
  if (!itemId) return null;
  const tab = params.get('tab');
  return {
    itemId,
    tab: LAUNCH_TABS.includes(tab as LaunchTab) ? (tab as LaunchTab) : 'overview',
    functionId: params.get('function') || null,
  };
}

export function readLocation(hash = window.location.hash): AppLocation {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const params = new URLSearchParams(query);
  const view = VIEW_IDS.includes(path as ViewId) ? (path as ViewId) : null;
  return { view, launch: launchFrom(path, params), params };
}

/** A launch page's address: the tab and function only when they are not the defaults. */
export function launchHash(page: LaunchPageState): string {
  const params = new URLSearchParams();
  if (page.tab !== 'overview') params.set('tab', page.tab);
  if (page.functionId) params.set('function', page.functionId);
  const query = params.toString();
  return `#/${LAUNCH_PREFIX}${encodeURIComponent(page.itemId)}${query ? `?${query}` : ''}`;
}

export function viewHash(view: ViewId, params?: URLSearchParams): string {
  const query = params?.toString();
  return `#/${view}${query ? `?${query}` : ''}`;
}

/** Writes `hash`: a new history entry when it opens another launch page, else in place. */
export function writeHash(hash: string): void {
  if (window.location.hash === hash) return;
  const before = readLocation().launch;
  const after = readLocation(hash).launch;
  if (after && after.itemId !== before?.itemId) window.history.pushState(null, '', hash);
  else window.history.replaceState(null, '', hash);
}

export function writeLocation(view: ViewId, params?: URLSearchParams): void {
  writeHash(viewHash(view, params));
}

interface Store<T> {
  getState(): T;
  setState(partial: Partial<T>): void;
  subscribe(listener: () => void): () => void;
}

interface WindowPlace {
  view: ViewId;
  page: LaunchPageState | null;
  pageBack: LaunchPageState[];
}

/**
 * Restores the view or launch page (and the board's or timeline's own state) from the
 * address, then keeps the address in step with them.
 */
export function connectLocation(
  store: Store<WindowPlace>,
  board: Store<BoardView>,
  timeline: Store<TimelineViewState>,
): () => void {
  const restore = ({ view, launch, params }: AppLocation) => {
    if (view) store.setState({ view });
    const { page, pageBack } = store.getState();
    // The same item's page keeps what Back returns to; another one starts afresh.
    store.setState({ page: launch, pageBack: launch && page?.itemId === launch.itemId ? pageBack : [] });
    if (view === 'board') board.setState(viewFromParams(params));
    if (view === 'timeline') timeline.setState(timelineFromParams(params));
    if (view === 'matrix') useMatrixView.setState(matrixViewFromParams(params));
  };
  restore(readLocation());
  const write = () => {
    const { view, page } = store.getState();
    if (page) return writeHash(launchHash(page));
    const params =
      view === 'board'
        ? paramsFromView(board.getState())
        : view === 'timeline'
          ? paramsFromTimeline(timeline.getState())
          : view === 'matrix'
            ? paramsFromMatrixView(useMatrixView.getState())
            : undefined;
    writeLocation(view, params);
  };
  write();
  // An address typed or pasted into this tab, or the browser's Back and Forward, change only
  // the hash: follow it (once the person agrees, if it would close a page with unsaved edits),
  // then write back the normalised form.
  const onHashChange = () => {
    const next = readLocation();
    const open = store.getState().page;
    const leavesPage = open !== null && open.itemId !== next.launch?.itemId;
    if (!leavesPage || !hasUnsavedEdits(['page'])) {
      restore(next);
      write();
      return;
    }
    void confirmLeave(['page']).then((agreed) => {
      if (agreed) {
        restore(readLocation());
        write();
      } else {
        // Keep editing: the address shows the page again, as a new entry.
        window.history.pushState(null, '', launchHash(open));
      }
    });
  };
  window.addEventListener('hashchange', onHashChange);
  const unsubscribe = [
    store.subscribe(write),
    board.subscribe(write),
    timeline.subscribe(write),
    useMatrixView.subscribe(write),
  ];
  return () => {
    unsubscribe.forEach((u) => u());
    window.removeEventListener('hashchange', onHashChange);
  };
}
