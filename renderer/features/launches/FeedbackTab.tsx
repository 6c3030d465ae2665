/**
 * The launch page's Feedback tab: the customer feedback linked to this item and, for a launch,
 * to its betas and waves — by score, merged duplicates left out (they are counted in the record
 * they were merged into) — with the totals a lead quotes: how many, how many accounts, how much
 * revenue at stake. Feedback is captured here already linked, unlinked here, and worked in the
 * Feedback inbox, opened filtered to this launch. The tab draws the top rows by score; the
 * totals count them all.
 */
import {
  FEEDBACK_SOURCE_LABELS,
  FEEDBACK_STATUS_LABELS,
  SEVERITY_LABELS,
} from '../../../shared/domain/feedback/schema';
import { linkFeedback } from '../../../shared/domain/feedback/commands';
import { countOf, moneyText } from '../../../shared/domain/text';
import { feedbackItemLinks, inboxOf, linkOf, NO_FEEDBACK_FILTER } from '../../../shared/views/feedback';
import { run } from '../../state/changes';
import { useDocument } from '../../state/document';
import { openFeedbackCapture, setFeedbackView } from '../../state/feedback-view';
import { setView } from '../../state/window';

/** Rows the tab draws, the highest scores first. */
export const TAB_ROWS = 50;

/** The inbox, filtered to this launch (and what belongs to it). */
function openInInbox(itemId: string): void {
  setFeedbackView({ ...NO_FEEDBACK_FILTER, launchId: itemId });
  setView('feedback');
}

export function FeedbackTab({ itemId }: { itemId: string }) {
  const workspace = useDocument((s) => s.workspace);
  const { entries, totals } = inboxOf(workspace, { ...NO_FEEDBACK_FILTER, launchId: itemId });
  const links = feedbackItemLinks(workspace);
  // A launch with thousands of records draws the top ones; the inbox (virtualised) has them all.
  const shown = entries.slice(0, TAB_ROWS);
  const actions = (
    <div className="toolbar">
      <button type="button" className="button button--primary" onClick={() => openFeedbackCapture(itemId)}>
        Capture feedback
      </button>
      <button type="button" className="button" onClick={() => openInInbox(itemId)}>
        Open in the Feedback inbox
      </button>
    </div>
  );
  if (entries.length === 0)
    return (
      <div className="launch-empty">
        <h2>No feedback linked yet</h2>
        <p>
          Product challenges heard in this item’s beta, from support, sales or account management appear here
          once they are linked to it — with their score, source, account, severity, accounts and revenue at
          stake. Capture one here, or link feedback from the Feedback inbox.
        </p>
        {actions}
      </div>
    );
  return (
    <>
      {actions}
      <p className="feedback-tab__totals" role="status">
        {countOf(totals.count, 'feedback record')} · {countOf(totals.accounts, 'account')} ·{' '}
        {moneyText(totals.revenue)} revenue at stake
      </p>
      <table className="table launch-table">
        <caption className="visually-hidden">Linked feedback, by score</caption>
        <thead>
          <tr>
            <th scope="col" className="numeric">
              Score
            </th>
            <th scope="col">Feedback</th>
            <th scope="col">Source</th>
            <th scope="col">Account</th>
            <th scope="col">Severity</th>
            <th scope="col" className="numeric">
              Accounts
            </th>
            <th scope="col" className="numeric">
              Revenue
            </th>
            <th scope="col">Status</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map(({ f, score, tags }) => {
            const { itemTitle } = linkOf(links, f.itemId);
            return (
              <tr key={f.id}>
                <td className="numeric">
                  <strong>{score}</strong>
                </td>
                <td>
                  {f.title}
                  <span className="table__meta">
                    {[f.itemId !== itemId && itemTitle && `On ${itemTitle}`, tags.join(', '), f.detail]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                </td>
                <td>{FEEDBACK_SOURCE_LABELS[f.source]}</td>
                <td>
                  {f.account || <span className="muted">—</span>}
                  {f.region && <span className="muted"> · {f.region}</span>}
                </td>
                <td>
                  <span className={`severity severity--${f.severity}`}>
                    {SEVERITY_LABELS[f.severity] ?? f.severity}
                  </span>
                </td>
                <td className="numeric">{f.accountCount.toLocaleString('en-US')}</td>
                <td className="numeric">{moneyText(f.revenueAtStake)}</td>
                <td>{FEEDBACK_STATUS_LABELS[f.status]}</td>
                <td className="table__actions">
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={`Unlink ${f.title}`}
                    onClick={() => void run((ws, ctx) => linkFeedback(ws, [f.id], null, ctx))}
                  >
                    Unlink
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {entries.length > shown.length && (
        <p className="feedback-tab__more">
          The top {shown.length} of {entries.length} by score.{' '}
          <button type="button" className="link-button" onClick={() => openInInbox(itemId)}>
            Open all {entries.length} in the Feedback inbox
          </button>
        </p>
      )}
    </>
  );
}
