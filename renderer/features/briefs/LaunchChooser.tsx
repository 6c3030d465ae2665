/**
 * Which launch item a launch brief is about: a combobox that shows the chosen item's title and,
 * as the person types, a short list of items whose title contains the text — a workspace of
 * ten thousand items never renders ten thousand options. Arrow keys move through the matches,
 * Enter chooses, Escape closes the list (and only the list).
 */
import { useId, useMemo, useState } from 'react';
import type { LaunchItem } from '../../../shared/domain/items/schema';
import { KIND_LABELS } from '../../../shared/domain/primitives';
import { useDocument } from '../../state/document';

const MAX_MATCHES = 12;

interface LaunchChooserProps {
  label: string;
  itemId: string | null;
  onChange: (itemId: string) => void;
}

const byTitle = (a: LaunchItem, b: LaunchItem) =>
  a.title.localeCompare(b.title, undefined, { sensitivity: 'base' }) || a.id.localeCompare(b.id);

export function LaunchChooser({ label, itemId, onChange }: LaunchChooserProps) {
  const id = useId();
  const items = useDocument((s) => s.workspace.items);
  const chosen = itemId ? items[itemId] : undefined;
  /** What the person is typing; null shows the chosen item's title. */
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);

  const matches = useMemo(() => {
    if (!open) return [];
    const needle = (query ?? '').trim().toLowerCase();
    const found = Object.values(items).filter((item) => item.title.toLowerCase().includes(needle));
    // Archived items last: a brief is rarely about one, but it may be.
    found.sort((a, b) => Number(a.archived) - Number(b.archived) || byTitle(a, b));
    return found.slice(0, MAX_MATCHES);
  }, [items, query, open]);

  const choose = (item: LaunchItem) => {
    onChange(item.id);
    setQuery(null);
    setActive(0);
    setOpen(false);
  };

  const listId = `${id}-list`;
  const hintId = `${id}-hint`;
  const missing = itemId !== null && !chosen;
  return (
    <div className={`field ${missing ? 'field--invalid' : ''}`}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <div className="brief-chooser">
        <input
          id={id}
          className="input"
          role="combobox"
          aria-expanded={open && matches.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={open && matches[active] ? `${id}-option-${active}` : undefined}
          aria-describedby={hintId}
          aria-invalid={missing ? true : undefined}
          placeholder="Type to find a launch item…"
          value={query ?? chosen?.title ?? ''}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
            setOpen(true);
          }}
          onFocus={(e) => {
            e.currentTarget.select();
            setOpen(true);
          }}
          onBlur={() => {
            setQuery(null);
            setOpen(false);
          }}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') {
              e.preventDefault();
              setOpen(true);
              setActive((a) => Math.min(a + 1, Math.max(matches.length - 1, 0)));
            } else if (e.key === 'ArrowUp') {
              e.preventDefault();
              setActive((a) => Math.max(a - 1, 0));
            } else if (e.key === 'Enter' && open && matches[active]) {
              e.preventDefault();
              choose(matches[active]);
            } else if (e.key === 'Escape' && open && matches.length > 0) {
              // Closes the list; the screen's own Escape (back) waits for the next one.
              e.stopPropagation();
              e.preventDefault();
              setQuery(null);
              setOpen(false);
            }
          }}
        />
        {open && matches.length > 0 && (
          <ul id={listId} role="listbox" className="brief-chooser__list" aria-label={`${label} matches`}>
            {matches.map((item, index) => (
              <li
                key={item.id}
                id={`${id}-option-${index}`}
                role="option"
                aria-selected={index === active}
                className="brief-chooser__option"
                // mousedown, not click: it fires before the input's blur closes the list.
                onMouseDown={(e) => {
                  e.preventDefault();
                  choose(item);
                }}
              >
                {item.title}{' '}
                <span className="muted">
                  · {KIND_LABELS[item.kind]}
                  {item.archived ? ' · archived' : ''}
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
      <p id={hintId} className={missing ? 'field__error' : 'field__hint'}>
        {missing
          ? 'That launch item no longer exists: choose another.'
          : open && query && matches.length === 0
            ? `No launch item’s title contains “${query.trim()}”.`
            : 'Type part of a title; ↓ and Enter choose.'}
      </p>
    </div>
  );
}
