/**
 * Shows what an import would change (or why the file cannot be imported) before anything
 * happens: replacing the workspace with the file, or merging the file into it (added, changed
 * and kept records per table, and every record both sides changed, with the version taken and
 * why). An import is exempt from the go/no-go gate, so it also lists the items it would bring
 * in at or after the gate stage without a Go or Conditional go. What it shows is worked out
 * against the workspace as it is at each moment — another window's change shows at once — so
 * it is what confirming applies.
 */
import { useId, useMemo } from 'react';
import { countOf } from '../../../shared/domain/text';
import { TABLE_LABELS, type Workspace } from '../../../shared/domain/workspace';
import { itemsPastGateWithoutGo } from '../../../shared/formats/workspace-json';
import { useToday } from '../../state/useToday';
import { ConfirmActions } from '../../ui/ConfirmActions';
import { Dialog } from '../../ui/Dialog';
import { FieldSet } from '../../ui/Field';
import { useDocument } from '../../state/document';
import {
  mergePreview,
  replacePreview,
  useImportState,
  type ImportMode,
  type ImportState,
  type MergePreview,
} from '../../state/import-preview';
import type { TableDiff } from '../../../shared/formats/workspace-json';
import { cancelImport, chooseImportMode, confirmImport, importWarning } from './workspace-file';
import './ImportDialog.css';

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Items listed by name; the rest are counted. */
const LISTED = 8;

/**
 * The items that skipped the gate, by name and stage (nothing when there are none); for a
 * merge, only those it adds or takes from the file.
 */
function UngatedItems({ incoming, only }: { incoming: Workspace; only?: ReadonlySet<string> | undefined }) {
  const today = useToday();
  const all = useMemo(() => itemsPastGateWithoutGo(incoming, today), [incoming, today]);
  const items = only ? all.filter((item) => only.has(item.id)) : all;
  if (items.length === 0) return null;
  return (
    <div className="import-warning" role="note" aria-label="Launches without a go decision">
      <p>
        {countOf(items.length, 'item is', 'items are')} at or after the go/no-go gate without a Go or
        Conditional go. The import keeps {items.length === 1 ? 'it' : 'them'} where{' '}
        {items.length === 1 ? 'it is' : 'they are'}:
      </p>
      <ul>
        {items.slice(0, LISTED).map((item) => (
          <li key={item.id}>
            {item.title} ({item.stageName})
          </li>
        ))}
        {items.length > LISTED && <li>…and {countOf(items.length - LISTED, 'more item')}</li>}
      </ul>
    </div>
  );
}

const MODES: { mode: ImportMode; label: string; hint: string }[] = [
  {
    mode: 'replace',
    label: 'Replace the workspace',
    hint: 'The workspace becomes exactly what the file holds; records not in the file are removed.',
  },
  {
    mode: 'merge',
    label: 'Merge into the workspace',
    hint: 'Adds the file’s new records and takes its later edits; nothing here is removed, and the workspace keeps its settings.',
  },
];

function ModeChoice({ mode }: { mode: ImportMode }) {
  const name = useId();
  return (
    <FieldSet legend="How to import">
      {MODES.map((choice) => (
        <div key={choice.mode} className="import-choice">
          <input
            type="radio"
            id={`${name}-${choice.mode}`}
            name={name}
            checked={mode === choice.mode}
            aria-describedby={`${name}-${choice.mode}-hint`}
            onChange={() => chooseImportMode(choice.mode)}
          />
          <span className="import-choice__text">
            <label htmlFor={`${name}-${choice.mode}`}>{choice.label}</label>
            <span id={`${name}-${choice.mode}-hint`} className="import-choice__hint">
              {choice.hint}
            </span>
          </span>
        </div>
      ))}
    </FieldSet>
  );
}

function ReplacePreview({ diffs }: { diffs: TableDiff[] }) {
  if (diffs.length === 0)
    return <p>This file holds exactly what the workspace already has. There is nothing to import.</p>;
  return (
    <>
      <p>
        The workspace will be replaced by the file’s contents. A backup is taken first, and Ctrl+Z undoes it.
      </p>
      <table className="table table--compact" aria-label="What replacing changes">
        <thead>
          <tr>
            <th scope="col">Records</th>
            <th scope="col">Added</th>
            <th scope="col">Changed</th>
            <th scope="col">Removed</th>
          </tr>
        </thead>
        <tbody>
          {diffs.map((diff) => (
            <tr key={diff.table}>
              <th scope="row">{capitalise(TABLE_LABELS[diff.table][1])}</th>
              <td>{diff.added}</td>
              <td>{diff.changed}</td>
              <td>{diff.removed}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** Conflicts listed by name; a long list is cut and counted. */
const CONFLICTS_LISTED = 50;

function Conflicts({ conflicts }: { conflicts: MergePreview['conflicts'] }) {
  if (conflicts.length === 0) return null;
  return (
    <section className="import-conflicts" aria-label="Conflicts">
      <h3 className="import-conflicts__title">
        {countOf(conflicts.length, 'record differs', 'records differ')} between the file and the workspace
      </h3>
      <ul>
        {conflicts.slice(0, CONFLICTS_LISTED).map((conflict) => (
          <li key={`${conflict.table}/${conflict.id}/${conflict.name}`}>
            <span className={`import-conflicts__side import-conflicts__side--${conflict.winner}`}>
              {conflict.winner === 'file' ? 'File’s version' : 'Workspace’s version'}
            </span>{' '}
            {conflict.name} {conflict.reason}.
          </li>
        ))}
        {conflicts.length > CONFLICTS_LISTED && (
          <li>…and {countOf(conflicts.length - CONFLICTS_LISTED, 'more record')}</li>
        )}
      </ul>
    </section>
  );
}

function MergePreviewView({ merge }: { merge: MergePreview }) {
  // Only the tables the merge changes: the rest is summed up in one line below the table.
  const touched = merge.ok ? merge.tables.filter((row) => row.added + row.changed > 0) : [];
  const untouched = merge.ok
    ? merge.tables.filter((row) => row.added + row.changed === 0 && row.table !== 'settings')
    : [];
  if (!merge.ok)
    return (
      <>
        <p role="alert">
          This file cannot be merged: the merged workspace would break{' '}
          {merge.problems.length === 1 ? 'this rule' : 'these rules'}. Nothing was changed.
        </p>
        <ul className="problem-list" aria-label="Why it cannot be merged">
          {merge.problems.map((problem, index) => (
            <li key={index}>{problem}</li>
          ))}
        </ul>
        <Conflicts conflicts={merge.conflicts} />
      </>
    );
  return (
    <>
      <p>
        {merge.changes === 0
          ? 'The workspace already has everything this file would bring. There is nothing to merge.'
          : 'The file’s records are merged into the workspace by id. A backup is taken first, and Ctrl+Z undoes it.'}
      </p>
      {touched.length > 0 && (
        <table className="table table--compact" aria-label="What merging changes">
          <thead>
            <tr>
              <th scope="col">Records</th>
              <th scope="col">Added</th>
              <th scope="col">Changed</th>
              <th scope="col">Kept</th>
            </tr>
          </thead>
          <tbody>
            {touched.map((row) => (
              <tr key={row.table}>
                <th scope="row">{capitalise(TABLE_LABELS[row.table][1])}</th>
                <td>{row.added}</td>
                <td>{row.changed}</td>
                <td>{row.kept}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {touched.length > 0 && untouched.length > 0 && (
        <p className="import-untouched">
          Kept as they are:{' '}
          {untouched
            .map((row) => `${countOf(row.kept, TABLE_LABELS[row.table][0], TABLE_LABELS[row.table][1])}`)
            .join(', ')}
          .
        </p>
      )}
      <Conflicts conflicts={merge.conflicts} />
    </>
  );
}

export function ImportDialog() {
  const state = useImportState();
  if (state.step === 'idle') return null;
  const warning = importWarning(state);
  const warningNote = warning && (
    <p className="import-warning" role="note">
      {warning}
    </p>
  );
  if (state.step === 'invalid')
    return (
      <Dialog
        title={`${state.fileName} cannot be imported`}
        open
        onClose={cancelImport}
        actions={
          <button type="button" className="button button--primary" onClick={cancelImport}>
            Close
          </button>
        }
      >
        {warningNote}
        <p>
          Nothing was changed. The file has {state.errors.length === 1 ? 'this problem' : 'these problems'}:
        </p>
        <ul className="problem-list">
          {state.errors.map((error, index) => (
            <li key={index}>{error}</li>
          ))}
        </ul>
      </Dialog>
    );
  return <PreviewDialog state={state} warningNote={warningNote} />;
}

function PreviewDialog({
  state,
  warningNote,
}: {
  state: Extract<ImportState, { step: 'preview' }>;
  warningNote: React.ReactNode;
}) {
  // The whole workspace: any record may change what the import adds, changes or removes.
  const workspace = useDocument((s) => s.workspace);
  const { incoming, mode } = state;
  const merging = mode === 'merge';
  const diffs = useMemo(
    () => (merging ? [] : replacePreview(workspace, incoming)),
    [merging, workspace, incoming],
  );
  const merge = useMemo(
    () => (merging ? mergePreview(workspace, incoming) : null),
    [merging, workspace, incoming],
  );
  const mergeable = merge?.ok === true && merge.changes > 0;
  return (
    <Dialog
      title={`Import ${state.fileName}?`}
      open
      onClose={cancelImport}
      actions={
        <ConfirmActions
          confirmLabel={merging ? 'Merge into workspace' : 'Replace workspace'}
          disabled={merging ? !mergeable : diffs.length === 0}
          onCancel={cancelImport}
          onConfirm={() => void confirmImport()}
        />
      }
    >
      {warningNote}
      <UngatedItems incoming={incoming} only={merge?.ok ? merge.itemIds : undefined} />
      <ModeChoice mode={mode} />
      {merge ? <MergePreviewView merge={merge} /> : <ReplacePreview diffs={diffs} />}
    </Dialog>
  );
}
