/**
 * "Apply playbook…": pick a playbook (the one for the item's kind and tier comes first) and see
 * exactly which lines it would add — lines whose function and title are already on the
 * checklist are skipped — then add them as one undoable change.
 */
import { useState } from 'react';
import {
  applyPlaybook,
  missingEntries,
  playbookFor,
  playbooksInOrder,
} from '../../../shared/domain/playbooks/commands';
import { offsetLabel } from '../../../shared/domain/readiness/due';
import { countOf } from '../../../shared/domain/text';
import { settingsOf } from '../../../shared/domain/workspace';
import { KIND_LABELS } from '../../../shared/domain/primitives';
import { run, undo } from '../../state/changes';
import { useDocument } from '../../state/document';
import { showToast } from '../../state/window';
import { ConfirmActions } from '../../ui/ConfirmActions';
import { Dialog } from '../../ui/Dialog';
import { SelectField } from '../../ui/Select';
import './apply-playbook.css';

export function ApplyPlaybook({ itemId }: { itemId: string }) {
  const [open, setOpen] = useState(false);
  const hasPlaybooks = useDocument((s) => Object.keys(s.workspace.playbooks).length > 0);
  return (
    <>
      <button
        type="button"
        className="button button--small"
        disabled={!hasPlaybooks}
        title={hasPlaybooks ? undefined : 'No playbooks yet: create one in Settings'}
        onClick={() => setOpen(true)}
      >
        Apply playbook…
      </button>
      {open && <ApplyPlaybookDialog itemId={itemId} onClose={() => setOpen(false)} />}
    </>
  );
}

function ApplyPlaybookDialog({ itemId, onClose }: { itemId: string; onClose: () => void }) {
  const workspace = useDocument((s) => s.workspace);
  const item = workspace.items[itemId];
  const playbooks = playbooksInOrder(workspace);
  const [pickedId, setPickedId] = useState<string | null>(
    () => (item && playbookFor(workspace, item.kind, item.tier)?.id) ?? playbooks[0]?.id ?? null,
  );
  const playbook = pickedId ? workspace.playbooks[pickedId] : undefined;
  if (!item) return null;
  const adding = playbook ? missingEntries(workspace, itemId, playbook) : [];
  const already = playbook ? playbook.entries.length - adding.length : 0;
  const functionName = new Map(settingsOf(workspace).functions.map((f) => [f.id, f.name]));

  const apply = async () => {
    if (!playbook) return;
    onClose();
    const result = await run((ws, ctx) => applyPlaybook(ws, itemId, playbook.id, ctx));
    if (result.ok && result.value.ops.length)
      showToast({ tone: 'info', message: result.value.label, action: { label: 'Undo', run: undo } }, 8000);
  };

  return (
    <Dialog
      title={`Apply a playbook to “${item.title}”`}
      open
      onClose={onClose}
      actions={
        <ConfirmActions
          confirmLabel={adding.length ? `Add ${countOf(adding.length, 'line')}` : 'Nothing to add'}
          disabled={adding.length === 0}
          onCancel={onClose}
          onConfirm={() => void apply()}
        />
      }
    >
      <SelectField
        label="Playbook"
        options={playbooks.map((p) => ({
          value: p.id,
          label: `${p.name} (${KIND_LABELS[p.kind]} · Tier ${p.tier})`,
        }))}
        value={pickedId ?? ''}
        onChange={setPickedId}
      />
      <p role="status" className="apply-playbook__summary">
        {countOf(adding.length, 'new line')}; {already} already on the checklist
      </p>
      {adding.length > 0 ? (
        // Focusable, so a long list scrolls from the keyboard too.
        <ul className="apply-playbook__lines" aria-label="Lines to add" tabIndex={0}>
          {adding.map((entry) => (
            <li key={`${entry.functionId}/${entry.title}`}>
              <span className="apply-playbook__due">{offsetLabel(entry.offsetDays)}</span>
              <span className="apply-playbook__title">{entry.title}</span>
              <span className="apply-playbook__function">
                {functionName.get(entry.functionId) ?? entry.functionId}
                {entry.requiredSignOff ? ' · required sign-off' : ''}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">Every line of this playbook is already on the checklist.</p>
      )}
    </Dialog>
  );
}
