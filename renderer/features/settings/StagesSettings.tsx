/** Stages are the board's columns: rename, reorder, add, and remove (moving their items). */
import { useState } from 'react';
import {
  addStage,
  itemsInStage,
  removeStage,
  renameStage,
  reorderStage,
} from '../../../shared/domain/commands/settings';
import { countOf } from '../../../shared/domain/text';
import { settingsOf } from '../../../shared/domain/workspace';
import { run } from '../../state/session';
import { useAppStore } from '../../state/store';
import { Dialog } from '../../ui/Dialog';
import { NamedListEditor, type NamedEntry } from './NamedListEditor';

export function StagesSettings() {
  const workspace = useAppStore((s) => s.workspace);
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
      {removing && <RemoveStageDialog stage={removing} onClose={() => setRemoving(null)} />}
    </section>
  );
}

function RemoveStageDialog({ stage, onClose }: { stage: NamedEntry; onClose: () => void }) {
  const workspace = useAppStore((s) => s.workspace);
  const others = settingsOf(workspace).stages.filter((s) => s.id !== stage.id);
  const [target, setTarget] = useState(others[0]?.id ?? '');
  const count = itemsInStage(workspace, stage.id);
  return (
    <Dialog
      title={`Remove the “${stage.name}” stage?`}
      open
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button
            type="button"
            className="button button--danger-solid"
            disabled={!target}
            onClick={() => {
              onClose();
              void run((ws, ctx) => removeStage(ws, stage.id, target, ctx));
            }}
          >
            Remove and move items
          </button>
        </>
      }
    >
      <p>
        {countOf(count, 'launch item')} {count === 1 ? 'is' : 'are'} in this stage. Where should{' '}
        {count === 1 ? 'it' : 'they'} go?
      </p>
      <label className="field">
        <span className="field__label">Move to</span>
        <select className="input" value={target} onChange={(e) => setTarget(e.target.value)}>
          {others.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
    </Dialog>
  );
}
