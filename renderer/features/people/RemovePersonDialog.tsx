/**
 * Removing someone who owns or approves launch items or owns readiness lines: the dialog says
 * what they are named on and asks whom to hand it to (someone else, or nobody: owners cleared,
 * the approver dropped). The removal and the hand-over are one undoable change.
 */
import { useState } from 'react';
import type { Person } from '../../../shared/domain/people/schema';
import { countOf } from '../../../shared/domain/text';
import { peopleByName } from '../../../shared/views/indexes';
import { workOf } from '../../../shared/views/people';
import { useDocument } from '../../state/document';
import { ConfirmActions } from '../../ui/ConfirmActions';
import { Dialog } from '../../ui/Dialog';
import { SelectField } from '../../ui/Select';

interface Props {
  person: Person;
  onRemove: (handToId: string | null) => void;
  onClose: () => void;
}

export function RemovePersonDialog({ person, onRemove, onClose }: Props) {
  const workspace = useDocument((s) => s.workspace);
  const work = workOf(workspace, person.id);
  const others = peopleByName(workspace).filter((p) => p.id !== person.id);
  const [handTo, setHandTo] = useState('');
  const named = [
    work.owns.length ? `owns ${countOf(work.owns.length, 'launch item')}` : '',
    work.approves.length ? `approves ${countOf(work.approves.length, 'launch item')}` : '',
    work.readiness.length
      ? `${work.owns.length ? 'has' : 'owns'} ${countOf(work.readiness.length, 'readiness line')}`
      : '',
  ].filter(Boolean);
  const said = named.length > 1 ? `${named.slice(0, -1).join(', ')} and ${named.at(-1)}` : named[0];
  return (
    <Dialog
      title={`Remove ${person.name} from People?`}
      open
      tone="danger"
      onClose={onClose}
      actions={
        <ConfirmActions
          tone="danger"
          confirmLabel={handTo ? 'Remove and hand over' : 'Remove person'}
          onCancel={onClose}
          onConfirm={() => {
            onClose();
            onRemove(handTo || null);
          }}
        />
      }
    >
      <p>
        {person.name} {said}. Who takes them over?
      </p>
      <SelectField
        label="Hand over to"
        empty="Nobody — leave them unassigned"
        options={others.map((p) => ({ value: p.id, label: p.team ? `${p.name} (${p.team})` : p.name }))}
        value={handTo}
        onChange={setHandTo}
      />
      <p className="muted">You can undo this with Ctrl+Z.</p>
    </Dialog>
  );
}
