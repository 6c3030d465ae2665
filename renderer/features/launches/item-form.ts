/**
 * The editor's form state: what the inputs hold (strings and lists), and its conversion to and
 * from launch item fields. Conversion never throws; rule checks happen in the command.
 */
import type { LaunchItemFields, Wave } from '../../../shared/domain/items/schema';
import type { Health, Kind, Tier } from '../../../shared/domain/primitives';
import type { FieldIssue } from '../../../shared/domain/errors';

export interface ItemForm {
  kind: Kind;
  title: string;
  summary: string;
  productArea: string;
  tier: string;
  stageId: string;
  ownerId: string;
  approverIds: string[];
  startDate: string;
  launchDate: string;
  endDate: string;
  regions: string[];
  parentId: string;
  dependsOn: string[];
  health: '' | Health;
  healthReason: string;
  tags: string;
  links: string;
  archived: boolean;
  /** A rollout wave's plan facts, carried through unchanged (the Rollout tab edits them). */
  wave: Wave | null;
}

export function formFromFields(fields: LaunchItemFields): ItemForm {
  return {
    kind: fields.kind,
    title: fields.title,
    summary: fields.summary,
    productArea: fields.productArea,
    tier: String(fields.tier),
    stageId: fields.stageId,
    ownerId: fields.ownerId ?? '',
    approverIds: fields.approverIds,
    startDate: fields.startDate ?? '',
    launchDate: fields.launchDate ?? '',
    endDate: fields.endDate ?? '',
    regions: fields.regions,
    parentId: fields.parentId ?? '',
    dependsOn: fields.dependsOn,
    health: fields.healthOverride?.health ?? '',
    healthReason: fields.healthOverride?.reason ?? '',
    tags: fields.tags.join(', '),
    links: fields.links.map((l) => (l.label ? `${l.label} | ${l.url}` : l.url)).join('\n'),
    archived: fields.archived,
    wave: fields.wave ?? null,
  };
}

/** One link per line: "Label | https://…" or just the address. */
function parseLinks(text: string) {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const bar = line.lastIndexOf('|');
      return bar < 0
        ? { label: '', url: line }
        : { label: line.slice(0, bar).trim(), url: line.slice(bar + 1).trim() };
    });
}

export function fieldsFromForm(form: ItemForm): LaunchItemFields {
  return {
    kind: form.kind,
    title: form.title,
    summary: form.summary,
    productArea: form.productArea,
    tier: Number(form.tier) as Tier,
    stageId: form.stageId,
    ownerId: form.ownerId || null,
    approverIds: form.approverIds,
    startDate: form.startDate || null,
    launchDate: form.launchDate || null,
    endDate: form.endDate || null,
    regions: form.regions,
    parentId: form.parentId || null,
    dependsOn: form.dependsOn,
    healthOverride: form.health ? { health: form.health, reason: form.healthReason } : null,
    tags: [
      ...new Set(
        form.tags
          .split(',')
          .map((t) => t.trim())
          .filter(Boolean),
      ),
    ],
    links: parseLinks(form.links),
    archived: form.archived,
    // Absent rather than null when not a wave, as items stored before waves existed are.
    ...(form.wave ? { wave: form.wave } : {}),
  };
}

/** Maps command issues onto form fields; a link's issue says which line it is on. */
export function errorsByField(issues: FieldIssue[]): Partial<Record<keyof ItemForm | 'form', string>> {
  const errors: Partial<Record<keyof ItemForm | 'form', string>> = {};
  for (const issue of issues) {
    const [head, index] = issue.path.split('.');
    let field: keyof ItemForm | 'form' = 'form';
    let message = issue.message;
    if (head === 'healthOverride') field = 'healthReason';
    else if (head === 'links') {
      field = 'links';
      if (index !== undefined) message = `Line ${Number(index) + 1}: ${message}`;
    } else if (head && head in EMPTY_KEYS) field = head as keyof ItemForm;
    errors[field] ??= message;
  }
  return errors;
}

const EMPTY_KEYS: Record<keyof ItemForm, true> = {
  kind: true,
  title: true,
  summary: true,
  productArea: true,
  tier: true,
  stageId: true,
  ownerId: true,
  approverIds: true,
  startDate: true,
  launchDate: true,
  endDate: true,
  regions: true,
  parentId: true,
  dependsOn: true,
  health: true,
  healthReason: true,
  tags: true,
  links: true,
  archived: true,
  wave: true,
};

/** Field order on screen, for focusing the first one with a problem. */
export const FIELD_ORDER = Object.keys(EMPTY_KEYS) as (keyof ItemForm)[];
