/**
 * The fields of one piece of feedback, as the quick capture and the detail panel edit them.
 * Values are kept as typed (numbers as text) so a half-typed amount is not rewritten under the
 * cursor; `fieldsOf` (feedback-draft.ts) turns them into the command's fields and the command
 * judges them.
 */
import {
  FEEDBACK_SOURCE_LABELS,
  FEEDBACK_SOURCES,
  FEEDBACK_STATUS_LABELS,
  FEEDBACK_STATUSES,
  SEVERITIES,
  SEVERITY_LABELS,
} from '../../../shared/domain/feedback/schema';
import type { FieldIssue } from '../../../shared/domain/errors';
import { settingsOf } from '../../../shared/domain/workspace';
import { useDocument } from '../../state/document';
import { Field } from '../../ui/Field';
import { memo, useCallback, useLayoutEffect, useRef } from 'react';
import { SelectField, optionsFrom, type Option } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import { itemOptions } from './feedback-model';
import type { FeedbackDraft } from './feedback-draft';

export { draftOf, fieldsOf, type FeedbackDraft } from './feedback-draft';

const LaunchSelectField = memo(function LaunchSelectField(props: {
  value: string;
  options: readonly Option[];
  onChange: (value: string) => void;
  error: string | undefined;
}) {
  return <SelectField label="Linked launch or beta" empty="Not linked" {...props} />;
});

const issueOf = (issues: readonly FieldIssue[], path: string) =>
  issues.find((i) => i.path === path || i.path.startsWith(`${path}.`))?.message;

const SEVERITY_OPTIONS = SEVERITIES.map((s) => ({ value: String(s), label: `${s} – ${SEVERITY_LABELS[s]}` }));

export function FeedbackForm({
  draft,
  onChange,
  issues,
  autoFocus,
}: {
  draft: FeedbackDraft;
  onChange: (draft: FeedbackDraft) => void;
  issues: readonly FieldIssue[];
  autoFocus?: boolean;
}) {
  const workspace = useDocument((s) => s.workspace);
  const regions = settingsOf(workspace).regions.map((r) => ({
    value: r.code,
    label: `${r.name} (${r.code})`,
  }));
  const set = (key: keyof FeedbackDraft) => (value: string) => onChange({ ...draft, [key]: value });
  // The launch select holds an option per item: it is drawn again only when its own value,
  // options or error change, not on each keystroke in another field (the latest draft is read
  // through a ref, so its change handler stays the same function).
  const latest = useRef({ draft, onChange });
  useLayoutEffect(() => {
    latest.current = { draft, onChange };
  });
  const onItemChange = useCallback(
    (itemId: string) => latest.current.onChange({ ...latest.current.draft, itemId }),
    [],
  );
  const number = (key: 'accountCount' | 'revenueAtStake', label: string, hint?: string) => (
    <Field label={label} error={issueOf(issues, key)} {...(hint ? { hint } : {})}>
      <input
        className="input"
        inputMode="decimal"
        value={draft[key]}
        onChange={(e) => set(key)(e.target.value)}
      />
    </Field>
  );
  return (
    <div className="feedback-form">
      <TextField
        label="Title"
        value={draft.title}
        onChange={set('title')}
        error={issueOf(issues, 'title')}
        required
        {...(autoFocus ? { autoFocus } : {})}
      />
      <TextField
        label="Detail"
        rows={3}
        value={draft.detail}
        onChange={set('detail')}
        error={issueOf(issues, 'detail')}
      />
      <div className="feedback-form__row">
        <SelectField
          label="Source"
          value={draft.source}
          options={optionsFrom(FEEDBACK_SOURCES, FEEDBACK_SOURCE_LABELS)}
          onChange={set('source')}
        />
        <TextField
          label="Account"
          value={draft.account}
          onChange={set('account')}
          error={issueOf(issues, 'account')}
        />
        <SelectField
          label="Region"
          value={draft.region}
          empty="No region"
          options={regions}
          onChange={set('region')}
          error={issueOf(issues, 'region')}
        />
      </div>
      <div className="feedback-form__row">
        <SelectField
          label="Severity"
          value={draft.severity}
          options={SEVERITY_OPTIONS}
          onChange={set('severity')}
        />
        {number('accountCount', 'Number of accounts')}
        {number('revenueAtStake', 'Revenue at stake')}
      </div>
      <div className="feedback-form__row">
        <LaunchSelectField
          value={draft.itemId}
          options={itemOptions(workspace, draft.itemId || null)}
          onChange={onItemChange}
          error={issueOf(issues, 'itemId')}
        />
        <SelectField
          label="Status"
          value={draft.status}
          options={optionsFrom(FEEDBACK_STATUSES, FEEDBACK_STATUS_LABELS)}
          onChange={set('status')}
        />
        <TextField
          label="Themes"
          hint="Separated by commas"
          value={draft.tags}
          onChange={set('tags')}
          error={issueOf(issues, 'tags')}
        />
      </div>
      {issueOf(issues, '') && (
        <p className="field__error" role="alert">
          {issueOf(issues, '')}
        </p>
      )}
    </div>
  );
}
