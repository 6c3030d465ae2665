/** Blackout windows: periods when nothing should launch in some regions. List, add, edit, delete. */
import { useState } from 'react';
import { formatDay } from '../../../shared/dates/days';
import {
  createBlackout,
  deleteBlackout,
  updateBlackout,
  type BlackoutFields,
} from '../../../shared/domain/blackouts/commands';
import type { FieldIssue } from '../../../shared/domain/errors';
import { settingsOf } from '../../../shared/domain/workspace';
import { blackoutsByStart } from '../../../shared/views/indexes';
import { run } from '../../state/changes';
import { useDocument } from '../../state/document';
import { Dialog } from '../../ui/Dialog';
import { CheckboxGroup } from '../../ui/CheckboxGroup';
import { ConfirmActions } from '../../ui/ConfirmActions';
import { DateField } from '../../ui/DateField';
import { TextField } from '../../ui/TextField';

const EMPTY: BlackoutFields = { title: '', start: '', end: '', regions: [], reason: '' };

export function BlackoutsDialog({ onClose }: { onClose: () => void }) {
  const workspace = useDocument((s) => s.workspace);
  const regions = settingsOf(workspace).regions;
  const windows = blackoutsByStart(workspace);
  const [editing, setEditing] = useState<string | null>(null);
  const [form, setForm] = useState<BlackoutFields>(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const edit = (id: string | null) => {
    const window = id ? workspace.blackouts[id] : undefined;
    setEditing(id ?? 'new');
    setForm(
      window
        ? {
            title: window.title,
            start: window.start,
            end: window.end,
            regions: window.regions,
            reason: window.reason,
          }
        : EMPTY,
    );
    setErrors({});
  };
  const bind = (key: 'title' | 'start' | 'end' | 'reason') => ({
    value: form[key],
    error: errors[key],
    onChange: (value: string) => setForm({ ...form, [key]: value }),
  });
  const save = async () => {
    const result =
      editing === 'new'
        ? await run((ws, ctx) => createBlackout(ws, form, ctx))
        : await run((ws) => updateBlackout(ws, editing!, form));
    if (result.ok) setEditing(null);
    else
      setErrors(
        Object.fromEntries(result.issues.map((i: FieldIssue) => [i.path.split('.')[0] || 'form', i.message])),
      );
  };

  return (
    <Dialog
      title="Blackout windows"
      open
      onClose={onClose}
      actions={
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      }
    >
      {windows.length === 0 && <p className="muted">No blackout windows yet.</p>}
      <ul className="stack-list blackout-list">
        {windows.map((b) => (
          <li key={b.id}>
            <span>
              <strong>{b.title}</strong> · {formatDay(b.start)} – {formatDay(b.end)} ·{' '}
              {b.regions.length ? b.regions.join(', ') : 'all regions'}
            </span>
            <span>
              <button
                type="button"
                className="button button--small"
                onClick={() => edit(b.id)}
                aria-label={`Edit ${b.title}`}
              >
                Edit
              </button>{' '}
              <button
                type="button"
                className="button button--small button--danger"
                aria-label={`Delete ${b.title}`}
                onClick={() => void run((ws) => deleteBlackout(ws, b.id))}
              >
                Delete
              </button>
            </span>
          </li>
        ))}
      </ul>
      {editing === null ? (
        <button type="button" className="button" onClick={() => edit(null)}>
          Add blackout window
        </button>
      ) : (
        <form
          className="blackout-form"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
          noValidate
        >
          {errors.form && <p className="form-error">{errors.form}</p>}
          <TextField label="Title" autoFocus {...bind('title')} />
          <div className="field-row">
            <DateField label="First day" {...bind('start')} />
            <DateField label="Last day" {...bind('end')} />
          </div>
          <CheckboxGroup
            legend="Regions (none: every region)"
            error={errors.regions}
            options={regions.map((r) => ({ value: r.code, label: r.code }))}
            selected={form.regions}
            onChange={(codes) => setForm({ ...form, regions: codes })}
          />
          <TextField label="Reason" {...bind('reason')} />
          <div className="toolbar">
            <ConfirmActions
              submit
              confirmLabel={editing === 'new' ? 'Add window' : 'Save window'}
              onCancel={() => setEditing(null)}
            />
          </div>
        </form>
      )}
    </Dialog>
  );
}
