/**
 * Go / no-go in the item editor: where the launch gate stands, the decisions recorded (latest
 * first) and a dialog to record one; and the warning the editor shows beside its Health field
 * when a health override and the evidence disagree.
 * The dialog decides nothing for the person: no outcome is chosen and nobody is named until
 * they do it, so one stray click cannot record a Go. A decision is saved the moment it is
 * recorded, as its own undoable change, independent of the editor's Save.
 */
import { useId, useState } from 'react';
import { createPortal } from 'react-dom';
import { addDays, formatDay, isSupportedDay } from '../../../shared/dates/days';
import {
  DECISION_LABELS,
  deleteDecision,
  recordDecision,
  type DecisionFields,
} from '../../../shared/domain/decisions/commands';
import {
  DECISION_OUTCOMES,
  type Decision,
  type DecisionOutcome,
} from '../../../shared/domain/decisions/schema';
import { decisionsFor, isAtOrAfterGate, launchGate } from '../../../shared/domain/items/gate';
import { healthDisagreement } from '../../../shared/domain/items/health';
import { HEALTH_LABELS } from '../../../shared/domain/primitives';
import { settingsOf } from '../../../shared/domain/workspace';
import { peopleByName } from '../../../shared/views/indexes';
import { rowsById } from '../../../shared/views/launch-rows';
import { useToday } from '../../state/useToday';
import { run } from '../../state/changes';
import { showToast } from '../../state/window';
import { useDocument } from '../../state/document';
import { Dialog } from '../../ui/Dialog';
import { ConfirmActions } from '../../ui/ConfirmActions';
import { DateField } from '../../ui/DateField';
import { FieldSet } from '../../ui/Field';
import { TextField } from '../../ui/TextField';
import './DecisionsSection.css';

export function DecisionsSection({ itemId }: { itemId: string }) {
  const workspace = useDocument((s) => s.workspace);
  const today = useToday();
  const [recording, setRecording] = useState(false);
  const headingId = useId();
  const item = workspace.items[itemId];
  const settings = settingsOf(workspace);
  const decisions = decisionsFor(workspace, itemId);
  if (!item) return null;
  // No launched stage (the workspace has none): there is no gate to explain.
  const launched = settings.stages.find((s) => s.id === settings.launchedStageId);
  const pastGate = isAtOrAfterGate(settings, item.stageId);
  const gate = launched && !pastGate ? launchGate(workspace, itemId, launched.id, today) : null;

  return (
    <section className="decisions" aria-labelledby={headingId}>
      <h3 id={headingId} className="decisions__title">
        Go / no-go
      </h3>
      {launched && gate && (
        <p className={gate.allowed ? 'muted' : 'decisions__held'}>
          {gate.allowed ? `Can move to ${launched.name}.` : gate.reason}
        </p>
      )}
      {decisions.length === 0 ? (
        <p className="muted">No decision recorded.</p>
      ) : (
        <ul className="stack-list" aria-label="Decisions, latest first">
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

/**
 * "Green outside, red inside": a manual health override the evidence contradicts, said in
 * words. Reads the stored item (what the board shows), not the editor's unsaved draft.
 */
export function HealthDisagreement({ itemId }: { itemId: string }) {
  const today = useToday();
  const health = useDocument((s) => rowsById(s.workspace, today).get(itemId)?.health);
  if (!health || !healthDisagreement(health)) return null;
  const { reasons } = health.computed;
  return (
    <div className="health-disagreement" role="note" aria-label="Health override disagrees with the evidence">
      <p>
        <span aria-hidden="true">⚠ </span>
        Override says {HEALTH_LABELS[health.health]}; the evidence says{' '}
        {HEALTH_LABELS[health.computed.health]}
        {reasons.length ? ':' : '.'}
      </p>
      {reasons.length > 0 && (
        <ul>
          {reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      )}
    </div>
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
  /** Empty until the person chooses: nothing is decided for them. */
  outcome: DecisionOutcome | '';
  decidedBy: string;
  decidedOn: string;
  riskAcceptedBy: string;
  reevaluateOn: string;
  conditions: string;
  notes: string;
}

const OUTCOME_HINTS: Record<DecisionOutcome, string> = {
  go: 'Launch as planned.',
  'conditional-go': 'Launch with sign-offs still open; a named person accepts the risk.',
  'no-go': 'Hold the launch; say when to look again.',
};

type TextKey = Exclude<keyof DecisionForm, 'outcome'>;

function DecisionDialog({ itemId, onClose }: { itemId: string; onClose: () => void }) {
  const workspace = useDocument((s) => s.workspace);
  const today = useToday();
  const item = workspace.items[itemId];
  const [form, setForm] = useState<DecisionForm>({
    outcome: '',
    decidedBy: '',
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
  const outcomeName = useId();
  const set = (key: keyof DecisionForm, value: string) => {
    setForm((f) => ({ ...f, [key]: value }));
    // A field's message goes once the person changes it; the others stay until the next try.
    setErrors(({ [key]: _gone, ...rest }) => rest);
  };
  const bind = (key: TextKey) => ({
    value: form[key],
    error: errors[key],
    onChange: (value: string) => set(key, value),
  });

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    // The dialog is portalled, but React still bubbles its submit to the editor's form.
    event.stopPropagation();
    if (saving) return; // a double click or a second Enter records one decision
    setSaving(true);
    // No outcome chosen goes to the command as it is: it answers with every problem at once.
    const fields = {
      ...form,
      decidedBy: form.decidedBy.trim(),
      reevaluateOn: form.reevaluateOn || null,
    } as DecisionFields;
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
          <FieldSet legend="Decision" error={errors.outcome}>
            {DECISION_OUTCOMES.map((outcome) => (
              // The radio's name is the outcome alone; what it means is its description.
              <div key={outcome} className="decision-choice">
                <input
                  type="radio"
                  id={`${outcomeName}-${outcome}`}
                  name={outcomeName}
                  value={outcome}
                  checked={form.outcome === outcome}
                  aria-describedby={`${outcomeName}-${outcome}-hint`}
                  onChange={() => set('outcome', outcome)}
                />
                <span className="decision-choice__text">
                  <label htmlFor={`${outcomeName}-${outcome}`}>{DECISION_LABELS[outcome]}</label>
                  <span id={`${outcomeName}-${outcome}-hint`} className="decision-choice__hint">
                    {OUTCOME_HINTS[outcome]}
                  </span>
                </span>
              </div>
            ))}
          </FieldSet>
          <div className="field-row">
            <TextField
              label="Decided by"
              hint="Who took the decision."
              list={peopleId}
              required
              {...bind('decidedBy')}
            />
            <DateField label="Decided on" max={today} required {...bind('decidedOn')} />
          </div>
          <datalist id={peopleId}>
            {peopleByName(workspace).map((p) => (
              <option key={p.id} value={p.name} />
            ))}
          </datalist>
          {form.outcome === 'conditional-go' && (
            <TextField
              label="Risk accepted by"
              hint="The person who accepts launching with sign-offs still open."
              list={peopleId}
              required
              {...bind('riskAcceptedBy')}
            />
          )}
          {form.outcome === 'no-go' && (
            <DateField
              label="Re-evaluate on"
              hint="A day after the decision."
              min={isSupportedDay(form.decidedOn) ? addDays(form.decidedOn, 1) : undefined}
              required
              {...bind('reevaluateOn')}
            />
          )}
          {form.outcome !== 'no-go' && <TextField label="Conditions" rows={2} {...bind('conditions')} />}
          <TextField label="Notes" rows={2} {...bind('notes')} />
        </form>
      </Dialog>
    </div>,
    document.body,
  );
}
