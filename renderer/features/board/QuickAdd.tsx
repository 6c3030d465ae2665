/** Quick add at the foot of a column: type a title, Enter saves, and the field stays for the next. */
import { useState } from 'react';
import { createItem } from '../../../shared/domain/items/commands';
import type { LaunchItemFields } from '../../../shared/domain/items/schema';
import { run } from '../../state/changes';

interface Props {
  stageName: string;
  /** Fields the new item takes from where it is added (its stage, its lane). */
  defaults: Partial<LaunchItemFields>;
}

export function QuickAdd({ stageName, defaults }: Props) {
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (!open)
    return (
      <button
        type="button"
        className="quick-add__open"
        onClick={() => setOpen(true)}
        aria-label={`Add item to ${stageName}`}
      >
        <span aria-hidden="true">+ </span>Add item
      </button>
    );
  const save = async () => {
    const result = await run((ws, ctx) => createItem(ws, { ...defaults, title }, ctx));
    if (result.ok) {
      setTitle('');
      setError(null);
    } else setError(result.issues[0]?.message ?? 'Not saved');
  };
  return (
    <div className="quick-add">
      <input
        className="input"
        autoFocus
        aria-label={`Title of the new launch item in ${stageName}`}
        placeholder="Title, then Enter"
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            void save();
          }
          if (e.key === 'Escape') {
            e.stopPropagation();
            setOpen(false);
            setError(null);
          }
        }}
        onBlur={() => {
          if (!title.trim()) setOpen(false);
        }}
      />
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
