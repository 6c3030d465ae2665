/**
 * Picks what a CSV or calendar export covers — one launch or all, one region or all, a range
 * of days, and for a CSV whether archived launch items come too (off: the launch list and "All
 * launches" alike leave them out) — shows how many records that is, and saves the file.
 * Nothing to export: it says so and Save stays off. A chosen launch another window deletes (or
 * archives) goes back to "All launches", and the dialog says so.
 */
import { useId, useMemo, useState } from 'react';
import { settingsOf } from '../../../shared/domain/workspace';
import type { ExportFilters } from '../../../shared/formats/filters';
import { closeExportDialog, useExportDialog, type ExportKind } from '../../state/export-dialog';
import { useDocument } from '../../state/document';
import { ConfirmActions } from '../../ui/ConfirmActions';
import { DateField } from '../../ui/DateField';
import { Dialog } from '../../ui/Dialog';
import { SelectField, type Option } from '../../ui/Select';
import { EXPORT_FORMATS, exportSummary, saveExport, withoutArchived } from './export-files';
import './exports.css';

export function ExportDialog() {
  const kind = useExportDialog((s) => s.kind);
  if (kind === null) return null;
  // A fresh form for each export opened.
  return <ExportForm key={kind} kind={kind} />;
}

/** What each export counts: the range reads differently for a calendar (its events' days). */
const RANGE_HINTS: Record<ExportKind, string> = {
  'items-csv': 'Launch items whose start, launch or end days fall in the range. Leave empty for all.',
  'readiness-csv': 'Readiness of the launch items whose days fall in the range. Leave empty for all.',
  calendar: 'Events on days in the range. Leave empty for all.',
};

function ExportForm({ kind }: { kind: ExportKind }) {
  const whole = useDocument((s) => s.workspace);
  // The calendar never has archived launches (its events are what is still planned).
  const archivable = kind !== 'calendar';
  const [includeArchived, setIncludeArchived] = useState(false);
  const withArchived = archivable && includeArchived;
  const workspace = useMemo(() => (withArchived ? whole : withoutArchived(whole)), [whole, withArchived]);
  const [chosenId, setLaunchId] = useState('');
  const [region, setRegion] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [saving, setSaving] = useState(false);
  const formId = useId();
  const format = EXPORT_FORMATS[kind];

  // A launch with its betas and waves: the items at the top of the tree, by title.
  const launchOptions = useMemo<Option[]>(
    () =>
      Object.values(workspace.items)
        .filter((item) => item.parentId === null)
        .sort((a, b) => a.title.localeCompare(b.title))
        .map((item) => ({
          value: item.id,
          label: `${item.title}${item.launchDate ? ` (${item.launchDate})` : ''}${item.archived ? ' — archived' : ''}`,
        })),
    [workspace.items],
  );
  // A launch deleted or archived meanwhile (here or in another window) is no longer a choice.
  const launchGone = chosenId !== '' && !launchOptions.some((option) => option.value === chosenId);
  const launchId = launchGone ? '' : chosenId;
  const regionOptions = useMemo<Option[]>(
    () => settingsOf(workspace).regions.map((r) => ({ value: r.code, label: `${r.name} (${r.code})` })),
    [workspace],
  );

  const rangeError = from && to && from > to ? 'The range ends before it starts' : undefined;
  const filters = useMemo<ExportFilters>(
    () => ({
      itemIds: launchId ? [launchId] : null,
      region: region || null,
      from: from || null,
      to: to || null,
    }),
    [launchId, region, from, to],
  );
  const summary = useMemo(
    () => (rangeError ? null : exportSummary(workspace, kind, filters)),
    [workspace, kind, filters, rangeError],
  );
  const empty = summary !== null && summary.count === 0;

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    if (saving || !summary || empty) return;
    setSaving(true);
    const saved = await saveExport(workspace, kind, filters);
    setSaving(false);
    if (saved) closeExportDialog();
  };

  return (
    <Dialog
      title={format.title}
      open
      onClose={closeExportDialog}
      actions={
        <ConfirmActions
          form={formId}
          confirmLabel={saving ? 'Saving…' : 'Save'}
          disabled={saving || summary === null || empty}
          onCancel={closeExportDialog}
        />
      }
    >
      <form id={formId} className="export-form" onSubmit={(e) => void save(e)} noValidate>
        <SelectField
          label="Launch"
          value={launchId}
          options={launchOptions}
          empty="All launches"
          onChange={setLaunchId}
          hint="A launch comes with its betas and rollout waves."
          autoFocus
        />
        {archivable ? (
          <label className="checkbox">
            <input
              type="checkbox"
              checked={includeArchived}
              onChange={(event) => setIncludeArchived(event.target.checked)}
            />
            Include archived items
          </label>
        ) : (
          <p className="field__hint">Archived launch items are left out of the calendar.</p>
        )}
        <SelectField
          label="Region"
          value={region}
          options={regionOptions}
          empty="All regions"
          onChange={setRegion}
        />
        <fieldset className="export-form__range">
          <legend className="field__label">Dates</legend>
          <p className="field__hint">{RANGE_HINTS[kind]}</p>
          <div className="export-form__days">
            <DateField label="From" value={from} onChange={setFrom} max={to || undefined} />
            <DateField label="To" value={to} onChange={setTo} min={from || undefined} error={rangeError} />
          </div>
        </fieldset>
        <p className={`export-form__count ${empty ? 'export-form__count--empty' : ''}`} role="status">
          {launchGone && 'The launch chosen was deleted or archived meanwhile: all launches are counted. '}
          {summary === null
            ? 'Fix the dates to see what will be exported.'
            : empty
              ? `Nothing to export: no ${kind === 'calendar' ? 'events' : kind === 'items-csv' ? 'launch items' : 'readiness items'} match these filters.`
              : `Will export ${summary.text}.`}
        </p>
      </form>
    </Dialog>
  );
}
