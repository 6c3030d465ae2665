/**
 * A beta's participants: the accounts taking part, with a form to add one, a status changed in
 * place (a participant becoming active without a joined day joins today), a row edited in
 * place (Escape cancels) and removal with undo. A status filter narrows a long list.
 */
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { formatDay } from '../../../shared/dates/days';
import { addParticipant, removeParticipant, updateParticipant } from '../../../shared/domain/betas/commands';
import {
  PARTICIPANT_STATUSES,
  PARTICIPANT_STATUS_LABELS,
  type Participant,
  type ParticipantStatus,
} from '../../../shared/domain/betas/schema';
import { settingsOf } from '../../../shared/domain/workspace';
import { participantsOf } from '../../../shared/views/betas';
import { run } from '../../state/changes';
import { useDocument } from '../../state/document';
import { showToast } from '../../state/window';
import { Select, optionsFrom } from '../../ui/Select';
import {
  EMPTY_PARTICIPANT,
  changedFieldsOf,
  draftOf,
  fieldsOf,
  type ParticipantDraft,
} from './participant-draft';

const STATUS_OPTIONS = optionsFrom(PARTICIPANT_STATUSES, PARTICIPANT_STATUS_LABELS);
/** The command's messages by field ('regions' from the integrity rule is the region field). */
const errorsOf = (issues: readonly { path: string; message: string }[]) =>
  Object.fromEntries(issues.map((i) => [i.path === 'regions' ? 'region' : i.path || 'form', i.message]));

function useRegionOptions() {
  const regions = useDocument((s) => settingsOf(s.workspace).regions);
  return regions.map((r) => ({ value: r.code, label: `${r.code} — ${r.name}` }));
}

export function ParticipantsTable({ betaId }: { betaId: string }) {
  const participants = useDocument((s) => participantsOf(s.workspace, betaId));
  const [filter, setFilter] = useState<ParticipantStatus | ''>('');
  const [editing, setEditing] = useState<string | null>(null);
  const headingId = useId();
  const table = useRef<HTMLTableElement>(null);
  // Back to the row's Edit button once editing ends, so the keyboard carries on from there.
  const endEditing = (id: string) => {
    setEditing(null);
    requestAnimationFrame(() =>
      table.current?.querySelector<HTMLElement>(`[data-edit="${CSS.escape(id)}"]`)?.focus(),
    );
  };
  const shown = filter ? participants.filter((p) => p.status === filter) : participants;
  return (
    <section className="beta-section" aria-labelledby={headingId}>
      <div className="beta-section__head">
        <h2 id={headingId} className="beta-section__title">
          Participants
        </h2>
        {participants.length > 0 && (
          <label className="beta-filter">
            <span>Show</span>
            <Select
              value={filter}
              options={STATUS_OPTIONS}
              empty="Every status"
              onChange={(value) => setFilter(value as ParticipantStatus | '')}
              aria-label="Show participants by status"
            />
          </label>
        )}
      </div>
      <AddParticipantForm betaId={betaId} />
      {participants.length === 0 ? (
        <p className="beta-empty">
          No participants yet. Add the accounts taking part in this beta — who to talk to, their segment and
          region — and follow them from invited to active, graduated or dropped.
        </p>
      ) : shown.length === 0 ? (
        <p className="beta-empty">
          No participant is {PARTICIPANT_STATUS_LABELS[filter as ParticipantStatus]}.
        </p>
      ) : (
        <table ref={table} className="table launch-table beta-participants">
          <caption className="visually-hidden">Participants</caption>
          <thead>
            <tr>
              <th scope="col">Account</th>
              <th scope="col">Segment</th>
              <th scope="col">Region</th>
              <th scope="col">Status</th>
              <th scope="col">Joined</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((p) =>
              editing === p.id ? (
                <EditRow key={p.id} participant={p} onDone={() => endEditing(p.id)} />
              ) : (
                <ParticipantRow key={p.id} participant={p} onEdit={() => setEditing(p.id)} />
              ),
            )}
          </tbody>
        </table>
      )}
    </section>
  );
}

function ParticipantRow({ participant: p, onEdit }: { participant: Participant; onEdit: () => void }) {
  const setStatus = (status: string) =>
    void run((ws, ctx) => updateParticipant(ws, p.id, { status: status as ParticipantStatus }, ctx));
  const remove = () =>
    void run((ws) => removeParticipant(ws, p.id)).then((result) => {
      if (result.ok) showToast({ tone: 'info', message: `${result.value.label} — Ctrl+Z undoes it` }, 4000);
    });
  return (
    <tr>
      <th scope="row" className="beta-participants__account">
        {p.account}
        {p.contact && <span className="table__meta">{p.contact}</span>}
      </th>
      <td>{p.segment || <span className="muted">—</span>}</td>
      <td>{p.region ?? <span className="muted">—</span>}</td>
      <td>
        <Select
          value={p.status}
          options={STATUS_OPTIONS}
          onChange={setStatus}
          aria-label={`Status of ${p.account}`}
        />
      </td>
      <td>{p.joinedOn ? formatDay(p.joinedOn) : <span className="muted">—</span>}</td>
      <td className="beta-actions">
        <button
          type="button"
          className="link-button"
          aria-label={`Edit ${p.account}`}
          data-edit={p.id}
          onClick={onEdit}
        >
          Edit
        </button>
        <button type="button" className="link-button" aria-label={`Remove ${p.account}`} onClick={remove}>
          Remove
        </button>
      </td>
    </tr>
  );
}

/** The fields of a participant, shared by the add form and the edit row. */
function ParticipantInputs({
  draft,
  set,
  errors,
  accountRef,
  labelSuffix = '',
}: {
  draft: ParticipantDraft;
  set: (key: keyof ParticipantDraft, value: string) => void;
  errors: Record<string, string>;
  accountRef?: React.Ref<HTMLInputElement>;
  labelSuffix?: string;
}) {
  const regions = useRegionOptions();
  const text = (key: 'account' | 'contact' | 'segment', label: string, placeholder: string) => (
    <label className="beta-form__field">
      <span className="field__label">{label}</span>
      <input
        ref={key === 'account' ? accountRef : undefined}
        className="input"
        value={draft[key]}
        placeholder={placeholder}
        aria-label={`${label}${labelSuffix}`}
        aria-invalid={errors[key] ? true : undefined}
        onChange={(e) => set(key, e.target.value)}
      />
      {errors[key] && <span className="field__error">{errors[key]}</span>}
    </label>
  );
  return (
    <>
      {text('account', 'Account', 'Northwind Traders')}
      {text('contact', 'Contact', 'Name, role or e-mail')}
      {text('segment', 'Segment', 'Enterprise, SMB…')}
      <label className="beta-form__field">
        <span className="field__label">Region</span>
        <Select
          value={draft.region}
          options={regions}
          empty="No region"
          onChange={(value) => set('region', value)}
          aria-label={`Region${labelSuffix}`}
        />
        {errors.region && <span className="field__error">{errors.region}</span>}
      </label>
      <label className="beta-form__field">
        <span className="field__label">Status</span>
        <Select
          value={draft.status}
          options={STATUS_OPTIONS}
          onChange={(value) => set('status', value)}
          aria-label={`Status${labelSuffix}`}
        />
      </label>
    </>
  );
}

function useDraft(initial: ParticipantDraft) {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (key: keyof ParticipantDraft, value: string) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setErrors(({ [key]: _gone, ...rest }) => rest);
  };
  return { draft, setDraft, errors, setErrors, set };
}

function AddParticipantForm({ betaId }: { betaId: string }) {
  const { draft, setDraft, errors, setErrors, set } = useDraft(EMPTY_PARTICIPANT);
  const account = useRef<HTMLInputElement>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await run((ws, ctx) => addParticipant(ws, betaId, fieldsOf(draft), ctx));
    if (!result.ok) {
      setErrors(errorsOf(result.issues));
      return;
    }
    // Ready for the next account.
    setDraft(EMPTY_PARTICIPANT);
    account.current?.focus();
  };
  return (
    <form className="beta-form" aria-label="Add a participant" onSubmit={(e) => void submit(e)} noValidate>
      <ParticipantInputs draft={draft} set={set} errors={errors} accountRef={account} />
      <button type="submit" className="button button--small beta-form__submit">
        Add participant
      </button>
    </form>
  );
}

function EditRow({ participant: p, onDone }: { participant: Participant; onDone: () => void }) {
  // The form as it opened: only what the person changes from it is saved.
  const [initial] = useState(() => draftOf(p));
  const { draft, errors, setErrors, set } = useDraft(initial);
  const form = useRef<HTMLFormElement>(null);
  // Editing starts in the account field.
  useEffect(() => form.current?.querySelector('input')?.focus(), []);
  const save = async (event: FormEvent) => {
    event.preventDefault();
    const result = await run((ws, ctx) => updateParticipant(ws, p.id, changedFieldsOf(initial, draft), ctx));
    if (result.ok) onDone();
    else setErrors(errorsOf(result.issues));
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    onDone();
  };
  return (
    <tr>
      <td colSpan={6}>
        <form
          ref={form}
          className="beta-form beta-form--edit"
          aria-label={`Edit ${p.account}`}
          onSubmit={(e) => void save(e)}
          onKeyDown={onKeyDown}
          noValidate
        >
          <ParticipantInputs draft={draft} set={set} errors={errors} labelSuffix={` of ${p.account}`} />
          <div className="beta-form__submit">
            <button type="submit" className="button button--small button--primary">
              Save
            </button>
            <button type="button" className="button button--small" onClick={onDone}>
              Cancel
            </button>
          </div>
        </form>
      </td>
    </tr>
  );
}
