/** Removing a stage that holds items asks where they should go (from Settings and the board). */
import { useState } from 'react';
import { itemsInStage, removeStage } from '../../shared/domain/settings/commands';
import { countOf } from '../../shared/domain/text';
import { settingsOf } from '../../shared/domain/workspace';
import { run } from '../state/changes';
import { useDocument } from '../state/document';
import { Dialog } from './Dialog';

export function RemoveStageDialog({ stageId, onClose }: { stageId: string; onClose: () => void }) {
  const workspace = useDocument((s) => s.workspace);
  const stages = settingsOf(workspace).stages;
  const stage = stages.find((s) => s.id === stageId);
  const others = stages.filter((s) => s.id !== stageId);
  const [target, setTarget] = useState(others[0]?.id ?? '');
  const count = itemsInStage(workspace, stageId);
  if (!stage) return null;
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
            disabled={count > 0 && !target}
            onClick={() => {
              onClose();
              void run((ws, ctx) => removeStage(ws, stageId, count ? target : null, ctx));
            }}
          >
            {count ? 'Remove and move items' : 'Remove stage'}
          </button>
        </>
      }
    >
      {count === 0 ? (
        <p>The stage is empty. You can undo this with Ctrl+Z.</p>
      ) : (
        <>
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
        </>
      )}
    </Dialog>
  );
}
