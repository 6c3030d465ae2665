/**
 * Shows what an import would change (or why the file cannot be imported) before anything
 * happens. An import is exempt from the go/no-go gate, so it also lists the items it would
 * bring in at or after the gate stage without a Go or Conditional go.
 */
import { useMemo } from 'react';
import { countOf } from '../../../shared/domain/text';
import { TABLE_LABELS, type Workspace } from '../../../shared/domain/workspace';
import { itemsPastGateWithoutGo } from '../../../shared/formats/workspace-json';
import { useToday } from '../../state/useToday';
import { ConfirmActions } from '../../ui/ConfirmActions';
import { Dialog } from '../../ui/Dialog';
import { useImportState } from '../../state/import-preview';
import { cancelImport, confirmImport, importWarning } from './workspace-file';
import './ImportDialog.css';

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Items listed by name; the rest are counted. */
const LISTED = 8;

/** The items that skipped the gate, by name and stage (nothing when there are none). */
function UngatedItems({ incoming }: { incoming: Workspace }) {
  const today = useToday();
  const items = useMemo(() => itemsPastGateWithoutGo(incoming, today), [incoming, today]);
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
  const nothing = state.diffs.length === 0;
  return (
    <Dialog
      title={`Import ${state.fileName}?`}
      open
      onClose={cancelImport}
      actions={
        <ConfirmActions
          confirmLabel="Replace workspace"
          disabled={nothing}
          onCancel={cancelImport}
          onConfirm={() => void confirmImport()}
        />
      }
    >
      {warningNote}
      <UngatedItems incoming={state.incoming} />
      {nothing ? (
        <p>This file holds exactly what the workspace already has. There is nothing to import.</p>
      ) : (
        <>
          <p>
            The workspace will be replaced by the file’s contents. A snapshot is taken first, and Ctrl+Z
            undoes it.
          </p>
          <table className="table table--compact">
            <thead>
              <tr>
                <th scope="col">Records</th>
                <th scope="col">Added</th>
                <th scope="col">Changed</th>
                <th scope="col">Removed</th>
              </tr>
            </thead>
            <tbody>
              {state.diffs.map((diff) => (
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
      )}
    </Dialog>
  );
}
