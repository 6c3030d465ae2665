/**
 * Closing or reloading a window with unsaved edits asks first. The renderer cancels the
 * unload (beforeunload, state/leave-guard.ts) while a form holds unsaved edits; Electron shows
 * no question of its own for that, it just keeps the window open — so main asks, with the
 * app's own words, and lets the window go only when the person chooses to discard.
 */
import { dialog, type BrowserWindow } from 'electron';

const UNLOAD_QUESTION = {
  type: 'question',
  buttons: ['Keep editing', 'Discard changes'],
  defaultId: 0,
  cancelId: 0,
  title: 'Unsaved changes',
  message: 'Discard unsaved changes?',
  detail: 'This window has edits that are not saved yet. Closing it now discards them.',
} as const;

export function guardUnsavedEdits(window: BrowserWindow): void {
  window.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(window, {
      ...UNLOAD_QUESTION,
      buttons: [...UNLOAD_QUESTION.buttons],
    });
    // Preventing the default of this event ignores the renderer's refusal: the window closes.
    if (choice === 1) event.preventDefault();
  });
}
