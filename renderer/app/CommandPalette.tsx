/**
 * The command palette (Ctrl/Cmd+K): type to find any command or launch item; Enter runs the
 * command or opens the item. Built on cmdk (keyboard navigation, active item, screen-reader
 * roles) inside a native modal <dialog>, which traps focus and closes on Escape.
 */
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { setPaletteOpen, useWindow } from '../state/window';
import './CommandPalette.css';

// The palette's body (cmdk and its search) is a separate chunk, fetched once the app is idle
// after starting (or when the palette opens, if sooner): it adds nothing to startup, and is
// there by the time someone presses Ctrl+K and starts typing.
const loadBody = () => import('./PaletteBody');
const PaletteBody = lazy(loadBody);
const PRELOAD_AFTER_MS = 1500;

export function CommandPalette() {
  const open = useWindow((s) => s.paletteOpen);
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const timer = setTimeout(() => void loadBody(), PRELOAD_AFTER_MS);
    return () => clearTimeout(timer);
  }, []);
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
      {open && <Body close={() => closeNow(ref.current)} />}
    </dialog>
  );
}

/** Closes the dialog at once, so a command that runs next sees no modal open. */
function closeNow(dialog: HTMLDialogElement | null) {
  dialog?.close();
  setPaletteOpen(false);
}

/**
 * While the body's chunk is still loading (the palette opened straight after startup), a plain
 * search field takes the typing, and the body starts from what was typed; Enter pressed in it
 * runs the best match for it as soon as the body is there.
 */
function Body({ close }: { close: () => void }) {
  const [typed, setTyped] = useState('');
  const [submitted, setSubmitted] = useState(false);
  return (
    <Suspense
      fallback={
        <input
          className="palette__input"
          aria-label="Type a command or a launch item"
          placeholder="Type a command or a launch item…"
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !event.nativeEvent.isComposing) setSubmitted(true);
          }}
        />
      }
    >
      <PaletteBody close={close} initialQuery={typed} submitOnLoad={submitted} />
    </Suspense>
  );
}
