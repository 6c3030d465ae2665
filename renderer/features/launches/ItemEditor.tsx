/**
 * The launch item form: every field, validated by the same rules as the store. The side panel
 * (ItemEditorPanel.tsx) and the launch page's Overview render this one form in their own
 * frame. Nothing is saved until Save, and nothing at all when a field is invalid. Saving an
 * existing item writes only the fields the person changed (item-draft.ts), so an edit saved
 * in another window meanwhile is kept; a field changed in both is settled by the person.
 * While the form has changes it holds a leave guard, so nothing takes it away unasked.
 */
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { defaultItemFields } from '../../../shared/domain/items/commands';
import { createItemWithPlaybook } from '../../../shared/domain/playbooks/commands';
import type { LaunchItem, LaunchItemFields } from '../../../shared/domain/items/schema';
import { HEALTHS, HEALTH_LABELS, KINDS, KIND_LABELS } from '../../../shared/domain/primitives';
import { settingsOf } from '../../../shared/domain/workspace';
import { peopleByName } from '../../../shared/views/indexes';
import { run } from '../../state/changes';
import { saveItemEdit } from '../../state/item-dates';
import { showToast } from '../../state/window';
import { useDocument } from '../../state/document';
import { registerLeaveGuard, type GuardPlace } from '../../state/leave-guard';
import { CheckboxGroup } from '../../ui/CheckboxGroup';
import { ConfirmActions } from '../../ui/ConfirmActions';
import { DateField } from '../../ui/DateField';
import { optionsFrom, SelectField } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import { ConflictNotice } from '../../ui/ConflictNotice';
import { ItemPicker } from './ItemPicker';
import {
  chosenPlaybookId,
  FOLLOW_KIND_AND_TIER,
  offerTierAdditions,
  PlaybookChoice,
  type PlaybookChoiceValue,
} from './PlaybookChoice';
import {
  draftHasChanges,
  followElsewhere,
  keepMine,
  mergeDraft,
  startDraft,
  takeTheirs,
  type Draft,
} from './item-draft';
import { HealthDisagreement } from './DecisionsSection';
import { errorsByField, fieldsFromForm, type ItemForm } from './item-form';
import { describeValue, FIELD_LABELS } from './item-values';
import './launches.css';

/** The form's fields that hold one string: text, dates and the choice of a select. */
type StringKey = { [K in keyof ItemForm]: ItemForm[K] extends string ? K : never }[keyof ItemForm];

const DATE_FIELDS = [
  ['startDate', 'Start date'],
  ['launchDate', 'Launch date (T-0)'],
  ['endDate', 'End date'],
] as const satisfies readonly (readonly [StringKey, string])[];

/** Owners and approvers are picked from People; an empty workspace says where to add them. */
const NO_PEOPLE = 'No people yet — add them in People (Alt+5).';

/** Options of records with an id and a name (stages, people). */
const named = (records: readonly { id: string; name: string }[]) =>
  records.map((r) => ({ value: r.id, label: r.name }));

export interface ItemEditorProps {
  /** The item edited, or null for a new one. */
  itemId: string | null;
  /** Where the form lives: its leave guard's place, and its layout. */
  place: GuardPlace;
  /** Above the fields (the panel's title bar); receives the form's title. */
  header?: (title: string) => ReactNode;
  /** After a save landed. */
  onSaved: () => void;
  /** Cancel pressed (the frame asks first when there are changes). */
  onCancel: () => void;
  /** Below the fields (the panel shows the go/no-go decisions there). */
  children?: ReactNode;
  /** The title field takes the focus when the form opens (the side panel). */
  autoFocus?: boolean;
  /** A new item's fields other than the defaults (a beta or wave of a launch: kind, parent). */
  initial?: Partial<LaunchItemFields>;
}

export function ItemEditor({
  itemId,
  place,
  header,
  onSaved,
  onCancel,
  children,
  autoFocus,
  initial,
}: ItemEditorProps) {
  const workspace = useDocument((s) => s.workspace);
  const settings = settingsOf(workspace);
  const editingId = itemId;
  const current = editingId ? workspace.items[editingId] : undefined;
  const [draft, setDraft] = useState<Draft>(() =>
    startDraft(current ?? { ...defaultItemFields(workspace), ...initial }),
  );
  const form = draft.form;
  const [errors, setErrors] = useState<ReturnType<typeof errorsByField>>({});
  const [saving, setSaving] = useState(false);
  /** Save found fields changed both here and elsewhere: they are shown until settled. */
  const [settling, setSettling] = useState(false);
  /** A new item's checklist: its kind and tier's playbook unless the person picks another or none. */
  const [playbook, setPlaybook] = useState<PlaybookChoiceValue>(FOLLOW_KIND_AND_TIER);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (autoFocus) formRef.current?.querySelector<HTMLInputElement>('input[name="title"]')?.focus();
  }, [autoFocus]);

  // Unsaved changes hold a guard; it names the item as stored (or the new item's title).
  const dirty = draftHasChanges(draft);
  const guardTitle = (current?.title ?? form.title).trim() || 'New launch item';
  useEffect(
    () => (dirty ? registerLeaveGuard(place, () => guardTitle) : undefined),
    [dirty, place, guardTitle],
  );

  // What the person sees is what is stored, except in the fields they have changed.
  useEffect(() => {
    if (!editingId) return;
    return useDocument.subscribe((state, previous) => {
      const item = state.workspace.items[editingId];
      if (item && item !== previous.workspace.items[editingId]) setDraft((d) => followElsewhere(d, item));
    });
  }, [editingId]);

  const set = <K extends keyof ItemForm>(key: K, value: ItemForm[K]) =>
    setDraft((d) => ({ ...d, form: { ...d.form, [key]: value } }));
  /** A field's value, error and change handler (a select's values are those of its options). */
  const bind = (key: StringKey) => ({
    value: form[key],
    error: errors[key],
    onChange: (value: string) => set(key, value as ItemForm[typeof key]),
  });

  const people = peopleByName(workspace);
  const tiers = settings.tiers.map((t) => ({ value: String(t.tier), label: t.name, title: t.description }));
  const notSelf = useCallback((item: LaunchItem) => item.id === editingId, [editingId]);
  const conflicts = settling && current ? mergeDraft(draft, current).conflicts : [];

  const saveDraft = async (toSave: Draft) => {
    if (saving) return;
    const fields = fieldsFromForm(toSave.form);
    let result;
    if (editingId) {
      const now = useDocument.getState().workspace.items[editingId];
      // Deleted elsewhere: the panel says so instead of the form.
      if (!now) return;
      const merge = mergeDraft(toSave, now);
      if (merge.conflicts.length) {
        setSettling(true);
        // Shown already (Save pressed again): bring the choice back into view.
        formRef.current?.querySelector<HTMLElement>('.conflict')?.focus();
        return;
      }
      setSaving(true);
      // A moved launch day may carry milestones, waves and betas along (asked, or as remembered).
      result = await saveItemEdit(editingId, merge.patch);
      if (result.ok) offerTierAdditions(editingId, now.tier);
    } else {
      setSaving(true);
      result = await run((ws, ctx) =>
        createItemWithPlaybook(ws, fields, chosenPlaybookId(ws, playbook, fields.kind, fields.tier), ctx),
      );
    }
    setSaving(false);
    if (!result.ok) {
      setErrors(errorsByField(result.issues));
      requestAnimationFrame(() =>
        formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
      );
      return;
    }
    const saved = editingId ? useDocument.getState().workspace.items[editingId] : undefined;
    showToast({ tone: 'info', message: `Saved “${(saved?.title ?? fields.title).trim()}”` }, 3000);
    // The form stays open on the page: it now starts from what was saved.
    if (saved) setDraft(startDraft(saved));
    onSaved();
  };

  /** Settles conflicts on `keys`; once none is left, the save the person asked for goes ahead. */
  const settle = (keys: string[], choose: typeof keepMine) => {
    const now = editingId ? useDocument.getState().workspace.items[editingId] : undefined;
    if (!now) return;
    const next = choose(draft, now, keys as (keyof LaunchItemFields)[]);
    setDraft(next);
    if (mergeDraft(next, now).conflicts.length === 0) {
      setSettling(false);
      void saveDraft(next);
    }
  };

  const title = current ? `Edit ${current.title}` : 'New launch item';
  return (
    <form
      ref={formRef}
      className={place === 'panel' ? 'panel__form' : 'item-form'}
      aria-label={place === 'page' ? 'Launch item fields' : undefined}
      onSubmit={(e) => {
        e.preventDefault();
        void saveDraft(draft);
      }}
      noValidate
    >
      {header?.(title)}
      <div className={place === 'panel' ? 'panel__body' : 'item-form__body'}>
        {conflicts.length > 0 && current && (
          <ConflictNotice
            conflicts={conflicts.map(({ field, mine, theirs }) => ({
              key: field,
              label: FIELD_LABELS[field],
              mine: describeValue(workspace, field, mine),
              theirs: describeValue(workspace, field, theirs),
            }))}
            onKeepMine={(keys) => settle(keys, keepMine)}
            onTakeTheirs={(keys) => settle(keys, takeTheirs)}
          />
        )}
        {errors.form && (
          <p className="form-error" role="alert">
            {errors.form}
          </p>
        )}
        <TextField label="Title" name="title" {...bind('title')} />
        <div className="field-row">
          <SelectField label="Kind" options={optionsFrom(KINDS, KIND_LABELS)} {...bind('kind')} />
          <SelectField label="Tier" options={tiers} {...bind('tier')} />
          <SelectField label="Stage" options={named(settings.stages)} {...bind('stageId')} />
        </div>
        {!editingId && (
          <PlaybookChoice kind={form.kind} tier={form.tier} value={playbook} onChange={setPlaybook} />
        )}
        <TextField label="Summary" rows={3} {...bind('summary')} />
        <div className="field-row">
          <TextField label="Product area" {...bind('productArea')} />
          <SelectField
            label="Owner (DRI)"
            empty="Unassigned"
            options={named(people)}
            hint={people.length === 0 ? NO_PEOPLE : undefined}
            {...bind('ownerId')}
          />
        </div>
        <div className="field-row">
          {DATE_FIELDS.map(([key, label]) => (
            <DateField key={key} label={label} {...bind(key)} />
          ))}
        </div>
        <CheckboxGroup
          legend="Regions"
          error={errors.regions}
          options={settings.regions.map((r) => ({ value: r.code, label: r.code, title: r.name }))}
          selected={form.regions}
          onChange={(regions) => set('regions', regions)}
          empty="No regions yet — add them in Settings."
        />
        <CheckboxGroup
          legend="Approvers"
          error={errors.approverIds}
          options={named(people)}
          selected={form.approverIds}
          onChange={(ids) => set('approverIds', ids)}
          empty={NO_PEOPLE}
        />
        <ItemPicker
          label="Parent launch"
          hint="Betas and rollouts usually belong to a launch."
          error={errors.parentId}
          selected={form.parentId ? [form.parentId] : []}
          onChange={(ids) => set('parentId', ids[0] ?? '')}
          multiple={false}
          exclude={notSelf}
        />
        <ItemPicker
          label="Depends on"
          hint="Items that must finish before this one starts."
          error={errors.dependsOn}
          selected={form.dependsOn}
          onChange={(ids) => set('dependsOn', ids)}
          multiple
          exclude={notSelf}
        />
        <div className="field-row">
          <SelectField
            label="Health"
            hint="Automatic health comes from the evidence: readiness, dates, decisions, collisions."
            empty="Automatic"
            options={HEALTHS.map((h) => ({ value: h, label: `Override: ${HEALTH_LABELS[h]}` }))}
            {...bind('health')}
          />
          {form.health && <TextField label="Reason for override" {...bind('healthReason')} />}
        </div>
        {/* A saved override the evidence contradicts ("green outside, red inside"). */}
        {editingId && <HealthDisagreement itemId={editingId} />}
        <TextField label="Tags" hint="Separate tags with commas." {...bind('tags')} />
        <TextField label="Links" hint="One per line: Label | https://…" rows={2} {...bind('links')} />
        <label className="checkbox">
          <input
            type="checkbox"
            checked={form.archived}
            onChange={(e) => set('archived', e.target.checked)}
          />
          Archived (hidden from the board and timeline)
        </label>
        {children}
      </div>
      <footer className={place === 'panel' ? 'panel__footer' : 'item-form__footer'}>
        <ConfirmActions
          submit
          confirmLabel={editingId ? 'Save changes' : 'Create launch item'}
          disabled={saving}
          onCancel={onCancel}
        />
      </footer>
    </form>
  );
}
