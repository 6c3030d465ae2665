/**
 * The zustand store: the loaded workspace (normalised, by id), the undo history and UI state.
 * Components read it through narrow selectors; only state/session.ts changes the workspace.
 */
import { create } from 'zustand';
import type { Change } from '../../shared/domain/change';
import { emptyTables, type Workspace } from '../../shared/domain/workspace';

export const HISTORY_LIMIT = 200;

export type ViewId = 'board' | 'timeline' | 'launches' | 'settings';

export type EditorState = { mode: 'closed' } | { mode: 'create' } | { mode: 'edit'; id: string };

export interface Toast {
  id: number;
  tone: 'info' | 'error';
  message: string;
  action?: { label: string; run: () => void };
}

export interface AppState {
  phase: 'loading' | 'first-run' | 'ready' | 'failed';
  failure: { title: string; message: string } | null;
  workspace: Workspace;
  /** Saved changes this window can undo, oldest first. */
  past: Change[];
  /** Undone changes this window can redo, most recent last. */
  future: Change[];
  view: ViewId;
  editor: EditorState;
  toasts: Toast[];
}

export const initialState: AppState = {
  phase: 'loading',
  failure: null,
  workspace: emptyTables(),
  past: [],
  future: [],
  view: 'board',
  editor: { mode: 'closed' },
  toasts: [],
};

export const useAppStore = create<AppState>()(() => initialState);

let nextToastId = 1;

export function showToast(
  toast: Omit<Toast, 'id'>,
  timeoutMs = toast.tone === 'error' ? 10_000 : 5_000,
): void {
  const id = nextToastId++;
  useAppStore.setState((s) => ({ toasts: [...s.toasts.slice(-3), { ...toast, id }] }));
  setTimeout(() => dismissToast(id), timeoutMs);
}

export function dismissToast(id: number): void {
  useAppStore.setState((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) }));
}

export function setView(view: ViewId): void {
  useAppStore.setState({ view });
}

export function openEditor(editor: EditorState): void {
  useAppStore.setState({ editor });
}

export function closeEditor(): void {
  useAppStore.setState({ editor: { mode: 'closed' } });
}
