/**
 * Per-window session state: the view on screen, the launch page open over it, the side editor
 * and the messages shown. None of it is stored in the database; each window has its own.
 *
 * The launch page sits over the view it was opened from: `view` stays what the navigation
 * shows and what Back returns to, `page` is the item's page while it is open, and `pageBack`
 * the pages opened before it (a rollout's page opened from its launch's page returns there).
 * Whatever would take an editing form away asks first (leave-guard.ts).
 */
import { create } from 'zustand';
import type { Day } from '../../shared/dates/days';
import type { LaunchItemFields } from '../../shared/domain/items/schema';
import type { Kind, Tier } from '../../shared/domain/primitives';
import type { ToastMessage } from '../ui/Toasts';
import { leaveThen, type GuardPlace } from './leave-guard';

export type ViewId =
  'board' | 'timeline' | 'launches' | 'matrix' | 'people' | 'my-work' | 'feedback' | 'settings';

export type LaunchTab = 'overview' | 'readiness' | 'beta' | 'rollout' | 'decisions' | 'feedback' | 'activity';

export const LAUNCH_TABS: readonly LaunchTab[] = [
  'overview',
  'readiness',
  // Shown only for a beta (LaunchPage).
  'beta',
  'rollout',
  'decisions',
  'feedback',
  'activity',
];

export interface LaunchPageState {
  itemId: string;
  tab: LaunchTab;
  /** The readiness function in view on the Readiness tab (null: all functions). */
  functionId: string | null;
}

/** How many pages Back remembers. */
const PAGE_BACK_LIMIT = 20;

export type EditorState =
  | { mode: 'closed' }
  /** A new item; `fields` start it off other than the defaults (a launch's beta or wave). */
  | { mode: 'create'; fields?: Partial<LaunchItemFields> }
  | { mode: 'edit'; id: string };

export type Toast = ToastMessage;

/**
 * The brief screen's choices (features/briefs): a launch brief of one item for an audience,
 * or a portfolio brief of a range with filters. Both halves are kept while the person switches
 * kind. A null range end is the default range (the next six weeks from today).
 */
export interface BriefScreenState {
  kind: 'launch' | 'portfolio';
  itemId: string | null;
  audience: 'exec' | 'team';
  from: Day | null;
  to: Day | null;
  region: string | null;
  tier: Tier | null;
  itemKind: Kind | null;
}

export const initialBriefScreen: BriefScreenState = {
  kind: 'launch',
  itemId: null,
  audience: 'exec',
  from: null,
  to: null,
  region: null,
  tier: null,
  itemKind: null,
};

export interface WindowState {
  view: ViewId;
  page: LaunchPageState | null;
  pageBack: LaunchPageState[];
  /** The brief screen, over the launch page or view it was opened from (Back returns there). */
  brief: BriefScreenState | null;
  editor: EditorState;
  toasts: Toast[];
  paletteOpen: boolean;
}

export const initialWindow: WindowState = {
  view: 'board',
  page: null,
  pageBack: [],
  brief: null,
  editor: { mode: 'closed' },
  toasts: [],
  paletteOpen: false,
};

export const useWindow = create<WindowState>()(() => initialWindow);

let nextToastId = 1;

export function showToast(
  toast: Omit<Toast, 'id'>,
  timeoutMs = toast.tone === 'error' ? 10_000 : 5_000,
): void {
  const id = nextToastId++;
  useWindow.setState((s) => ({ toasts: [...s.toasts.slice(-3), { ...toast, id }] }));
  setTimeout(() => dismissToast(id), timeoutMs);
}

export function dismissToast(id: number): void {
  useWindow.setState((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) }));
}

/** Shows a view (closing the launch page, once its unsaved edits may go). */
export function setView(view: ViewId): void {
  const { page } = useWindow.getState();
  leaveThen(page ? ['page'] : [], () => useWindow.setState({ view, page: null, pageBack: [], brief: null }));
}

/**
 * Opens a launch item's page on a tab (Overview unless said), over the current view. The side
 * panel closes; edits there, or on another item's page, are not dropped without asking.
 */
export function openLaunchPage(
  itemId: string,
  options?: { tab?: LaunchTab; functionId?: string | null },
): void {
  const { page, editor } = useWindow.getState();
  const next: LaunchPageState = {
    itemId,
    tab: options?.tab ?? 'overview',
    functionId: options?.functionId ?? null,
  };
  const leaving: GuardPlace[] = [];
  if (editor.mode !== 'closed') leaving.push('panel');
  if (page && page.itemId !== itemId) leaving.push('page');
  leaveThen(leaving, () =>
    useWindow.setState((s) => ({
      page: next,
      pageBack:
        s.page && s.page.itemId !== itemId ? [...s.pageBack, s.page].slice(-PAGE_BACK_LIMIT) : s.pageBack,
      editor: { mode: 'closed' },
      brief: null,
    })),
  );
}

/** Back from the launch page: to the page before it, or to the view it was opened from. */
export function closeLaunchPage(): void {
  if (!useWindow.getState().page) return;
  leaveThen(['page'], () =>
    useWindow.setState((s) => ({ page: s.pageBack.at(-1) ?? null, pageBack: s.pageBack.slice(0, -1) })),
  );
}

/** Another tab on the open page; the Overview's draft stays. */
export function setLaunchTab(tab: LaunchTab): void {
  useWindow.setState((s) => (s.page ? { page: { ...s.page, tab } } : {}));
}

/** The readiness function in view on the open page. */
export function setLaunchFunction(functionId: string | null): void {
  useWindow.setState((s) => (s.page ? { page: { ...s.page, functionId } } : {}));
}

/** The panel already shows this (a new item started off with fields is always another). */
const sameEditor = (a: EditorState, b: EditorState) =>
  a.mode === 'closed'
    ? b.mode === 'closed'
    : a.mode === 'edit'
      ? b.mode === 'edit' && a.id === b.id
      : b.mode === 'create' && !a.fields && !b.fields;

/** Opens the side panel on an item (or a new one), once the panel's unsaved edits may go. */
export function openEditor(editor: EditorState): void {
  const current = useWindow.getState().editor;
  if (sameEditor(current, editor)) return;
  leaveThen(current.mode === 'closed' ? [] : ['panel'], () => useWindow.setState({ editor }));
}

/** Closes the side panel as the person asked (Escape, ×, Cancel): unsaved edits ask first. */
export function requestCloseEditor(): void {
  leaveThen(['panel'], closeEditor);
}

/** Closes the side panel now (after saving, or when its item is gone). */
export function closeEditor(): void {
  useWindow.setState({ editor: { mode: 'closed' } });
}

export function setPaletteOpen(paletteOpen: boolean): void {
  useWindow.setState({ paletteOpen });
}

/** The choices of the brief screen last closed in this window, to start the next one from. */
let lastBrief: BriefScreenState = initialBriefScreen;

/**
 * Opens the brief screen over the launch page or view on screen, starting from `start` (the
 * rest as last chosen in this window). It replaces what is on screen, so unsaved edits on the
 * page or in the side panel ask first.
 */
export function openBrief(start: Partial<BriefScreenState> & Pick<BriefScreenState, 'kind'>): void {
  const { page, editor } = useWindow.getState();
  const leaving: GuardPlace[] = [];
  if (editor.mode !== 'closed') leaving.push('panel');
  if (page) leaving.push('page');
  leaveThen(leaving, () =>
    useWindow.setState((s) => ({
      brief: { ...(s.brief ?? lastBrief), ...start },
      editor: { mode: 'closed' },
    })),
  );
}

/** Changes the brief screen's choices. */
export function updateBrief(changes: Partial<BriefScreenState>): void {
  useWindow.setState((s) => (s.brief ? { brief: { ...s.brief, ...changes } } : {}));
}

/**
 * The brief screen's own "Save as PDF" (portrait, the brief's file name, recorded), set while
 * the screen is open, so "This View as PDF…" on it saves the brief rather than printing the
 * screen as a view would.
 */
let briefPdf: (() => void) | null = null;

/** Set by the brief screen while it is open; the returned function unsets it. */
export function provideBriefPdf(save: () => void): () => void {
  briefPdf = save;
  return () => {
    if (briefPdf === save) briefPdf = null;
  };
}

/** Saves the brief on screen as a PDF; false when no brief screen is open. */
export function saveBriefPdf(): boolean {
  if (!useWindow.getState().brief || !briefPdf) return false;
  briefPdf();
  return true;
}

/** Back from the brief screen to the launch page or view under it. */
export function closeBrief(): void {
  const { brief } = useWindow.getState();
  if (!brief) return;
  lastBrief = brief;
  useWindow.setState({ brief: null });
}
