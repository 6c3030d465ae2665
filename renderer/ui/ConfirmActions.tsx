/** The foot of a dialog or form: Cancel, then the action it asks for (primary or dangerous). */
interface ConfirmActionsProps {
  /** The action's text, e.g. "Remove stage". */
  confirmLabel: string;
  onCancel: () => void;
  /** Runs the action; leave it out when the button submits a form. */
  onConfirm?: () => void;
  /** The button submits its own form… */
  submit?: boolean;
  /** …or the form with this id (a form outside the dialog's footer). */
  form?: string;
  tone?: 'primary' | 'danger';
  /** The action cannot be taken (nothing to do, or saving). */
  disabled?: boolean;
  cancelLabel?: string;
}

export function ConfirmActions({
  confirmLabel,
  onCancel,
  onConfirm,
  submit,
  form,
  tone = 'primary',
  disabled,
  cancelLabel = 'Cancel',
}: ConfirmActionsProps) {
  return (
    <>
      <button type="button" className="button" onClick={onCancel}>
        {cancelLabel}
      </button>
      <button
        type={submit || form ? 'submit' : 'button'}
        form={form}
        className={`button ${tone === 'danger' ? 'button--danger-solid' : 'button--primary'}`}
        disabled={disabled}
        onClick={onConfirm}
      >
        {confirmLabel}
      </button>
    </>
  );
}
