/**
 * Per-window session state: the view on screen, the side editor and the messages shown.
 * None of it is stored in the database; each window has its own.
 */
import { create } from 'zustand';
import type { ToastMessage } from '../ui/Toasts';

export type ViewId = 'board' | 'timeline' | 'launches' | 'settings';

export type EditorState = { mode: 'closed' } | { mode: 'create' } | { mode: 'edit'; id: string };

export type Toast = ToastMessage;

export interface WindowState {
  view: ViewId;
  editor: EditorState;
  toasts: Toast[];
  paletteOpen: boolean;
}

export const initialWindow: WindowState = {
  view: 'board',
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

export function setView(view: ViewId): void {
  useWindow.setState({ view });
}

export function openEditor(editor: EditorState): void {
  useWindow.setState({ editor });
}

export function closeEditor(): void {
  useWindow.setState({ editor: { mode: 'closed' } });
}

export function setPaletteOpen(paletteOpen: boolean): void {
  useWindow.setState({ paletteOpen });
}
