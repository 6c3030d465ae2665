/**
 * The launch page's Feedback tab: the product challenges linked to this item (heard in its
 * beta, from support, sales or account management), the most severe first. Capturing new
 * feedback comes later; until then the list explains where it comes from.
 */
import type { Feedback } from '../../../shared/domain/feedback/schema';

const SOURCE_LABELS: Record<Feedback['source'], string> = {
  beta: 'Beta',
  support: 'Support',
  sales: 'Sales',
  'account-management': 'Account management',
  other: 'Other',
};

const STATUS_LABELS: Record<Feedback['status'], string> = {
  new: 'New',
  triaged: 'Triaged',
  planned: 'Planned',
  done: 'Done',
  'wont-do': 'Won’t do',
};

const SEVERITY_LABELS: Record<number, string> = { 1: 'Low', 2: 'Medium', 3: 'High', 4: 'Critical' };

export function FeedbackTab({ feedback }: { feedback: readonly Feedback[] }) {
  if (feedback.length === 0)
    return (
      <div className="launch-empty">
        <h2>No feedback linked yet</h2>
        <p>
          Product challenges heard in this item’s beta, from support, sales or account management appear here
          once they are linked to it — with their source, account, severity and how many accounts they affect.
        </p>
      </div>
    );
  return (
    <table className="table launch-table">
      <caption className="visually-hidden">Linked feedback</caption>
      <thead>
        <tr>
          <th scope="col">Feedback</th>
          <th scope="col">Source</th>
          <th scope="col">Account</th>
          <th scope="col">Severity</th>
          <th scope="col">Accounts</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {feedback.map((f) => (
          <tr key={f.id}>
            <td>
              {f.title}
              {f.detail && <span className="table__meta">{f.detail}</span>}
            </td>
            <td>{SOURCE_LABELS[f.source]}</td>
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
            <td>{STATUS_LABELS[f.status]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
