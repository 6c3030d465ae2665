/**
 * A button that opens a menu of actions: the first action takes focus, arrow keys move between
 * actions, Escape closes the menu and gives focus back to the button, a click outside closes it.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import './Menu.css';

export interface MenuItem {
  label: string;
  onSelect: () => void;
  disabled?: boolean;
}

interface MenuProps {
  /** The accessible name of the button. */
  buttonLabel: string;
  /** The accessible name of the menu. */
  label: string;
  items: readonly MenuItem[];
  /** What the button shows. */
  icon?: ReactNode;
}

const ITEMS = '[role="menuitem"]:not(:disabled)';

export function Menu({ buttonLabel, label, items, icon = '⋯' }: MenuProps) {
  const [open, setOpen] = useState(false);
  const menuRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    menuRef.current?.querySelector<HTMLButtonElement>(ITEMS)?.focus();
    const close = (event: MouseEvent) => {
      if (!menuRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);

  return (
    <div className="menu" ref={menuRef}>
      <button
        ref={buttonRef}
        type="button"
        className="icon-button"
        aria-label={buttonLabel}
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen((wasOpen) => !wasOpen)}
      >
        {icon}
      </button>
      {open && (
        <div
          role="menu"
          className="menu__list"
          aria-label={label}
          onKeyDown={(event) => {
            const enabled = [...(menuRef.current?.querySelectorAll<HTMLButtonElement>(ITEMS) ?? [])];
            const at = enabled.indexOf(document.activeElement as HTMLButtonElement);
            if (event.key === 'Escape') {
              event.stopPropagation();
              setOpen(false);
              buttonRef.current?.focus();
            } else if (event.key === 'ArrowDown') {
              event.preventDefault();
              enabled[(at + 1) % enabled.length]?.focus();
            } else if (event.key === 'ArrowUp') {
              event.preventDefault();
              enabled[(at - 1 + enabled.length) % enabled.length]?.focus();
            }
          }}
        >
          {items.map((item) => (
            <button
              key={item.label}
              type="button"
              role="menuitem"
              disabled={item.disabled}
              onClick={() => {
                setOpen(false);
                item.onSelect();
              }}
            >
              {item.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
