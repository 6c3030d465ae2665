/**
 * Feedback from a spreadsheet: which column holds which of our fields (guessed from the header
 * row, changeable by the person), and each row read into the fields a capture takes — or the
 * reasons it cannot be. Pure: the renderer parses the CSV text (papaparse) into rows of cells
 * and hands them here, so the preview and the import read the rows the same way.
 */
import {
  FEEDBACK_SOURCE_LABELS,
  FEEDBACK_SOURCES,
  FEEDBACK_STATUS_LABELS,
  FEEDBACK_STATUSES,
  type FeedbackSource,
  type FeedbackStatus,
} from '../domain/feedback/schema';
import { normaliseTags, type FeedbackFields } from '../domain/feedback/commands';
import { countOf } from '../domain/text';
import { settingsOf, type Workspace } from '../domain/workspace';

export const CSV_FIELDS = [
  'title',
  'detail',
  'source',
  'account',
  'region',
  'severity',
  'accountCount',
  'revenueAtStake',
  'status',
  'launch',
  'tags',
] as const;
export type CsvField = (typeof CSV_FIELDS)[number];

export const CSV_FIELD_LABELS: Record<CsvField, string> = {
  title: 'Title',
  detail: 'Detail',
  source: 'Source',
  account: 'Account',
  region: 'Region',
  severity: 'Severity',
  accountCount: 'Number of accounts',
  revenueAtStake: 'Revenue at stake',
  status: 'Status',
  launch: 'Launch or beta',
  tags: 'Themes',
};

/** Field → column index, or -1 for "not imported". */
export type CsvMapping = Record<CsvField, number>;

/** Header words that name each field (compared without case, spaces or punctuation). */
const HEADER_NAMES: Record<CsvField, readonly string[]> = {
  title: ['title', 'summary', 'subject', 'feedback', 'name', 'problem', 'issue'],
  detail: ['detail', 'details', 'description', 'body', 'notes', 'comment', 'comments', 'text'],
  source: ['source', 'channel', 'from'],
  account: ['account', 'customer', 'company', 'client', 'accountname', 'customername'],
  region: ['region', 'market', 'geo', 'country'],
  severity: ['severity', 'priority', 'impact', 'sev'],
  accountCount: [
    'accounts',
    'numberofaccounts',
    'accountcount',
    'noofaccounts',
    'affectedaccounts',
    'customers',
    'count',
  ],
  revenueAtStake: ['revenue', 'revenueatstake', 'arr', 'mrr', 'value', 'dealvalue', 'amount', 'atstake'],
  status: ['status', 'state'],
  launch: ['launch', 'beta', 'launchitem', 'item', 'linkedlaunch', 'product', 'feature'],
  tags: ['themes', 'theme', 'tags', 'tag', 'labels', 'label', 'category', 'categories'],
};

const squash = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * Names matched only as a whole header, never as the start of one: "Product area", "Item type",
 * "From date", "Name of contact" or "State/Province" are not our launch, source, title or status.
 */
const EXACT_ONLY = new Set(['product', 'feature', 'item', 'from', 'name', 'text', 'count', 'state', 'issue']);

/**
 * Each field's column from the header row: an exact name first, else a header that starts with
 * one — the longest name winning, so "Accounts affected" is the number of accounts, not the
 * account.
 */
export function guessMapping(header: readonly string[]): CsvMapping {
  const keys = header.map(squash);
  const taken = new Set<number>();
  const mapping = Object.fromEntries(CSV_FIELDS.map((f) => [f, -1])) as CsvMapping;
  const assign = (field: CsvField, index: number) => {
    mapping[field] = index;
    taken.add(index);
  };
  for (const field of CSV_FIELDS) {
    const index = keys.findIndex(
      (key, i) => !taken.has(i) && key !== '' && HEADER_NAMES[field].includes(key),
    );
    if (index !== -1) assign(field, index);
  }
  const prefixMatches: { field: CsvField; index: number; length: number }[] = [];
  for (const field of CSV_FIELDS)
    for (const name of HEADER_NAMES[field])
      if (!EXACT_ONLY.has(name))
        keys.forEach((key, index) => {
          if (key.startsWith(name)) prefixMatches.push({ field, index, length: name.length });
        });
  // Stable sort: among names of one length, the field and column order above decides.
  prefixMatches.sort((a, b) => b.length - a.length);
  for (const { field, index } of prefixMatches)
    if (mapping[field] === -1 && !taken.has(index)) assign(field, index);
  return mapping;
}

export interface CsvRowResult {
  /** The row's number in the file, the header being row 1 (as a spreadsheet numbers it). */
  row: number;
  fields: Partial<FeedbackFields> | null;
  /** Why the row cannot be imported (empty when it can). */
  problems: string[];
}

export interface CsvPreview {
  rows: CsvRowResult[];
  good: Partial<FeedbackFields>[];
  /** Each good row's number in the file, in the order of `good`. */
  goodRows: number[];
  bad: CsvRowResult[];
}

const SEVERITY_WORDS: Record<string, number> = { low: 1, medium: 2, med: 2, high: 3, critical: 4 };

function lookup<V extends string>(values: readonly V[], labels: Record<V, string>, text: string): V | null {
  const key = squash(text);
  return values.find((v) => squash(v) === key || squash(labels[v]) === key) ?? null;
}

/**
 * "$12,500", "12 500 €", "12500.50", "1,234.56", "€1.234,56" → the amount; anything that can be
 * read two ways is not a number: a comma must group thousands (three digits after it) unless a
 * decimal comma ends a number grouped with dots, so "12,5" is refused rather than read as 125.
 */
function amount(text: string): number | null {
  const cleaned = text.replace(/[\s$€£¥]/g, '');
  if (/^\d+(\.\d+)?$/.test(cleaned)) return Number(cleaned);
  // 12,500 or 1,234,567.89: commas group thousands.
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(cleaned)) return Number(cleaned.replace(/,/g, ''));
  // 1.234,56 or 1.234.567: dots group thousands, a comma (if any) is the decimal point.
  if (/^\d{1,3}(\.\d{3})+,\d+$/.test(cleaned) || /^\d{1,3}(\.\d{3}){2,}$/.test(cleaned))
    return Number(cleaned.replace(/\./g, '').replace(',', '.'));
  return null;
}

/** Reads the rows after the header with the mapping: each row's fields, or why it cannot be. */
export function previewCsv(
  ws: Workspace,
  rows: readonly (readonly string[])[],
  mapping: CsvMapping,
): CsvPreview {
  const regions = settingsOf(ws).regions;
  const itemsByTitle = new Map<string, string[]>();
  for (const item of Object.values(ws.items)) {
    const key = item.title.trim().toLowerCase();
    itemsByTitle.set(key, [...(itemsByTitle.get(key) ?? []), item.id]);
  }
  const results: CsvRowResult[] = [];
  const width = rows[0]?.length ?? 0;
  rows.slice(1).forEach((cells, index) => {
    const row = index + 2;
    // A blank line (a spreadsheet's trailing rows) is no row at all.
    if (cells.every((c) => c.trim() === '')) return;
    // A row with more or fewer cells than the header has its values under the wrong columns
    // (a stray comma, a cut line): nothing in it can be trusted, so it is left out.
    if (cells.length !== width) {
      results.push({
        row,
        fields: null,
        problems: [`it has ${countOf(cells.length, 'cell')} where the header has ${width}`],
      });
      return;
    }
    const cell = (field: CsvField) => (mapping[field] >= 0 ? (cells[mapping[field]] ?? '').trim() : '');
    const problems: string[] = [];
    const fields: Partial<FeedbackFields> = {};
    const title = cell('title');
    if (!title) problems.push('no title');
    else if (title.length > 200) problems.push('the title is longer than 200 characters');
    else fields.title = title;
    const detail = cell('detail');
    if (detail.length > 5000) problems.push('the detail is longer than 5,000 characters');
    else fields.detail = detail;
    const account = cell('account');
    if (account.length > 200) problems.push('the account is longer than 200 characters');
    else fields.account = account;
    const source = cell('source');
    if (source) {
      const value = lookup<FeedbackSource>(FEEDBACK_SOURCES, FEEDBACK_SOURCE_LABELS, source);
      if (value) fields.source = value;
      else problems.push(`source “${source}” is not one of beta, support, sales, account management, other`);
    }
    const status = cell('status');
    if (status) {
      const value = lookup<FeedbackStatus>(FEEDBACK_STATUSES, FEEDBACK_STATUS_LABELS, status);
      if (value) fields.status = value;
      else problems.push(`status “${status}” is not one of new, triaged, planned, done, won’t do`);
    }
    const region = cell('region');
    if (region) {
      const found = regions.find(
        (r) => r.code.toLowerCase() === region.toLowerCase() || r.name.toLowerCase() === region.toLowerCase(),
      );
      if (found) fields.region = found.code;
      else
        problems.push(
          `region “${region}” is not one of this workspace’s (${regions.map((r) => r.code).join(', ')})`,
        );
    }
    const severity = cell('severity');
    if (severity) {
      const word = severity.toLowerCase();
      // Own names only: "constructor" or "toString" are not severities.
      const value = /^[1-4]$/.test(severity)
        ? Number(severity)
        : Object.hasOwn(SEVERITY_WORDS, word)
          ? SEVERITY_WORDS[word]
          : undefined;
      if (value) fields.severity = value;
      else problems.push(`severity “${severity}” is not 1–4 or low, medium, high, critical`);
    }
    const count = cell('accountCount');
    if (count) {
      const value = amount(count);
      if (value !== null && Number.isInteger(value) && value <= 10_000_000) fields.accountCount = value;
      else problems.push(`number of accounts “${count}” is not a whole number`);
    }
    const revenue = cell('revenueAtStake');
    if (revenue) {
      const value = amount(revenue);
      if (value !== null && value <= 1e12) fields.revenueAtStake = value;
      else
        problems.push(
          `revenue at stake “${revenue}” is not an amount (write 12500.50, 12,500.50 or 12.500,50)`,
        );
    }
    const launch = cell('launch');
    if (launch) {
      const ids = itemsByTitle.get(launch.toLowerCase()) ?? [];
      if (ids.length === 1) fields.itemId = ids[0]!;
      else if (ids.length === 0) problems.push(`no launch item is called “${launch}”`);
      else problems.push(`${ids.length} launch items are called “${launch}”`);
    }
    const tags = cell('tags');
    if (tags) {
      const list = normaliseTags(tags.split(/[;,|]/));
      if (list.some((t) => t.length > 40)) problems.push('a theme is longer than 40 characters');
      else if (list.length > 20) problems.push('more than 20 themes');
      else fields.tags = list;
    }
    results.push({ row, fields: problems.length ? null : fields, problems });
  });
  return {
    rows: results,
    good: results.flatMap((r) => (r.fields ? [r.fields] : [])),
    goodRows: results.flatMap((r) => (r.fields ? [r.row] : [])),
    bad: results.filter((r) => r.problems.length > 0),
  };
}
