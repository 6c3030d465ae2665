/** What can be done to the selected feedback at once: status, link to a launch, merge duplicates, delete. */
import { useState } from 'react';
import {
  deleteFeedback,
  linkFeedback,
  mergeFeedback,
  setFeedbackStatus,
} from '../../../shared/domain/feedback/commands';
import {
  FEEDBACK_STATUS_LABELS,
  FEEDBACK_STATUSES,
  type FeedbackStatus,
} from '../../../shared/domain/feedback/schema';
import { countOf } from '../../../shared/domain/text';
import { feedbackEntries } from '../../../shared/views/feedback';
import { run } from '../../state/changes';
import { useDocument } from '../../state/document';
import { ConfirmActions } from '../../ui/ConfirmActions';
import { Dialog } from '../../ui/Dialog';
import { Select, optionsFrom } from '../../ui/Select';
import { itemOptions, moneyText, numberText } from './feedback-model';

export function FeedbackBulkBar({ ids, onDone }: { ids: readonly string[]; onDone: () => void }) {
  const workspace = useDocument((s) => s.workspace);
  const [merging, setMerging] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const n = ids.length;
  return (
    <div className="feedback-bulk" role="toolbar" aria-label="Selected feedback">
      <span className="feedback-bulk__count">{countOf(n, 'record')} selected</span>
      <Select
        aria-label="Set status of the selected feedback"
        value=""
        empty="Set status…"
        options={optionsFrom(FEEDBACK_STATUSES, FEEDBACK_STATUS_LABELS)}
        onChange={(status) =>
          status && void run((ws, ctx) => setFeedbackStatus(ws, ids, status as FeedbackStatus, ctx))
        }
      />
      <Select
        aria-label="Link the selected feedback to a launch"
        value=""
        empty="Link to launch…"
        options={itemOptions(workspace)}
        onChange={(itemId) => itemId && void run((ws, ctx) => linkFeedback(ws, ids, itemId, ctx))}
      />
      <button
        type="button"
        className="button button--small"
        onClick={() => void run((ws, ctx) => linkFeedback(ws, ids, null, ctx))}
      >
        Unlink
      </button>
      <button
        type="button"
        className="button button--small"
        disabled={n < 2}
        onClick={() => setMerging(true)}
      >
        Merge duplicates…
      </button>
      <button type="button" className="button button--small button--danger" onClick={() => setDeleting(true)}>
        Delete…
      </button>
      <button type="button" className="button button--small" onClick={onDone}>
        Clear selection
      </button>
      {merging && (
        <MergeDialog
          ids={ids}
          onClose={() => setMerging(false)}
          onMerged={() => {
            setMerging(false);
            onDone();
          }}
        />
      )}
      <Dialog
        title={`Delete ${countOf(n, 'feedback record')}?`}
        open={deleting}
        tone="danger"
        onClose={() => setDeleting(false)}
        actions={
          <ConfirmActions
            confirmLabel="Delete"
            tone="danger"
            onCancel={() => setDeleting(false)}
            onConfirm={() => {
              setDeleting(false);
              void run((ws) => deleteFeedback(ws, ids)).then((r) => r.ok && onDone());
            }}
          />
        }
      >
        <p>Duplicates merged into them are deleted with them. Undo brings everything back.</p>
      </Dialog>
    </div>
  );
}

/** "Merge 3 into …": the person picks the record to keep (the highest score first). */
function MergeDialog({
  ids,
  onClose,
  onMerged,
}: {
  ids: readonly string[];
  onClose: () => void;
  onMerged: () => void;
}) {
  const workspace = useDocument((s) => s.workspace);
  const { byId } = feedbackEntries(workspace);
  const entries = ids.flatMap((id) => byId.get(id) ?? []).sort((a, b) => b.score - a.score);
  const [keepId, setKeepId] = useState(entries[0]?.f.id ?? '');
  const keep = byId.get(keepId);
  const accounts = entries.reduce((sum, e) => sum + e.f.accountCount, 0);
  const revenue = entries.reduce((sum, e) => sum + e.f.revenueAtStake, 0);
  const others = entries.filter((e) => e.f.id !== keepId).map((e) => e.f.id);
  return (
    <Dialog
      title={`Merge ${entries.length} into one`}
      open
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={!keep}
            onClick={() =>
              void run((ws, ctx) => mergeFeedback(ws, keepId, others, ctx)).then((r) => r.ok && onMerged())
            }
          >
            Merge {entries.length} into “{keep?.f.title ?? '…'}”
          </button>
        </>
      }
    >
      <fieldset className="feedback-merge">
        <legend>Keep</legend>
        {entries.map((e) => (
          <label key={e.f.id} className="feedback-merge__choice">
            <input type="radio" name="keep" checked={e.f.id === keepId} onChange={() => setKeepId(e.f.id)} />
            {e.f.title}
            <span className="muted">
              {' '}
              — {e.f.account || 'no account'}, score {e.score}
            </span>
          </label>
        ))}
      </fieldset>
      <p>
        The record kept will count {numberText(accounts)} accounts and {moneyText(revenue)} at stake (the
        sums), take the highest severity and every theme, and add the others’ detail to its own. The others
        are hidden from the inbox and listed under it. Undo unmerges.
      </p>
    </Dialog>
  );
}
