/**
 * The command palette (Ctrl/Cmd+K): type to find any command or launch item; Enter runs the
 * command or opens the item. Built on cmdk (keyboard navigation, active item, screen-reader
 * roles) inside a native modal <dialog>, which traps focus and closes on Escape.
 */
import { lazy, Suspense, useEffect, useRef } from 'react';
import { setPaletteOpen, useWindow } from '../state/window';
import './CommandPalette.css';

// The palette's body (cmdk and its search) loads the first time the palette opens, so it
// adds nothing to starting the app.
const PaletteBody = lazy(() => import('./PaletteBody'));

export function CommandPalette() {
  const open = useWindow((s) => s.paletteOpen);
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      // showModal moves focus to the dialog itself; typing belongs in the search field.
      dialog.querySelector('input')?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="palette"
      aria-label="Command palette"
      onCancel={(event) => {
        event.preventDefault();
        setPaletteOpen(false);
      }}
      onClick={(event) => {
        // A click on the backdrop (the dialog itself, outside its content) closes it.
        if (event.target === event.currentTarget) setPaletteOpen(false);
      }}
    >
      {open && (
        <Suspense fallback={null}>
          <PaletteBody close={() => closeNow(ref.current)} />
        </Suspense>
      )}
    </dialog>
  );
}

/** Closes the dialog at once, so a command that runs next sees no modal open. */
function closeNow(dialog: HTMLDialogElement | null) {
  dialog?.close();
  setPaletteOpen(false);
}
