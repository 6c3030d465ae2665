/**
 * Commands on customer feedback: capture, edit, status, linking to a launch item, delete,
 * merging duplicates and importing many. Each is one undoable Change, so undoing a merge is
 * unmerging and undoing an import takes every imported record back. A record is judged by its
 * schema and by the rules an import of the workspace applies too: its launch item exists and
 * its region is one of the workspace's.
 */
import { ChangeBuilder, type Change } from '../change';
import type { CommandContext } from '../context';
import { CommandError, ValidationError, issuesFromZod, type FieldIssue } from '../errors';
import { countOf } from '../text';
import { hasRecord, recordOf, settingsOf, type Workspace } from '../workspace';
import {
  FEEDBACK_STATUS_LABELS,
  feedbackSchema,
  mergedIntoOf,
  tagsOf,
  type Feedback,
  type FeedbackStatus,
} from './schema';

/** What a person types: everything but the id, the stamps and the merge link. */
export type FeedbackFields = Omit<Feedback, 'id' | 'createdAt' | 'updatedAt' | 'mergedIntoId'>;

/** The defaults of a quick capture: only the title is needed. */
export const EMPTY_FEEDBACK: Omit<FeedbackFields, 'title'> = {
  detail: '',
  source: 'other',
  account: '',
  region: null,
  severity: 2,
  accountCount: 1,
  revenueAtStake: 0,
  status: 'new',
  itemId: null,
  tags: [],
};

const GONE = 'That feedback no longer exists (it may have been deleted in another window).';

function getFeedback(ws: Workspace, id: string): Feedback {
  const f = recordOf(ws.feedback, id);
  if (!f) throw new CommandError(GONE);
  return f;
}

/** A record's most themes (its schema's limit). */
export const MAX_THEMES = 20;

/** Themes without repeats (in any case, the first spelling kept) and without blanks. */
export function normaliseTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim();
    if (!tag || seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    out.push(tag);
  }
  return out;
}

/** Problems of a record against the workspace: its launch item and its region. */
export function feedbackIssues(ws: Workspace, f: Feedback): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (f.itemId !== null && !hasRecord(ws.items, f.itemId))
    issues.push({ path: 'itemId', message: 'That launch item no longer exists' });
  if (f.region !== null && !settingsOf(ws).regions.some((r) => r.code === f.region))
    issues.push({ path: 'region', message: `Choose one of the workspace’s regions (not ${f.region})` });
  return issues;
}

/** The record parsed and checked, or a ValidationError listing every problem at once. */
function checked(ws: Workspace, candidate: Record<string, unknown>): Feedback {
  const withTags = Array.isArray(candidate.tags)
    ? { ...candidate, tags: normaliseTags(candidate.tags as string[]) }
    : candidate;
  const parsed = feedbackSchema.safeParse(withTags);
  if (!parsed.success) throw new ValidationError(issuesFromZod(parsed.error));
  const issues = feedbackIssues(ws, parsed.data);
  if (issues.length) throw new ValidationError(issues);
  return parsed.data;
}

export function captureFeedback(
  ws: Workspace,
  fields: Partial<FeedbackFields>,
  ctx: CommandContext,
): { change: Change; id: string } {
  const id = ctx.newId();
  const f = checked(ws, { ...EMPTY_FEEDBACK, ...fields, id, createdAt: ctx.now, updatedAt: ctx.now });
  return { change: new ChangeBuilder(ws).put('feedback', f).build(`Capture feedback “${f.title}”`), id };
}

export function updateFeedback(
  ws: Workspace,
  id: string,
  fields: Partial<FeedbackFields>,
  ctx: CommandContext,
): Change {
  const current = getFeedback(ws, id);
  const f = checked(ws, { ...current, ...fields, id, updatedAt: ctx.now });
  return new ChangeBuilder(ws).put('feedback', f).build(`Edit feedback “${f.title}”`);
}

/** "“Title”" for one record, "3 feedback records" for more. */
function what(records: readonly Feedback[]): string {
  return records.length === 1 ? `“${records[0]!.title}”` : countOf(records.length, 'feedback record');
}

function getAll(ws: Workspace, ids: readonly string[]): Feedback[] {
  const records = [...new Set(ids)].map((id) => getFeedback(ws, id));
  if (!records.length) throw new CommandError('Choose some feedback first.');
  return records;
}

export function setFeedbackStatus(
  ws: Workspace,
  ids: readonly string[],
  status: FeedbackStatus,
  ctx: CommandContext,
): Change {
  const records = getAll(ws, ids);
  const builder = new ChangeBuilder(ws);
  for (const f of records)
    if (f.status !== status) builder.put('feedback', { ...f, status, updatedAt: ctx.now });
  return builder.build(`Mark ${what(records)} ${FEEDBACK_STATUS_LABELS[status]}`);
}

/** Links the records to a launch item (a launch, a beta or a wave), or unlinks them (null). */
export function linkFeedback(
  ws: Workspace,
  ids: readonly string[],
  itemId: string | null,
  ctx: CommandContext,
): Change {
  const records = getAll(ws, ids);
  const item = itemId === null ? null : recordOf(ws.items, itemId);
  if (itemId !== null && !item) throw new CommandError('That launch item no longer exists.');
  const builder = new ChangeBuilder(ws);
  for (const f of records)
    if (f.itemId !== itemId) builder.put('feedback', { ...f, itemId, updatedAt: ctx.now });
  return builder.build(item ? `Link ${what(records)} to “${item.title}”` : `Unlink ${what(records)}`);
}

/**
 * Deletes the records. A duplicate merged into one of them goes with it: its accounts and
 * revenue were counted in the record deleted, so bringing it back would count them twice.
 */
export function deleteFeedback(ws: Workspace, ids: readonly string[]): Change {
  const records = getAll(ws, ids);
  const gone = new Set(records.map((f) => f.id));
  const builder = new ChangeBuilder(ws);
  for (const f of Object.values(ws.feedback))
    if (gone.has(f.id) || gone.has(mergedIntoOf(f) ?? '')) builder.delete('feedback', f.id);
  return builder.build(`Delete ${what(records)}`);
}

/**
 * Merges duplicates into the record kept, as one Change (undo unmerges):
 * - accounts and revenue at stake are summed: each duplicate was reported by its own accounts,
 *   and the kept record now speaks for all of them (the duplicates keep their own figures, so
 *   undoing, or reading what was merged, still shows who said what);
 * - severity is the highest: the most severe report is what the problem costs someone;
 * - themes are combined, at most MAX_THEMES of them (the kept record's first; the change's
 *   name says when some were left out, and undo brings them back); the detail is the kept one followed by each duplicate's (titled), so
 *   nothing anyone wrote is lost; status, source, account and region stay the kept one's, and
 *   the launch link is the kept one's or, when it has none, the first duplicate's that has one;
 * - each duplicate gets mergedIntoId (hidden from the inbox, listed under the kept record), and
 *   duplicates previously merged into them now point at the kept record, so a chain is never
 *   more than one step.
 */
export function mergeFeedback(
  ws: Workspace,
  keepId: string,
  duplicateIds: readonly string[],
  ctx: CommandContext,
): Change {
  const keep = getFeedback(ws, keepId);
  const duplicates = getAll(
    ws,
    duplicateIds.filter((id) => id !== keepId),
  );
  if (mergedIntoOf(keep)) throw new CommandError(`“${keep.title}” is already merged into another record.`);
  const already = duplicates.find((f) => mergedIntoOf(f));
  if (already) throw new CommandError(`“${already.title}” is already merged into another record.`);
  const details = [
    keep.detail.trim(),
    ...duplicates
      .filter((f) => f.detail.trim())
      .map((f) => `From “${f.title}”${f.account.trim() ? ` (${f.account.trim()})` : ''}: ${f.detail.trim()}`),
  ].filter(Boolean);
  const themes = normaliseTags([...tagsOf(keep), ...duplicates.flatMap((f) => tagsOf(f))]);
  const merged = checked(ws, {
    ...keep,
    accountCount: Math.min(
      10_000_000,
      duplicates.reduce((sum, f) => sum + f.accountCount, keep.accountCount),
    ),
    revenueAtStake: Math.min(
      1e12,
      duplicates.reduce((sum, f) => sum + f.revenueAtStake, keep.revenueAtStake),
    ),
    severity: Math.max(keep.severity, ...duplicates.map((f) => f.severity)),
    tags: themes.slice(0, MAX_THEMES),
    detail: details.join('\n\n').slice(0, 5000),
    itemId: keep.itemId ?? duplicates.find((f) => f.itemId)?.itemId ?? null,
    updatedAt: ctx.now,
  });
  const builder = new ChangeBuilder(ws).put('feedback', merged);
  const folded = new Set(duplicates.map((f) => f.id));
  for (const f of duplicates) builder.put('feedback', { ...f, mergedIntoId: keep.id, updatedAt: ctx.now });
  for (const f of Object.values(ws.feedback))
    if (!folded.has(f.id) && folded.has(mergedIntoOf(f) ?? ''))
      builder.put('feedback', { ...f, mergedIntoId: keep.id, updatedAt: ctx.now });
  const themesLeftOut =
    themes.length > MAX_THEMES
      ? ` (${countOf(themes.length - MAX_THEMES, 'theme')} beyond ${MAX_THEMES} left out)`
      : '';
  return builder.build(
    `Merge ${countOf(duplicates.length, 'duplicate')} into “${keep.title}”${themesLeftOut}`,
  );
}

/**
 * Records of an import, each checked as a capture is; one Change for all of them. `rowNumbers`
 * are the rows' numbers in the file (the preview leaves bad rows out, so the nth record is not
 * the file's nth row); without them a problem names the record's position.
 */
export function importFeedback(
  ws: Workspace,
  rows: readonly Partial<FeedbackFields>[],
  ctx: CommandContext,
  source = 'CSV',
  rowNumbers?: readonly number[],
): Change {
  if (!rows.length) throw new CommandError('There is no feedback to import.');
  const builder = new ChangeBuilder(ws);
  rows.forEach((fields, index) => {
    try {
      builder.put(
        'feedback',
        checked(ws, {
          ...EMPTY_FEEDBACK,
          ...fields,
          id: ctx.newId(),
          createdAt: ctx.now,
          updatedAt: ctx.now,
        }),
      );
    } catch (error) {
      // Which row, so the person can find it: the preview should have left it out already.
      if (error instanceof ValidationError)
        throw new ValidationError(
          error.issues.map((i) => ({
            ...i,
            message: `Row ${rowNumbers?.[index] ?? index + 1}: ${i.message}`,
          })),
        );
      throw error;
    }
  });
  return builder.build(`Import ${countOf(rows.length, 'feedback record')} from ${source}`);
}
