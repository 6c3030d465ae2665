/** A column's header: name and count, and a menu to rename, move or remove the stage. */
import { useEffect, useRef, useState } from 'react';
import { renameStage, reorderStage } from '../../../shared/domain/settings/commands';
import type { Stage } from '../../../shared/domain/settings/schema';
import { run } from '../../state/changes';
import { RenameInput } from '../settings/NamedListEditor';
import { RemoveStageDialog } from '../../ui/RemoveStageDialog';

interface Props {
  stage: Stage;
  index: number;
  stageCount: number;
  count: number;
  gated: boolean;
}

export function BoardColumnHeader({ stage, index, stageCount, count, gated }: Props) {
  const [menuOpen, setMenuOpen] = useState(false);
  const [renaming, setRenaming] = useState(false);
  const [removing, setRemoving] = useState(false);
  const menuRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!menuOpen) return;
    menuRef.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
    const close = (event: MouseEvent) => {
      if (!menuRef.current?.contains(event.target as Node)) setMenuOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [menuOpen]);

  const act = (action: () => void) => {
    setMenuOpen(false);
    action();
  };

  return (
    <div className="column-header">
      {renaming ? (
        <RenameInput
          label={`Rename the ${stage.name} stage`}
          value={stage.name}
          autoFocus
          onDone={() => setRenaming(false)}
          onCommit={async (name) => (await run((ws) => renameStage(ws, stage.id, name))).ok}
        />
      ) : (
        <h2 className="column-header__name">
          {stage.name}
          <span className="column-header__count" aria-label={`${count} items`}>
            {count}
          </span>
          {gated && (
            <span className="column-header__gate" title="The go/no-go gate applies to moves into this stage">
              Gate
            </span>
          )}
        </h2>
      )}
      <div className="menu" ref={menuRef}>
        <button
          ref={buttonRef}
          type="button"
          className="icon-button"
          aria-label={`Actions for the ${stage.name} stage`}
          aria-haspopup="menu"
          aria-expanded={menuOpen}
          onClick={() => setMenuOpen((open) => !open)}
        >
          ⋯
        </button>
        {menuOpen && (
          <div
            role="menu"
            className="menu__list"
            aria-label={`${stage.name} stage`}
            onKeyDown={(event) => {
              const items = [
                ...(menuRef.current?.querySelectorAll<HTMLButtonElement>(
                  '[role="menuitem"]:not(:disabled)',
                ) ?? []),
              ];
              const at = items.indexOf(document.activeElement as HTMLButtonElement);
              if (event.key === 'Escape') {
                event.stopPropagation();
                setMenuOpen(false);
                buttonRef.current?.focus();
              } else if (event.key === 'ArrowDown') {
                event.preventDefault();
                items[(at + 1) % items.length]?.focus();
              } else if (event.key === 'ArrowUp') {
                event.preventDefault();
                items[(at - 1 + items.length) % items.length]?.focus();
              }
            }}
          >
            <button type="button" role="menuitem" onClick={() => act(() => setRenaming(true))}>
              Rename…
            </button>
            <button
              type="button"
              role="menuitem"
              disabled={index === 0}
              onClick={() => act(() => void run((ws) => reorderStage(ws, stage.id, index - 1)))}
            >
              Move left
            </button>
            <button
              type="button"
              role="menuitem"
              disabled={index === stageCount - 1}
              onClick={() => act(() => void run((ws) => reorderStage(ws, stage.id, index + 1)))}
            >
              Move right
            </button>
            <button
              type="button"
              role="menuitem"
              disabled={stageCount === 1}
              onClick={() => act(() => setRemoving(true))}
            >
              Remove…
            </button>
          </div>
        )}
      </div>
      {removing && <RemoveStageDialog stageId={stage.id} onClose={() => setRemoving(false)} />}
    </div>
  );
}
