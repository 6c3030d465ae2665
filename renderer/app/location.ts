/**
 * The window's address keeps the current view and the board's grouping and filters
 * ("#/board?group=region&tier=1"), or the launch page open over it
 * ("#/launch/<id>?tab=readiness&function=<functionId>"), so a reload, a bookmark or a link in
 * the browser returns to the same place. Views and tabs are written with replaceState:
 * switching them does not pile up history. Opening a launch page pushes an entry, so the
 * browser's Back returns to where it was opened from — asking first when the page has unsaved
 * edits (state/leave-guard.ts). Opening the brief screen pushes an entry too, and closing it
 * back to the place it opened over goes back through history, so no second entry of that place
 * is left behind for the browser's Back to land on.
 */
import { paramsFromView, viewFromParams, type BoardView } from '../state/board-view';
import { paramsFromTimeline, timelineFromParams, type TimelineViewState } from '../state/timeline-view';
import { matrixViewFromParams, paramsFromMatrixView, useMatrixView } from '../state/matrix-view';
import { feedbackViewFromParams, paramsFromFeedbackView, useFeedbackView } from '../state/feedback-view';
import { APP_COMMAND_IDS } from '../../shared/ipc/app-commands';
import {
  LAUNCH_TABS,
  type BriefScreenState,
  type LaunchPageState,
  type LaunchTab,
  type ViewId,
} from '../state/window';
import { isDay } from '../../shared/dates/days';
import { KINDS, TIERS, type Kind, type Tier } from '../../shared/domain/primitives';
import { confirmLeave, hasUnsavedEdits } from '../state/leave-guard';

/** The views an address can name: those of the registry's "view:" commands. */
const VIEW_IDS = APP_COMMAND_IDS.filter((id) => id.startsWith('view:')).map(
  (id) => id.slice('view:'.length) as ViewId,
);

const LAUNCH_PREFIX = 'launch/';
const BRIEF_PATH = 'brief';

export interface AppLocation {
  view: ViewId | null;
  /** The launch page the address names, if it names one. */
  launch: LaunchPageState | null;
  /** The brief screen the address names ("#/brief?kind=portfolio&region=EU"), if it names it. */
  brief: BriefScreenState | null;
  params: URLSearchParams;
}

/** The brief screen's choices from its address; what is missing or unknown is the default. */
function briefFrom(path: string, params: URLSearchParams): BriefScreenState | null {
  if (path !== BRIEF_PATH) return null;
  const day = (name: string) => {
    const value = params.get(name);
    return isDay(value) ? value : null;
  };
  const tier = Number(params.get('tier'));
  const itemKind = params.get('type');
  return {
    kind: params.get('kind') === 'portfolio' ? 'portfolio' : 'launch',
    itemId: params.get('launch') || null,
    audience: params.get('audience') === 'team' ? 'team' : 'exec',
    from: day('from'),
    to: day('to'),
    region: params.get('region') || null,
    tier: TIERS.includes(tier as Tier) ? (tier as Tier) : null,
    itemKind: KINDS.includes(itemKind as Kind) ? (itemKind as Kind) : null,
  };
}

/** The brief screen's address: its kind's own choices only, defaults left out. */
export function briefHash(brief: BriefScreenState): string {
  const params = new URLSearchParams({ kind: brief.kind });
  if (brief.kind === 'launch') {
    if (brief.itemId) params.set('launch', brief.itemId);
    if (brief.audience !== 'exec') params.set('audience', brief.audience);
  } else {
    if (brief.from) params.set('from', brief.from);
    if (brief.to) params.set('to', brief.to);
    if (brief.region) params.set('region', brief.region);
    if (brief.tier) params.set('tier', String(brief.tier));
    if (brief.itemKind) params.set('type', brief.itemKind);
  }
  return `#/${BRIEF_PATH}?${params.toString()}`;
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
  return { view, launch: launchFrom(path, params), brief: briefFrom(path, params), params };
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

/** The history entry of a brief screen opened over another place keeps that place's address. */
interface BriefEntry {
  briefOver: string;
}

const briefOverOf = (state: unknown): string | null =>
  typeof state === 'object' && state !== null && typeof (state as BriefEntry).briefOver === 'string'
    ? (state as BriefEntry).briefOver
    : null;

/**
 * True from closing a brief through history.back() until the browser has gone back: the window
 * already shows that place, and the address (still the brief's until then) is not written over.
 */
let goingBack = false;

/**
 * The address this window last wrote or followed. When the address differs from it, someone
 * changed it from outside (typed, pasted, a test's navigation) and its hashchange is still to
 * come: the window's own writes wait, or a late one (the timeline remembering its date 300 ms
 * after a scroll) would put the old place back over the new address before it is followed.
 */
let knownHash: string | null = null;
const changedOutside = () => knownHash !== null && window.location.hash !== knownHash;

/**
 * Writes `hash`: a new history entry when it opens another launch page or the brief screen,
 * else in place. Leaving a brief screen for the place it was opened over goes back instead.
 */
export function writeHash(hash: string): void {
  if (goingBack || changedOutside()) return;
  knownHash = hash;
  if (window.location.hash === hash) return;
  const was = readLocation();
  const next = readLocation(hash);
  if (was.brief !== null && next.brief === null && briefOverOf(window.history.state) === hash) {
    goingBack = true;
    window.history.back();
    return;
  }
  const opensBrief = next.brief !== null && was.brief === null;
  if (opensBrief)
    window.history.pushState({ briefOver: window.location.hash } satisfies BriefEntry, '', hash);
  else if (next.launch && next.launch.itemId !== was.launch?.itemId) window.history.pushState(null, '', hash);
  // A brief's entry keeps the place it was opened over as its choices change.
  else window.history.replaceState(next.brief ? window.history.state : null, '', hash);
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
  brief?: BriefScreenState | null;
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
  const restore = ({ view, launch, brief, params }: AppLocation) => {
    // The brief screen opens over whatever is on screen, which stays for Back to return to.
    if (brief) return store.setState({ brief });
    store.setState({ brief: null });
    if (view) store.setState({ view });
    const { page, pageBack } = store.getState();
    // The same item's page keeps what Back returns to; another one starts afresh.
    store.setState({ page: launch, pageBack: launch && page?.itemId === launch.itemId ? pageBack : [] });
    if (view === 'board') board.setState(viewFromParams(params));
    if (view === 'timeline') timeline.setState(timelineFromParams(params));
    if (view === 'matrix') useMatrixView.setState(matrixViewFromParams(params));
    if (view === 'feedback') useFeedbackView.setState(feedbackViewFromParams(params));
  };
  restore(readLocation());
  knownHash = window.location.hash;
  const write = () => {
    const { view, page, brief } = store.getState();
    if (brief) return writeHash(briefHash(brief));
    if (page) return writeHash(launchHash(page));
    const params =
      view === 'board'
        ? paramsFromView(board.getState())
        : view === 'timeline'
          ? paramsFromTimeline(timeline.getState())
          : view === 'matrix'
            ? paramsFromMatrixView(useMatrixView.getState())
            : view === 'feedback'
              ? paramsFromFeedbackView(useFeedbackView.getState())
              : undefined;
    writeLocation(view, params);
  };
  write();
  // An address typed or pasted into this tab, or the browser's Back and Forward, change only
  // the hash: follow it (once the person agrees, if it would close a page with unsaved edits),
  // then write back the normalised form.
  const onHashChange = () => {
    goingBack = false;
    knownHash = window.location.hash;
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
        knownHash = launchHash(open);
        window.history.pushState(null, '', knownHash);
      }
    });
  };
  window.addEventListener('hashchange', onHashChange);
  // Going back to an entry of the same address fires no hashchange: the wait ends here as well.
  const onPopState = () => {
    goingBack = false;
  };
  window.addEventListener('popstate', onPopState);
  const unsubscribe = [
    store.subscribe(write),
    board.subscribe(write),
    timeline.subscribe(write),
    useMatrixView.subscribe(write),
    useFeedbackView.subscribe(write),
  ];
  return () => {
    knownHash = null;
    unsubscribe.forEach((u) => u());
    window.removeEventListener('hashchange', onHashChange);
    window.removeEventListener('popstate', onPopState);
  };
}
