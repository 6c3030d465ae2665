/**
 * Capture feedback quickly: a title is all it needs (the rest has defaults), Enter saves. With
 * "Capture another" ticked the dialog stays open, emptied but for the launch and source, so a
 * call's worth of feedback goes in one after another.
 */
import { useRef, useState } from 'react';
import { captureFeedback } from '../../../shared/domain/feedback/commands';
import type { FeedbackSource } from '../../../shared/domain/feedback/schema';
import type { FieldIssue } from '../../../shared/domain/errors';
import { run } from '../../state/changes';
import { closeFeedbackCapture, useFeedbackCapture } from '../../state/feedback-view';
import { showToast } from '../../state/window';
import { Dialog } from '../../ui/Dialog';
import { draftOf, FeedbackForm, fieldsOf, type FeedbackDraft } from './FeedbackForm';
import './feedback.css';

const FORM_ID = 'feedback-capture-form';

export function FeedbackCaptureDialog() {
  const { open, itemId, session } = useFeedbackCapture();
  // A fresh form each time it opens (keyed on the opening), prefilled with its launch.
  return open ? <CaptureDialog key={session} itemId={itemId} /> : null;
}

function CaptureDialog({ itemId }: { itemId: string | null }) {
  const [draft, setDraft] = useState<FeedbackDraft>(() => draftOf({ title: '', itemId }));
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [another, setAnother] = useState(false);
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  const save = async () => {
    if (saving) return;
    if (!draft.title.trim()) return setIssues([{ path: 'title', message: 'Enter a title' }]);
    setSaving(true);
    const result = await run((ws, ctx) => captureFeedback(ws, fieldsOf(draft), ctx));
    setSaving(false);
    if (!result.ok) return setIssues(result.issues);
    showToast({ tone: 'info', message: `Captured “${draft.title.trim()}”` });
    if (!another) return closeFeedbackCapture();
    setIssues([]);
    setDraft(draftOf({ title: '', itemId: draft.itemId || null, source: draft.source as FeedbackSource }));
    formRef.current?.querySelector<HTMLInputElement>('input')?.focus();
  };

  return (
    <Dialog
      title="Capture feedback"
      open
      onClose={closeFeedbackCapture}
      actions={
        <>
          <label className="checkbox feedback-capture__another">
            <input type="checkbox" checked={another} onChange={(e) => setAnother(e.target.checked)} />
            Capture another
          </label>
          <button type="button" className="button" onClick={closeFeedbackCapture}>
            Cancel
          </button>
          <button type="submit" form={FORM_ID} className="button button--primary" disabled={saving}>
            Save
          </button>
        </>
      }
    >
      <form
        id={FORM_ID}
        ref={formRef}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <FeedbackForm draft={draft} onChange={setDraft} issues={issues} autoFocus />
        {/* Enter in any one-line field saves; the button above sits outside the form. */}
        <button type="submit" hidden aria-hidden="true" tabIndex={-1} />
      </form>
    </Dialog>
  );
}
