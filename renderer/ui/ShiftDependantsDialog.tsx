/**
 * The question asked when a launch item's dates move and other records belong to it: move its
 * milestones, waves and betas by the same days, move only the item, or cancel (nothing is
 * saved). "Remember my choice" makes the answer the default on this machine (Settings →
 * General changes it back). Props in, answer out.
 */
import { useState } from 'react';
import { Dialog } from './Dialog';
import './ShiftDependantsDialog.css';

export type ShiftDialogAnswer = 'with' | 'only' | 'cancel';

export interface ShiftDependantsDialogProps {
  /** Null: the dialog is closed. */
  question: {
    itemTitle: string;
    itemKind: 'beta' | 'launch' | 'rollout';
    /** "3 milestones, 2 waves, 1 beta". */
    summary: string;
    days: number;
  } | null;
  onAnswer: (answer: ShiftDialogAnswer, remember: boolean) => void;
}

const KIND_NOUN = { beta: 'beta', launch: 'launch', rollout: 'wave' } as const;

/** "+14 days", "−1 day". */
export function signedDays(days: number): string {
  const size = Math.abs(days);
  return `${days < 0 ? '−' : '+'}${size} ${size === 1 ? 'day' : 'days'}`;
}

export function ShiftDependantsDialog(props: ShiftDependantsDialogProps) {
  // Each question starts unticked: remembering is a decision made for one answer.
  const { question } = props;
  return <ShiftQuestionDialog key={question ? JSON.stringify(question) : 'closed'} {...props} />;
}

function ShiftQuestionDialog({ question, onAnswer }: ShiftDependantsDialogProps) {
  const [remember, setRemember] = useState(false);
  const noun = question ? KIND_NOUN[question.itemKind] : 'launch';
  return (
    <Dialog
      title={question ? `Move what belongs to ${question.itemTitle}?` : ''}
      open={question !== null}
      onClose={() => onAnswer('cancel', false)}
      actions={
        <>
          <button type="button" className="button" onClick={() => onAnswer('cancel', false)}>
            Cancel
          </button>
          <button type="button" className="button" onClick={() => onAnswer('only', remember)}>
            Only this {noun}
          </button>
          <button
            type="button"
            className="button button--primary"
            autoFocus
            onClick={() => onAnswer('with', remember)}
          >
            Move them too
          </button>
        </>
      }
    >
      {question && (
        <>
          <p className="shift-dialog__summary">
            {question.summary} move by {signedDays(question.days)}.
          </p>
          <p className="muted shift-dialog__note">
            Readiness lines due at a T-offset follow the launch day either way; lines due on a fixed day stay
            where they are.
          </p>
          <label className="checkbox">
            <input type="checkbox" checked={remember} onChange={(e) => setRemember(e.target.checked)} />
            Remember my choice (change it in Settings → General)
          </label>
        </>
      )}
    </Dialog>
  );
}
