/**
 * The side panel for quick edits: the launch item form (ItemEditor.tsx) in a panel at the side
 * of any view, with "Open full page" to the item's launch page. Escape, × and Cancel close it;
 * with unsaved changes they ask first (state/leave-guard.ts).
 */
import { useEffect, useRef } from 'react';
import type { LaunchItemFields } from '../../../shared/domain/items/schema';
import { useDocument } from '../../state/document';
import { closeEditor, openLaunchPage, requestCloseEditor, useWindow } from '../../state/window';
import { DecisionsSection } from './DecisionsSection';
import { ItemEditor } from './ItemEditor';
import './launches.css';

export function ItemEditorPanel() {
  const editor = useWindow((s) => s.editor);
  const item = useDocument((s) => (editor.mode === 'edit' ? s.workspace.items[editor.id] : undefined));
  if (editor.mode === 'closed') return null;
  if (editor.mode === 'edit' && !item) return <MissingItem />;
  const itemId = editor.mode === 'edit' ? editor.id : null;
  const initial = editor.mode === 'create' ? editor.fields : undefined;
  // A new key per opened item (or new item's starting fields) resets the form state.
  return (
    <EditorPanel key={itemId ?? `new:${JSON.stringify(initial ?? {})}`} itemId={itemId} initial={initial} />
  );
}

function MissingItem() {
  return (
    <aside className="panel" role="dialog" aria-label="Launch item">
      <p>This launch item no longer exists; it may have been deleted in another window.</p>
      <button type="button" className="button" onClick={closeEditor}>
        Close
      </button>
    </aside>
  );
}

function EditorPanel({ itemId, initial }: { itemId: string | null; initial?: Partial<LaunchItemFields> }) {
  // Closing gives the focus back to what opened the panel (a card, a row, a bar).
  const returnFocus = useRef<Element | null>(document.activeElement);
  useEffect(() => {
    const target = returnFocus.current;
    return () => {
      if (target instanceof HTMLElement && target.isConnected) target.focus();
    };
  }, []);
  return (
    <aside
      className="panel"
      role="dialog"
      aria-labelledby="editor-title"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          // The question may open during this key press: its default action would cancel it.
          e.preventDefault();
          requestCloseEditor();
        }
      }}
    >
      <ItemEditor
        itemId={itemId}
        initial={initial}
        place="panel"
        autoFocus
        onSaved={closeEditor}
        onCancel={requestCloseEditor}
        header={(title) => (
          <header className="panel__header">
            <h2 id="editor-title">{title}</h2>
            {itemId && (
              <button
                type="button"
                className="button button--small"
                title="Open this item's launch page"
                onClick={() => openLaunchPage(itemId)}
              >
                Open full page
              </button>
            )}
            <button
              type="button"
              className="icon-button"
              aria-label="Close editor"
              onClick={requestCloseEditor}
            >
              ×
            </button>
          </header>
        )}
      >
        {itemId && <DecisionsSection itemId={itemId} />}
      </ItemEditor>
    </aside>
  );
}
