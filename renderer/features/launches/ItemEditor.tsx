/**
 * The side panel editor for one launch item: every field, validated by the same rules as the
 * store. Nothing is saved until Save, and nothing at all when a field is invalid.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createItem, defaultItemFields, updateItem } from '../../../shared/domain/items/commands';
import type { LaunchItem, LaunchItemFields } from '../../../shared/domain/items/schema';
import { HEALTHS, HEALTH_LABELS, KINDS, KIND_LABELS } from '../../../shared/domain/primitives';
import { settingsOf } from '../../../shared/domain/workspace';
import { run } from '../../state/changes';
import { closeEditor, showToast, useWindow, type EditorState } from '../../state/window';
import { useDocument } from '../../state/document';
import { Field, FieldSet } from '../../ui/Field';
import { DecisionsSection } from './DecisionsSection';
import { ItemPicker } from './ItemPicker';
import { errorsByField, fieldsFromForm, formFromFields, type ItemForm } from './item-form';

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

export function ItemEditorPanel() {
  const editor = useWindow((s) => s.editor);
  const item = useDocument((s) => (editor.mode === 'edit' ? s.workspace.items[editor.id] : undefined));
  if (editor.mode === 'closed') return null;
  if (editor.mode === 'edit' && !item) return <MissingItem />;
  // A new key per opened item resets the form state.
  return <ItemEditor key={editor.mode === 'edit' ? editor.id : 'new'} editor={editor} />;
}

function MissingItem() {
  return (
    <aside className="panel" role="dialog" aria-label="Launch item">
      <p>This launch item no longer exists; it may have been deleted in another window.</p>
      <button type="button" className="button" onClick={closeEditor}>
        Close
      </button>
    </aside>
  );
}

function ItemEditor({ editor }: { editor: Exclude<EditorState, { mode: 'closed' }> }) {
  const workspace = useDocument((s) => s.workspace);
  const settings = settingsOf(workspace);
  const editingId = editor.mode === 'edit' ? editor.id : null;
  const initial = useMemo<LaunchItemFields>(() => {
    const existing = editingId ? workspace.items[editingId] : undefined;
    return existing ?? defaultItemFields(workspace);
    // The form starts from the item as it was when opened; later edits elsewhere don't reset typing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editingId]);
  const [form, setForm] = useState<ItemForm>(() => formFromFields(initial));
  const [errors, setErrors] = useState<ReturnType<typeof errorsByField>>({});
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const returnFocus = useRef<Element | null>(document.activeElement);

  useEffect(() => {
    formRef.current?.querySelector<HTMLInputElement>('input[name="title"]')?.focus();
    const target = returnFocus.current;
    return () => {
      if (target instanceof HTMLElement && target.isConnected) target.focus();
    };
  }, []);

  const set = <K extends keyof ItemForm>(key: K, value: ItemForm[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const toggle = (key: 'approverIds' | 'regions', value: string, on: boolean) =>
    setForm((f) => ({ ...f, [key]: on ? [...f[key], value] : f[key].filter((v) => v !== value) }));

  const people = useMemo(
    () => Object.values(workspace.people).sort((a, b) => collator.compare(a.name, b.name)),
    [workspace.people],
  );
  const notSelf = useCallback((item: LaunchItem) => item.id === editingId, [editingId]);

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    const fields = fieldsFromForm(form);
    const result = editingId
      ? await run((ws, ctx) => updateItem(ws, editingId, fields, ctx))
      : await run((ws, ctx) => createItem(ws, fields, ctx));
    setSaving(false);
    if (!result.ok) {
      setErrors(errorsByField(result.issues));
      requestAnimationFrame(() =>
        formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
      );
      return;
    }
    showToast({ tone: 'info', message: `Saved “${fields.title.trim()}”` }, 3000);
    closeEditor();
  };

  const title = editingId ? `Edit ${initial.title}` : 'New launch item';
  return (
    <aside
      className="panel"
      role="dialog"
      aria-labelledby="editor-title"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          closeEditor();
        }
      }}
    >
      <form ref={formRef} className="panel__form" onSubmit={(e) => void save(e)} noValidate>
        <header className="panel__header">
          <h2 id="editor-title">{title}</h2>
          <button type="button" className="icon-button" aria-label="Close editor" onClick={closeEditor}>
            ×
          </button>
        </header>
        <div className="panel__body">
          {errors.form && (
            <p className="form-error" role="alert">
              {errors.form}
            </p>
          )}
          <Field label="Title" error={errors.title}>
            <input
              name="title"
              className="input"
              value={form.title}
              onChange={(e) => set('title', e.target.value)}
            />
          </Field>
          <div className="field-row">
            <Field label="Kind" error={errors.kind}>
              <select
                className="input"
                value={form.kind}
                onChange={(e) => set('kind', e.target.value as ItemForm['kind'])}
              >
                {KINDS.map((k) => (
                  <option key={k} value={k}>
                    {KIND_LABELS[k]}
                  </option>
                ))}
              </select>
            </Field>
            <Field label="Tier" error={errors.tier}>
              <select className="input" value={form.tier} onChange={(e) => set('tier', e.target.value)}>
                {settings.tiers.map((t) => (
                  <option key={t.tier} value={t.tier} title={t.description}>
                    {t.name}
                  </option>
                ))}
              </select>
            </Field>
            <Field label="Stage" error={errors.stageId}>
              <select className="input" value={form.stageId} onChange={(e) => set('stageId', e.target.value)}>
                {settings.stages.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            </Field>
          </div>
          <Field label="Summary" error={errors.summary}>
            <textarea
              className="input"
              rows={3}
              value={form.summary}
              onChange={(e) => set('summary', e.target.value)}
            />
          </Field>
          <div className="field-row">
            <Field label="Product area" error={errors.productArea}>
              <input
                className="input"
                value={form.productArea}
                onChange={(e) => set('productArea', e.target.value)}
              />
            </Field>
            <Field label="Owner (DRI)" error={errors.ownerId}>
              <select className="input" value={form.ownerId} onChange={(e) => set('ownerId', e.target.value)}>
                <option value="">Unassigned</option>
                {people.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </select>
            </Field>
          </div>
          <div className="field-row">
            <Field label="Start date" error={errors.startDate}>
              <input
                type="date"
                className="input"
                value={form.startDate}
                onChange={(e) => set('startDate', e.target.value)}
              />
            </Field>
            <Field label="Launch date (T-0)" error={errors.launchDate}>
              <input
                type="date"
                className="input"
                value={form.launchDate}
                onChange={(e) => set('launchDate', e.target.value)}
              />
            </Field>
            <Field label="End date" error={errors.endDate}>
              <input
                type="date"
                className="input"
                value={form.endDate}
                onChange={(e) => set('endDate', e.target.value)}
              />
            </Field>
          </div>
          <FieldSet legend="Regions" error={errors.regions}>
            {settings.regions.length === 0 && (
              <span className="muted">No regions yet — add them in Settings.</span>
            )}
            {settings.regions.map((r) => (
              <label key={r.code} className="checkbox" title={r.name}>
                <input
                  type="checkbox"
                  checked={form.regions.includes(r.code)}
                  onChange={(e) => toggle('regions', r.code, e.target.checked)}
                />
                {r.code}
              </label>
            ))}
          </FieldSet>
          <FieldSet legend="Approvers" error={errors.approverIds}>
            {people.length === 0 && <span className="muted">No people yet.</span>}
            {people.map((p) => (
              <label key={p.id} className="checkbox">
                <input
                  type="checkbox"
                  checked={form.approverIds.includes(p.id)}
                  onChange={(e) => toggle('approverIds', p.id, e.target.checked)}
                />
                {p.name}
              </label>
            ))}
          </FieldSet>
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
            <Field label="Health" error={errors.health} hint="Automatic health comes from readiness.">
              <select
                className="input"
                value={form.health}
                onChange={(e) => set('health', e.target.value as ItemForm['health'])}
              >
                <option value="">Automatic</option>
                {HEALTHS.map((h) => (
                  <option key={h} value={h}>
                    Override: {HEALTH_LABELS[h]}
                  </option>
                ))}
              </select>
            </Field>
            {form.health && (
              <Field label="Reason for override" error={errors.healthReason}>
                <input
                  className="input"
                  value={form.healthReason}
                  onChange={(e) => set('healthReason', e.target.value)}
                />
              </Field>
            )}
          </div>
          <Field label="Tags" error={errors.tags} hint="Separate tags with commas.">
            <input className="input" value={form.tags} onChange={(e) => set('tags', e.target.value)} />
          </Field>
          <Field label="Links" error={errors.links} hint="One per line: Label | https://…">
            <textarea
              className="input"
              rows={2}
              value={form.links}
              onChange={(e) => set('links', e.target.value)}
            />
          </Field>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={form.archived}
              onChange={(e) => set('archived', e.target.checked)}
            />
            Archived (hidden from the board and timeline)
          </label>
          {editingId && <DecisionsSection itemId={editingId} />}
        </div>
        <footer className="panel__footer">
          <button type="button" className="button" onClick={closeEditor}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={saving}>
            {editingId ? 'Save changes' : 'Create launch item'}
          </button>
        </footer>
      </form>
    </aside>
  );
}
