/**
 * Go / no-go in the item editor: where the launch gate stands, the decisions recorded (latest
 * first) and a dialog to record one. A decision is saved the moment it is recorded, as its own
 * undoable change, independent of the editor's Save.
 */
import { useId, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { formatDay } from '../../../shared/dates/days';
import {
  DECISION_LABELS,
  deleteDecision,
  recordDecision,
  type DecisionFields,
} from '../../../shared/domain/decisions/commands';
import { decisionsFor, launchGate } from '../../../shared/domain/items/gate';
import { DECISION_OUTCOMES, type Decision } from '../../../shared/domain/decisions/schema';
import { settingsOf } from '../../../shared/domain/workspace';
import { useToday } from '../../state/useToday';
import { run } from '../../state/changes';
import { showToast } from '../../state/window';
import { useDocument } from '../../state/document';
import { Dialog } from '../../ui/Dialog';
import { ConfirmActions } from '../../ui/ConfirmActions';
import { DateField } from '../../ui/DateField';
import { optionsFrom, SelectField } from '../../ui/Select';
import { TextField } from '../../ui/TextField';

export function DecisionsSection({ itemId }: { itemId: string }) {
  const workspace = useDocument((s) => s.workspace);
  const [recording, setRecording] = useState(false);
  const headingId = useId();
  const item = workspace.items[itemId];
  const settings = settingsOf(workspace);
  const decisions = useMemo(() => decisionsFor(workspace, itemId), [workspace, itemId]);
  if (!item) return null;
  // No launched stage (the workspace has none): there is no gate to explain.
  const launched = settings.stages.find((s) => s.id === settings.launchedStageId);
  const gate = launched ? launchGate(workspace, itemId, launched.id) : null;

  return (
    <section className="decisions" aria-labelledby={headingId}>
      <h3 id={headingId} className="decisions__title">
        Go / no-go
      </h3>
      {launched && gate && item.stageId !== launched.id && (
        <p className={gate.allowed ? 'muted' : 'decisions__held'}>
          {gate.allowed ? `Can move to ${launched.name}.` : gate.reason}
        </p>
      )}
      {decisions.length === 0 ? (
        <p className="muted">No decision recorded.</p>
      ) : (
        <ul className="stack-list">
          {decisions.map((d) => (
            <DecisionEntry key={d.id} decision={d} />
          ))}
        </ul>
      )}
      <div>
        <button type="button" className="button button--small" onClick={() => setRecording(true)}>
          Record go/no-go decision…
        </button>
      </div>
      {recording && <DecisionDialog itemId={itemId} onClose={() => setRecording(false)} />}
    </section>
  );
}

function DecisionEntry({ decision: d }: { decision: Decision }) {
  const label = DECISION_LABELS[d.outcome];
  return (
    <li className={`decision decision--${d.outcome}`}>
      <div className="decision__head">
        <span>
          <strong>{label}</strong> on {formatDay(d.decidedOn)} by {d.decidedBy}
        </span>
        <button
          type="button"
          className="link-button"
          aria-label={`Delete the ${label} decision of ${formatDay(d.decidedOn)}`}
          onClick={() =>
            void run((ws) => deleteDecision(ws, d.id)).then((result) => {
              if (result.ok)
                showToast({ tone: 'info', message: `${result.value.label} — Ctrl+Z undoes it` }, 4000);
            })
          }
        >
          Delete
        </button>
      </div>
      {d.riskAcceptedBy && <p>Risk accepted by {d.riskAcceptedBy}.</p>}
      {d.reevaluateOn && <p>Re-evaluate on {formatDay(d.reevaluateOn)}.</p>}
      {d.conditions && <p>Conditions: {d.conditions}</p>}
      {d.notes && <p className="muted">{d.notes}</p>}
    </li>
  );
}

interface DecisionForm {
  outcome: Decision['outcome'];
  decidedBy: string;
  decidedOn: string;
  riskAcceptedBy: string;
  reevaluateOn: string;
  conditions: string;
  notes: string;
}

function DecisionDialog({ itemId, onClose }: { itemId: string; onClose: () => void }) {
  const workspace = useDocument((s) => s.workspace);
  const today = useToday();
  const item = workspace.items[itemId];
  const owner = item?.ownerId ? workspace.people[item.ownerId]?.name : undefined;
  const [form, setForm] = useState<DecisionForm>({
    outcome: 'go',
    decidedBy: owner ?? '',
    decidedOn: today,
    riskAcceptedBy: '',
    reevaluateOn: '',
    conditions: '',
    notes: '',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const formId = useId();
  const peopleId = useId();
  /** A field's value, error and change handler (the outcome's values are those of its options). */
  const bind = (key: keyof DecisionForm) => ({
    value: form[key],
    error: errors[key],
    onChange: (value: string) => setForm((f) => ({ ...f, [key]: value })),
  });

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    // The dialog is portalled, but React still bubbles its submit to the editor's form.
    event.stopPropagation();
    if (saving) return; // a double click or a second Enter records one decision
    setSaving(true);
    const fields: DecisionFields = { ...form, reevaluateOn: form.reevaluateOn || null };
    const result = await run((ws, ctx) => recordDecision(ws, itemId, fields, ctx));
    setSaving(false);
    if (!result.ok) {
      setErrors(Object.fromEntries(result.issues.map((i) => [i.path || 'form', i.message])));
      return;
    }
    showToast(
      { tone: 'info', message: `Recorded ${DECISION_LABELS[fields.outcome]} for “${item?.title ?? ''}”` },
      3000,
    );
    onClose();
  };

  // Portalled out of the editor's <form> (forms cannot nest); keys stay in the dialog, so
  // Escape closes the dialog and not the editor behind it.
  return createPortal(
    <div onKeyDown={(e) => e.stopPropagation()}>
      <Dialog
        title={`Go / no-go for “${item?.title ?? ''}”`}
        open
        onClose={onClose}
        actions={
          <ConfirmActions form={formId} confirmLabel="Record decision" disabled={saving} onCancel={onClose} />
        }
      >
        <form id={formId} className="decision-form" onSubmit={(e) => void save(e)} noValidate>
          {errors.form && (
            <p className="form-error" role="alert">
              {errors.form}
            </p>
          )}
          <SelectField
            label="Decision"
            options={optionsFrom(DECISION_OUTCOMES, DECISION_LABELS)}
            {...bind('outcome')}
          />
          <div className="field-row">
            <TextField label="Decided by" list={peopleId} {...bind('decidedBy')} />
            <DateField label="Decided on" {...bind('decidedOn')} />
          </div>
          <datalist id={peopleId}>
            {Object.values(workspace.people).map((p) => (
              <option key={p.id} value={p.name} />
            ))}
          </datalist>
          {form.outcome === 'conditional-go' && (
            <TextField
              label="Risk accepted by"
              hint="The person who accepts launching with sign-offs still open."
              list={peopleId}
              {...bind('riskAcceptedBy')}
            />
          )}
          {form.outcome === 'no-go' && <DateField label="Re-evaluate on" {...bind('reevaluateOn')} />}
          {form.outcome !== 'no-go' && <TextField label="Conditions" rows={2} {...bind('conditions')} />}
          <TextField label="Notes" rows={2} {...bind('notes')} />
        </form>
      </Dialog>
    </div>,
    document.body,
  );
}
