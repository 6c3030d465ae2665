/**
 * Launch item fields in words, as the editor labels them: for showing a value saved elsewhere
 * beside the person's own when the two conflict, and for an item's activity history. Ids are
 * shown as the names they stand for.
 */
import { formatDay } from '../../dates/days';
import { WAVE_STATUS_LABELS, type LaunchItemFields } from './schema';
import { HEALTH_LABELS, KIND_LABELS } from '../primitives';
import { settingsOf, type Workspace } from '../workspace';

export const FIELD_LABELS: Record<keyof LaunchItemFields, string> = {
  kind: 'Kind',
  title: 'Title',
  summary: 'Summary',
  productArea: 'Product area',
  tier: 'Tier',
  stageId: 'Stage',
  ownerId: 'Owner (DRI)',
  approverIds: 'Approvers',
  startDate: 'Start date',
  launchDate: 'Launch date (T-0)',
  endDate: 'End date',
  regions: 'Regions',
  parentId: 'Parent launch',
  dependsOn: 'Depends on',
  healthOverride: 'Health',
  tags: 'Tags',
  links: 'Links',
  archived: 'Archived',
  wave: 'Rollout wave',
};

const list = (values: readonly string[], none: string) => (values.length ? values.join(', ') : none);

export function describeValue<K extends keyof LaunchItemFields>(
  ws: Workspace,
  field: K,
  value: LaunchItemFields[K],
): string {
  const settings = settingsOf(ws);
  const person = (id: string) => ws.people[id]?.name ?? 'someone no longer in People';
  const item = (id: string) => ws.items[id]?.title ?? 'a deleted item';
  const v = value as LaunchItemFields[keyof LaunchItemFields];
  switch (field) {
    case 'kind':
      return KIND_LABELS[v as LaunchItemFields['kind']];
    case 'tier':
      return settings.tiers.find((t) => t.tier === v)?.name ?? `Tier ${String(v)}`;
    case 'stageId':
      return settings.stages.find((s) => s.id === v)?.name ?? 'a removed stage';
    case 'ownerId':
      return v ? person(v as string) : 'Unassigned';
    case 'approverIds':
      return list((v as string[]).map(person), 'None');
    case 'startDate':
    case 'launchDate':
    case 'endDate':
      return v ? formatDay(v as string) : 'Not set';
    case 'regions':
      return list(v as string[], 'None');
    case 'parentId':
      return v ? item(v as string) : 'None';
    case 'dependsOn':
      return list((v as string[]).map(item), 'None');
    case 'healthOverride': {
      const override = v as LaunchItemFields['healthOverride'];
      return override ? `${HEALTH_LABELS[override.health]}: ${override.reason}` : 'Automatic';
    }
    case 'tags':
      return list(v as string[], 'None');
    case 'links':
      return list(
        (v as LaunchItemFields['links']).map((l) => (l.label ? `${l.label} (${l.url})` : l.url)),
        'None',
      );
    case 'archived':
      return v ? 'Archived' : 'Not archived';
    case 'wave': {
      const wave = v as LaunchItemFields['wave'];
      if (!wave) return 'Not a wave';
      const ramp = wave.rampPercent === null ? '' : `, ${wave.rampPercent} %`;
      return `Wave ${wave.number}${ramp}, ${WAVE_STATUS_LABELS[wave.status].toLowerCase()}`;
    }
    default:
      return (v as string) || 'Empty';
  }
}
