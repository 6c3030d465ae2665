/** A column's header: name and count, and a menu to rename, move or remove the stage. */
import { useState } from 'react';
import {
  itemsInStage,
  removeStage,
  renameStage,
  reorderStage,
} from '../../../shared/domain/settings/commands';
import type { Stage } from '../../../shared/domain/settings/schema';
import { settingsOf } from '../../../shared/domain/workspace';
import { run } from '../../state/changes';
import { useDocument } from '../../state/document';
import { InlineInput } from '../../ui/InlineInput';
import { Menu } from '../../ui/Menu';
import { RemoveStageDialog } from '../../ui/RemoveStageDialog';

interface Props {
  stage: Stage;
  index: number;
  stageCount: number;
  count: number;
  gated: boolean;
}

export function BoardColumnHeader({ stage, index, stageCount, count, gated }: Props) {
  const [renaming, setRenaming] = useState(false);
  const [removing, setRemoving] = useState(false);
  const move = (to: number) => void run((ws) => reorderStage(ws, stage.id, to));

  return (
    <div className="column-header">
      {renaming ? (
        <InlineInput
          className="list-editor__name"
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
      <Menu
        buttonLabel={`Actions for the ${stage.name} stage`}
        label={`${stage.name} stage`}
        items={[
          { label: 'Rename…', onSelect: () => setRenaming(true) },
          { label: 'Move left', disabled: index === 0, onSelect: () => move(index - 1) },
          { label: 'Move right', disabled: index === stageCount - 1, onSelect: () => move(index + 1) },
          { label: 'Remove…', disabled: stageCount === 1, onSelect: () => setRemoving(true) },
        ]}
      />
      {removing && <RemoveStage stageId={stage.id} onClose={() => setRemoving(false)} />}
    </div>
  );
}

/** The remove dialog, reading the workspace only while it is open. */
function RemoveStage({ stageId, onClose }: { stageId: string; onClose: () => void }) {
  const workspace = useDocument((s) => s.workspace);
  return (
    <RemoveStageDialog
      stages={settingsOf(workspace).stages}
      stageId={stageId}
      itemCount={itemsInStage(workspace, stageId)}
      onRemove={(target) => void run((ws, ctx) => removeStage(ws, stageId, target, ctx))}
      onClose={onClose}
    />
  );
}
