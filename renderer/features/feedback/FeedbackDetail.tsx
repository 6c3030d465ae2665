/**
 * One piece of feedback beside the inbox: its fields to edit (saved as one change), its score,
 * the duplicates merged into it, and a way to its launch page. Edits made in another window
 * show at once while nothing is typed here; typing keeps the person's own values.
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
import { draftOf, FeedbackForm, fieldsOf, type FeedbackDraft } from './FeedbackForm';
import { moneyText, numberText } from './feedback-model';

export function FeedbackDetail({ id, onClose }: { id: string; onClose: () => void }) {
  const workspace = useDocument((s) => s.workspace);
  const record = recordOf(workspace.feedback, id);
  const { byId, duplicatesOf } = feedbackEntries(workspace);
  const [draft, setDraft] = useState<FeedbackDraft | null>(null);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
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
  const shown = draft ?? draftOf(record);
  const duplicates = duplicatesOf.get(id) ?? [];
  const into = mergedIntoOf(record);
  const save = async () => {
    if (!draft) return;
    const result = await run((ws, ctx) => updateFeedback(ws, id, fieldsOf(draft), ctx));
    if (result.ok) {
      setDraft(null);
      setIssues([]);
    } else setIssues(result.issues);
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
        <FeedbackForm draft={shown} onChange={setDraft} issues={issues} />
        <div className="feedback-detail__actions">
          <button type="submit" className="button button--primary" disabled={!draft}>
            Save
          </button>
          <button type="button" className="button" disabled={!draft} onClick={() => setDraft(null)}>
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
