/**
 * "No green without evidence": marking a line done that has no evidence yet asks for it here (a
 * link or a note), instead of refusing. The lines are marked done with it in one undoable
 * change; lines that already have evidence keep theirs.
 */
import { useId, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Change } from '../../../shared/domain/change';
import { setReadinessStatus } from '../../../shared/domain/readiness/commands';
import { recordOf } from '../../../shared/domain/workspace';
import { run } from '../../state/changes';
import { useDocument } from '../../state/document';
import { ConfirmActions } from '../../ui/ConfirmActions';
import { Dialog } from '../../ui/Dialog';
import { TextField } from '../../ui/TextField';

interface EvidenceDialogProps {
  /** The lines to mark done. */
  ids: readonly string[];
  onClose: () => void;
  /** Called with the saved change, after which the dialog closes itself (onClose). */
  onSaved?: (change: Change) => void;
}

export function EvidenceDialog({ ids, onClose, onSaved }: EvidenceDialogProps) {
  const readiness = useDocument((s) => s.workspace.readiness);
  const lacking = useMemo(
    () =>
      ids.flatMap((id) => {
        const line = recordOf(readiness, id);
        return line && line.evidence.trim() === '' ? [line.title] : [];
      }),
    [ids, readiness],
  );
  const [evidence, setEvidence] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  const formId = useId();
  const what = lacking.length === 1 ? `“${lacking[0]}”` : `${lacking.length} readiness items`;

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    // Portalled, but React still bubbles a submit to a form around the checklist.
    event.stopPropagation();
    if (saving) return;
    if (evidence.trim() === '') {
      setError('Add a link or a note that shows this is done');
      return;
    }
    setSaving(true);
    const result = await run((ws, ctx) => setReadinessStatus(ws, ids, 'done', ctx, evidence));
    setSaving(false);
    if (!result.ok) {
      setError(result.issues.map((issue) => issue.message).join('; '));
      return;
    }
    onSaved?.(result.value);
    onClose();
  };

  return createPortal(
    // Keys stay in the dialog: Escape closes it, not the page behind it.
    <div onKeyDown={(e) => e.stopPropagation()}>
      <Dialog
        title={`Evidence for ${what}`}
        open
        onClose={onClose}
        actions={
          <ConfirmActions form={formId} confirmLabel="Mark done" disabled={saving} onCancel={onClose} />
        }
      >
        <form id={formId} className="evidence-form" onSubmit={(e) => void save(e)} noValidate>
          <p>
            No green without evidence: before {what} {lacking.length === 1 ? 'is' : 'are'} marked done, add a
            link to the proof (a document, a ticket, a recording) or a note saying where it is.
          </p>
          <TextField
            label="Evidence link or note"
            value={evidence}
            onChange={(value) => {
              setEvidence(value);
              setError(undefined);
            }}
            error={error}
            hint="For example https://wiki.example.com/launch/faq or “Signed off in the legal review on 12 Nov”."
            autoFocus
          />
        </form>
      </Dialog>
    </div>,
    document.body,
  );
}
