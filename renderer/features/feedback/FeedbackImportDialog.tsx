/**
 * Import feedback from a CSV file: each of our fields takes a column (guessed from the header
 * row, changeable), the first rows are shown as they would be stored, and rows that cannot be
 * read are listed with their row number and reason and left out. Importing is one undoable
 * change; the count on the button is what will be imported.
 */
import { useMemo, useState } from 'react';
import {
  CSV_FIELD_LABELS,
  CSV_FIELDS,
  guessMapping,
  previewCsv,
  type CsvField,
  type CsvMapping,
} from '../../../shared/formats/feedback-csv';
import { importFeedback } from '../../../shared/domain/feedback/commands';
import {
  FEEDBACK_SOURCE_LABELS,
  FEEDBACK_STATUS_LABELS,
  SEVERITY_LABELS,
} from '../../../shared/domain/feedback/schema';
import type { FieldIssue } from '../../../shared/domain/errors';
import { countOf } from '../../../shared/domain/text';
import { recordOf } from '../../../shared/domain/workspace';
import { run } from '../../state/changes';
import { useDocument } from '../../state/document';
import { closeFeedbackImport, useFeedbackImport, type FeedbackCsvFile } from '../../state/feedback-view';
import { showToast } from '../../state/window';
import { Dialog } from '../../ui/Dialog';
import { SelectField } from '../../ui/Select';
import { moneyText, numberText } from './feedback-model';
import './feedback.css';

const PREVIEW_ROWS = 5;
const BAD_ROWS_LISTED = 50;

export function FeedbackImportDialog() {
  const file = useFeedbackImport((s) => s.file);
  // Keyed on the file, so a second file starts from its own guessed mapping.
  return file ? <ImportPreview key={`${file.name}:${file.rows.length}`} file={file} /> : null;
}

function ImportPreview({ file }: { file: FeedbackCsvFile }) {
  const workspace = useDocument((s) => s.workspace);
  const header = file.rows[0]!;
  const [mapping, setMapping] = useState<CsvMapping>(() => guessMapping(header));
  const [importing, setImporting] = useState(false);
  // Why the last import was refused (a record the preview let through that the command did not).
  const [refused, setRefused] = useState<readonly FieldIssue[]>([]);
  // Against the workspace as it is now: a launch renamed in another window shows at once.
  const preview = useMemo(() => previewCsv(workspace, file.rows, mapping), [workspace, file.rows, mapping]);
  const columns = header.map((name, index) => ({
    value: String(index),
    label: name.trim() || `Column ${index + 1}`,
  }));
  const titleMissing = mapping.title < 0;

  const confirm = async () => {
    setImporting(true);
    const result = await run((ws, ctx) => importFeedback(ws, preview.good, ctx, file.name, preview.goodRows));
    setImporting(false);
    if (!result.ok) return setRefused(result.issues);
    showToast({
      tone: 'info',
      message: `Imported ${countOf(preview.good.length, 'feedback record')} from ${file.name}`,
    });
    closeFeedbackImport();
  };

  return (
    <Dialog
      title={`Import feedback from ${file.name}`}
      open
      onClose={closeFeedbackImport}
      actions={
        <>
          <button type="button" className="button" onClick={closeFeedbackImport}>
            Cancel
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={importing || titleMissing || preview.good.length === 0}
            onClick={() => void confirm()}
          >
            Import {countOf(preview.good.length, 'record')}
          </button>
        </>
      }
    >
      <div className="feedback-import">
        <h3 className="feedback-import__heading">Columns</h3>
        <p className="muted">
          Each field takes the column chosen; the choice is guessed from the header row.
        </p>
        <div className="feedback-import__mapping">
          {CSV_FIELDS.map((field: CsvField) => (
            <SelectField
              key={field}
              label={CSV_FIELD_LABELS[field]}
              value={mapping[field] < 0 ? '' : String(mapping[field])}
              empty="Not imported"
              options={columns}
              onChange={(value) => setMapping({ ...mapping, [field]: value === '' ? -1 : Number(value) })}
              error={field === 'title' && titleMissing ? 'Choose the column that holds the title' : undefined}
            />
          ))}
        </div>
        <p role="status" className="feedback-import__summary">
          {titleMissing
            ? 'Nothing can be imported until a column gives the title.'
            : `${countOf(preview.good.length, 'row')} will be imported` +
              (preview.bad.length ? `; ${countOf(preview.bad.length, 'row')} left out (see below).` : '.')}
        </p>
        {refused.length > 0 && (
          <div role="alert" className="feedback-import__refused">
            <p>Nothing was imported:</p>
            <ul className="feedback-import__problems">
              {refused.slice(0, BAD_ROWS_LISTED).map((issue, index) => (
                <li key={index}>{issue.message}</li>
              ))}
            </ul>
          </div>
        )}
        <h3 className="feedback-import__heading">As they will be stored</h3>
        <div className="table-scroll feedback-import__preview">
          <table className="table">
            <caption className="visually-hidden">The first rows as they will be stored</caption>
            <thead>
              <tr>
                <th scope="col">Row</th>
                <th scope="col">Title</th>
                <th scope="col">Source</th>
                <th scope="col">Account</th>
                <th scope="col">Region</th>
                <th scope="col">Severity</th>
                <th scope="col">Accounts</th>
                <th scope="col">Revenue</th>
                <th scope="col">Status</th>
                <th scope="col">Launch</th>
                <th scope="col">Themes</th>
              </tr>
            </thead>
            <tbody>
              {preview.rows.slice(0, PREVIEW_ROWS).map(({ row, fields, problems }) =>
                fields ? (
                  <tr key={row}>
                    <td className="numeric">{row}</td>
                    <td>{fields.title}</td>
                    <td>{FEEDBACK_SOURCE_LABELS[fields.source ?? 'other']}</td>
                    <td>{fields.account}</td>
                    <td>{fields.region ?? '—'}</td>
                    <td>{SEVERITY_LABELS[fields.severity ?? 2]}</td>
                    <td className="numeric">{numberText(fields.accountCount ?? 1)}</td>
                    <td className="numeric">{moneyText(fields.revenueAtStake ?? 0)}</td>
                    <td>{FEEDBACK_STATUS_LABELS[fields.status ?? 'new']}</td>
                    <td>{(fields.itemId && recordOf(workspace.items, fields.itemId)?.title) || '—'}</td>
                    <td>{fields.tags?.join(', ') || '—'}</td>
                  </tr>
                ) : (
                  <tr key={row} className="feedback-import__bad">
                    <td className="numeric">{row}</td>
                    <td colSpan={10}>Left out: {problems.join('; ')}</td>
                  </tr>
                ),
              )}
            </tbody>
          </table>
        </div>
        {preview.bad.length > 0 && (
          <>
            <h3 className="feedback-import__heading">Rows left out</h3>
            <ul className="feedback-import__problems" aria-label="Rows left out">
              {preview.bad.slice(0, BAD_ROWS_LISTED).map(({ row, problems }) => (
                <li key={row}>
                  Row {row}: {problems.join('; ')}
                </li>
              ))}
              {preview.bad.length > BAD_ROWS_LISTED && (
                <li>…and {countOf(preview.bad.length - BAD_ROWS_LISTED, 'more row')}</li>
              )}
            </ul>
          </>
        )}
      </div>
    </Dialog>
  );
}
