/** Stages are the board's columns: rename, reorder, add, and remove (moving their items). */
import { useState } from 'react';
import {
  addStage,
  itemsInStage,
  removeStage,
  renameStage,
  reorderStage,
} from '../../../shared/domain/settings/commands';
import { countOf } from '../../../shared/domain/text';
import { settingsOf } from '../../../shared/domain/workspace';
import { run } from '../../state/changes';
import { useDocument } from '../../state/document';
import { RemoveStageDialog } from '../../ui/RemoveStageDialog';
import { NamedListEditor, type NamedEntry } from './NamedListEditor';

export function StagesSettings() {
  const workspace = useDocument((s) => s.workspace);
  const settings = settingsOf(workspace);
  const [removing, setRemoving] = useState<NamedEntry | null>(null);
  const entries = settings.stages.map((s) => ({
    id: s.id,
    name: s.name,
    note: countOf(itemsInStage(workspace, s.id), 'item'),
  }));
  return (
    <section className="settings-section" aria-labelledby="stages-title">
      <h2 id="stages-title">Stages</h2>
      <p className="muted">The board’s columns, in order.</p>
      <NamedListEditor
        noun="stage"
        entries={entries}
        onRename={(id, name) => run((ws) => renameStage(ws, id, name))}
        onAdd={(name) => run((ws, ctx) => addStage(ws, name, ctx))}
        onMove={(id, to) => void run((ws) => reorderStage(ws, id, to))}
        onRemove={(entry) => {
          if (itemsInStage(workspace, entry.id) === 0)
            void run((ws, ctx) => removeStage(ws, entry.id, null, ctx));
          else setRemoving(entry);
        }}
      />
      {removing && (
        <RemoveStageDialog
          stages={settings.stages}
          stageId={removing.id}
          itemCount={itemsInStage(workspace, removing.id)}
          onRemove={(target) => void run((ws, ctx) => removeStage(ws, removing.id, target, ctx))}
          onClose={() => setRemoving(null)}
        />
      )}
    </section>
  );
}
