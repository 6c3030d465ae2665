/**
 * Choose launch items by typing part of their title: a combobox with a short list of matches,
 * so a workspace of ten thousand items never renders ten thousand options. Chosen items show
 * as removable chips. Arrow keys move through matches, Enter picks, Escape closes the list.
 */
import { useId, useMemo, useState } from 'react';
import type { LaunchItem } from '../../../shared/domain/items/schema';
import { KIND_LABELS } from '../../../shared/domain/primitives';
import { useDocument } from '../../state/document';

const MAX_MATCHES = 8;

interface Props {
  label: string;
  hint?: string;
  error?: string | undefined;
  selected: string[];
  onChange: (ids: string[]) => void;
  /** One item at most (a parent) or several (dependencies). */
  multiple: boolean;
  /** Items that may not be chosen (the item itself, say). */
  exclude: (item: LaunchItem) => boolean;
}

export function ItemPicker({ label, hint, error, selected, onChange, multiple, exclude }: Props) {
  const id = useId();
  const items = useDocument((s) => s.workspace.items);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);

  const matches = useMemo(() => {
    const needle = query.trim().toLowerCase();
    if (!open) return [];
    const found: LaunchItem[] = [];
    for (const item of Object.values(items)) {
      if (item.archived || selected.includes(item.id) || exclude(item)) continue;
      if (needle && !item.title.toLowerCase().includes(needle)) continue;
      found.push(item);
      if (found.length === MAX_MATCHES) break;
    }
    return found;
  }, [items, query, open, selected, exclude]);

  const choose = (item: LaunchItem) => {
    onChange(multiple ? [...selected, item.id] : [item.id]);
    setQuery('');
    setActive(0);
    setOpen(false);
  };

  const listId = `${id}-list`;
  const describedBy =
    [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field ${error ? 'field--invalid' : ''}`}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {selected.length > 0 && (
        <ul className="chips" aria-label={`${label}: chosen`}>
          {selected.map((itemId) => {
            const title = items[itemId]?.title ?? 'Deleted item';
            return (
              <li key={itemId} className="chip">
                {title}
                <button
                  type="button"
                  className="chip__remove"
                  aria-label={`Remove ${title} from ${label.toLowerCase()}`}
                  onClick={() => onChange(selected.filter((s) => s !== itemId))}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div className="picker">
        <input
          id={id}
          className="input"
          role="combobox"
          aria-expanded={open && matches.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={open && matches[active] ? `${id}-option-${active}` : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          placeholder={
            multiple || selected.length === 0 ? 'Type to find a launch item…' : 'Type to choose another…'
          }
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
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
            } else if (e.key === 'Escape' && open) {
              e.stopPropagation();
              setOpen(false);
            }
          }}
        />
        {open && matches.length > 0 && (
          <ul id={listId} role="listbox" className="picker__list" aria-label={`${label} matches`}>
            {matches.map((item, index) => (
              <li
                key={item.id}
                id={`${id}-option-${index}`}
                role="option"
                aria-selected={index === active}
                className="picker__option"
                // mousedown, not click: it fires before the input's blur closes the list.
                onMouseDown={(e) => {
                  e.preventDefault();
                  choose(item);
                }}
              >
                {item.title} <span className="muted">· {KIND_LABELS[item.kind]}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}
