/**
 * Adding or editing one person: name, team, role, region, e-mail and subject-matter areas, in a
 * dialog whose form saves on Enter. The same commands as everywhere judge the input; their
 * messages show beside the fields, and nothing is saved while one is wrong.
 */
import { useId, useState } from 'react';
import type { FieldIssue } from '../../../shared/domain/errors';
import { createPerson, defaultPersonFields, updatePerson } from '../../../shared/domain/people/commands';
import type { Person } from '../../../shared/domain/people/schema';
import { settingsOf } from '../../../shared/domain/workspace';
import { run } from '../../state/changes';
import { useDocument } from '../../state/document';
import { showToast } from '../../state/window';
import { ConfirmActions } from '../../ui/ConfirmActions';
import { Dialog } from '../../ui/Dialog';
import { SelectField } from '../../ui/Select';
import { TextField } from '../../ui/TextField';

interface PersonForm {
  name: string;
  team: string;
  role: string;
  region: string;
  email: string;
  /** As typed: comma-separated. */
  areas: string;
}

function formOf(person: Omit<Person, 'id'>): PersonForm {
  return { ...person, region: person.region ?? '', areas: (person.areas ?? []).join(', ') };
}

function fieldsOf(form: PersonForm) {
  return { ...form, region: form.region || null, areas: form.areas.split(',') };
}

/** Only the fields changed since the dialog opened: an edit saved meanwhile elsewhere is kept. */
function changedFields(form: PersonForm, initial: PersonForm) {
  const fields = fieldsOf(form);
  const keys = (Object.keys(form) as (keyof PersonForm)[]).filter((key) => form[key] !== initial[key]);
  return Object.fromEntries(keys.map((key) => [key, fields[key]])) as Partial<ReturnType<typeof fieldsOf>>;
}

/** The first message for each field ("areas.2" counts as areas; '' is the form's own). */
function errorsOf(issues: FieldIssue[]): Partial<Record<keyof PersonForm | 'form', string>> {
  const errors: Partial<Record<string, string>> = {};
  for (const { path, message } of issues) {
    const key = path.split('.')[0] || 'form';
    errors[key] ??= message;
  }
  return errors;
}

interface Props {
  /** The person to edit, or null to add someone. */
  person: Person | null;
  onClose: () => void;
}

export function PersonDialog({ person, onClose }: Props) {
  const regions = useDocument((s) => settingsOf(s.workspace).regions);
  const [initial] = useState<PersonForm>(() => formOf(person ?? defaultPersonFields()));
  const [form, setForm] = useState<PersonForm>(initial);
  const [errors, setErrors] = useState<ReturnType<typeof errorsOf>>({});
  const [saving, setSaving] = useState(false);
  const formId = useId();
  const bind = (key: keyof PersonForm) => ({
    value: form[key],
    error: errors[key],
    onChange: (value: string) => setForm((f) => ({ ...f, [key]: value })),
  });

  const save = async () => {
    if (saving) return;
    setSaving(true);
    const result = person
      ? await run((ws) => updatePerson(ws, person.id, changedFields(form, initial)))
      : await run((ws, ctx) => createPerson(ws, fieldsOf(form), ctx));
    setSaving(false);
    if (!result.ok) {
      setErrors(errorsOf(result.issues));
      return;
    }
    showToast({ tone: 'info', message: `${person ? 'Saved' : 'Added'} “${form.name.trim()}”` }, 3000);
    onClose();
  };

  return (
    <Dialog
      title={person ? `Edit ${person.name}` : 'Add a person'}
      open
      onClose={onClose}
      actions={
        <ConfirmActions
          form={formId}
          confirmLabel={person ? 'Save person' : 'Add person'}
          disabled={saving}
          onCancel={onClose}
        />
      }
    >
      <form
        id={formId}
        className="person-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        {errors.form && (
          <p className="form-error" role="alert">
            {errors.form}
          </p>
        )}
        <TextField label="Name" autoFocus {...bind('name')} />
        <div className="field-row">
          <TextField label="Team" {...bind('team')} />
          <TextField label="Role" {...bind('role')} />
        </div>
        <div className="field-row">
          <SelectField
            label="Region"
            empty="No region"
            options={regions.map((r) => ({ value: r.code, label: `${r.code} — ${r.name}` }))}
            {...bind('region')}
          />
          <TextField label="E-mail" {...bind('email')} />
        </div>
        <TextField
          label="Subject-matter areas"
          hint="What people can ask them about. Separate areas with commas."
          {...bind('areas')}
        />
      </form>
    </Dialog>
  );
}
