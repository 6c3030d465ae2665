/**
 * One piece of feedback beside the inbox: its fields to edit (saved as one change), its score,
 * the duplicates merged into it, and a way to its launch page. Saving writes only the fields
 * typed here (feedback-draft.ts): a field not touched shows, and keeps, what is stored — a
 * merge's summed accounts, a status set from the bulk bar, another window's edit. A field
 * changed both here and elsewhere is named first; saving again keeps the value typed here.
 */
import { useState } from 'react';
import { updateFeedback } from '../../../shared/domain/feedback/commands';
import { mergedIntoOf } from '../../../shared/domain/feedback/schema';
import type { FieldIssue } from '../../../shared/domain/errors';
import { recordOf } from '../../../shared/domain/workspace';
import { feedbackEntries } from '../../../shared/views/feedback';
import { run } from '../../state/changes';
import { useDocument } from '../../state/document';
import { openLaunchPage } from '../../state/window';
import { FeedbackForm } from './FeedbackForm';
import {
  changedFieldsOf,
  conflictsOf,
  draftOf,
  DRAFT_FIELD_LABELS,
  editedDraft,
  shownForm,
  type EditDraft,
} from './feedback-draft';
import { moneyText, numberText } from './feedback-model';

export function FeedbackDetail({ id, onClose }: { id: string; onClose: () => void }) {
  const workspace = useDocument((s) => s.workspace);
  const record = recordOf(workspace.feedback, id);
  const { byId, duplicatesOf } = feedbackEntries(workspace);
  const [draft, setDraft] = useState<EditDraft | null>(null);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  // The fields named as changed on both sides; saving with the same list keeps the person's values.
  const [warned, setWarned] = useState<string | null>(null);
  if (!record)
    return (
      <aside className="feedback-detail" aria-label="Feedback detail">
        <p>This feedback no longer exists (it was deleted, perhaps in another window).</p>
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </aside>
    );
  const entry = byId.get(id)!;
  const current = draftOf(record);
  const shown = shownForm(draft, current);
  const conflicts = draft ? conflictsOf(draft, current) : [];
  const duplicates = duplicatesOf.get(id) ?? [];
  const into = mergedIntoOf(record);
  const discard = () => {
    setDraft(null);
    setIssues([]);
    setWarned(null);
  };
  const save = async () => {
    if (!draft) return;
    const conflictList = conflicts.join();
    if (conflicts.length && warned !== conflictList) return setWarned(conflictList);
    const result = await run((ws, ctx) => updateFeedback(ws, id, changedFieldsOf(draft), ctx));
    if (result.ok) discard();
    else setIssues(result.issues);
  };
  return (
    <aside className="feedback-detail" aria-labelledby="feedback-detail-title">
      <header className="feedback-detail__header">
        <h2 id="feedback-detail-title">{record.title}</h2>
        <button
          type="button"
          className="button button--small"
          aria-label="Close the detail"
          onClick={onClose}
        >
          ×
        </button>
      </header>
      <p className="feedback-detail__score">
        Score <strong>{entry.score}</strong>
        <span className="muted">
          {' '}
          · severity × accounts × revenue at stake (weights in Settings → Feedback)
        </span>
      </p>
      {into && (
        <p className="feedback-detail__merged">
          Merged into “{recordOf(workspace.feedback, into)?.title ?? 'a deleted record'}”: its accounts and
          revenue are counted there. Undo the merge to bring it back.
        </p>
      )}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <FeedbackForm
          draft={shown}
          onChange={(next) => setDraft((d) => editedDraft(d, current, next))}
          issues={issues}
        />
        {conflicts.length > 0 && warned === conflicts.join() && (
          <p role="alert" className="feedback-detail__conflict">
            Changed elsewhere while you typed: {conflicts.map((key) => DRAFT_FIELD_LABELS[key]).join(', ')}.
            Save again to replace those with your values, or discard your edits to keep what is stored.
          </p>
        )}
        <div className="feedback-detail__actions">
          <button type="submit" className="button button--primary" disabled={!draft}>
            Save
          </button>
          <button type="button" className="button" disabled={!draft} onClick={discard}>
            Discard edits
          </button>
          {record.itemId && recordOf(workspace.items, record.itemId) && (
            <button
              type="button"
              className="button"
              onClick={() => openLaunchPage(record.itemId!, { tab: 'feedback' })}
            >
              Open launch page
            </button>
          )}
        </div>
      </form>
      {duplicates.length > 0 && (
        <section aria-labelledby="feedback-duplicates">
          <h3 id="feedback-duplicates">Merged into this ({duplicates.length})</h3>
          <ul className="feedback-detail__duplicates">
            {duplicates.map((d) => (
              <li key={d.f.id}>
                {d.f.title}
                <span className="muted">
                  {' '}
                  — {d.f.account || 'no account'}, {numberText(d.f.accountCount)} accounts,{' '}
                  {moneyText(d.f.revenueAtStake)}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </aside>
  );
}
