/**
 * Whether this window's picture export dialog is open, and for what: the timeline or the board.
 * Opened from the views' toolbars, the command palette and the File → Export menu.
 */
import { create } from 'zustand';

export type PictureSubject = 'timeline' | 'board';

export const usePictureExport = create<{ subject: PictureSubject | null }>()(() => ({ subject: null }));

export function openPictureExport(subject: PictureSubject): void {
  usePictureExport.setState({ subject });
}

export function closePictureExport(): void {
  usePictureExport.setState({ subject: null });
}
