/**
 * A piece of feedback as its form holds it (numbers as typed text), and the detail panel's draft
 * of an existing record: the form and the values it started from. Saving writes only the fields
 * the person changed from that start, so what was changed meanwhile elsewhere — a merge that
 * summed the accounts, a status set from the bulk bar, another window's edit — is kept; a field
 * changed on both sides is named before the person's value replaces the other.
 */
import { EMPTY_FEEDBACK, type FeedbackFields } from '../../../shared/domain/feedback/commands';
import { tagsOf, type Feedback } from '../../../shared/domain/feedback/schema';

export interface FeedbackDraft {
  title: string;
  detail: string;
  source: string;
  account: string;
  region: string;
  severity: string;
  accountCount: string;
  revenueAtStake: string;
  status: string;
  itemId: string;
  tags: string;
}

export function draftOf(f: Partial<FeedbackFields> & Pick<Feedback, 'title'>): FeedbackDraft {
  const v = { ...EMPTY_FEEDBACK, ...f };
  return {
    title: v.title,
    detail: v.detail,
    source: v.source,
    account: v.account,
    region: v.region ?? '',
    severity: String(v.severity),
    accountCount: String(v.accountCount),
    revenueAtStake: String(v.revenueAtStake),
    status: v.status,
    itemId: v.itemId ?? '',
    tags: tagsOf(v as Feedback).join(', '),
  };
}

/** A number as typed: an empty field is 0, anything else what Number reads (the command refuses NaN). */
const numberOf = (text: string) => (text.trim() === '' ? 0 : Number(text.replace(/[\s,$€£]/g, '')));

export function fieldsOf(draft: FeedbackDraft): Partial<FeedbackFields> {
  return {
    title: draft.title,
    detail: draft.detail,
    source: draft.source as Feedback['source'],
    account: draft.account,
    region: draft.region || null,
    severity: Number(draft.severity),
    accountCount: numberOf(draft.accountCount),
    revenueAtStake: numberOf(draft.revenueAtStake),
    status: draft.status as Feedback['status'],
    itemId: draft.itemId || null,
    tags: draft.tags.split(/[,;]/),
  };
}

type DraftKey = keyof FeedbackDraft;

export const DRAFT_FIELD_LABELS: Record<DraftKey, string> = {
  title: 'Title',
  detail: 'Detail',
  source: 'Source',
  account: 'Account',
  region: 'Region',
  severity: 'Severity',
  accountCount: 'Accounts',
  revenueAtStake: 'Revenue at stake',
  status: 'Status',
  itemId: 'Launch',
  tags: 'Themes',
};
const KEYS = Object.keys(DRAFT_FIELD_LABELS) as DraftKey[];

export interface EditDraft {
  form: FeedbackDraft;
  /** The record's values when the person started typing. */
  base: FeedbackDraft;
}

const touched = (draft: EditDraft) => KEYS.filter((key) => draft.form[key] !== draft.base[key]);

/** What the form shows: the person's own edits, and the stored value of every field they have not touched. */
export function shownForm(draft: EditDraft | null, current: FeedbackDraft): FeedbackDraft {
  if (!draft) return current;
  const shown = { ...current };
  for (const key of touched(draft)) shown[key] = draft.form[key];
  return shown;
}

/** The fields to save: only those the person changed (an untouched field is left as stored). */
export function changedFieldsOf(draft: EditDraft): Partial<FeedbackFields> {
  const all = fieldsOf(draft.form);
  return Object.fromEntries(touched(draft).map((key) => [key, all[key]])) as Partial<FeedbackFields>;
}

/** Fields the person changed that were also changed elsewhere, to something else, since they started. */
export function conflictsOf(draft: EditDraft, current: FeedbackDraft): DraftKey[] {
  return touched(draft).filter((key) => current[key] !== draft.base[key] && current[key] !== draft.form[key]);
}

/**
 * The draft after the form reports `next`: the fields the person changed now or before are
 * theirs; every other field stays "untouched" even if its stored value moved since they started.
 */
export function editedDraft(draft: EditDraft | null, current: FeedbackDraft, next: FeedbackDraft): EditDraft {
  const base = draft?.base ?? current;
  const shown = shownForm(draft, current);
  const form = { ...base };
  if (draft) for (const key of touched(draft)) form[key] = draft.form[key];
  for (const key of KEYS) if (next[key] !== shown[key]) form[key] = next[key];
  return { form, base };
}
