/**
 * A launch item is one card on the board and one bar on the timeline: a beta, a launch (GA)
 * or one regional rollout wave. Invariant: start ≤ launch ≤ end whenever both are set.
 */
import { z } from 'zod';
import { lazySchema } from '../lazy-schema';
import { isDay } from '../../dates/days';
import {
  healthSchema,
  httpUrlSchema,
  idSchema,
  kindSchema,
  optionalDaySchema,
  rankSchema,
  regionCodeSchema,
  requiredText,
  tierSchema,
  timestampSchema,
} from '../primitives';

export const linkSchema = lazySchema(() =>
  z.object({
    label: z.string().trim().max(120),
    url: httpUrlSchema,
  }),
);
export type Link = z.infer<typeof linkSchema>;

export const healthOverrideSchema = lazySchema(() =>
  z.object({
    health: healthSchema,
    reason: z.string().trim().min(1, 'Say why health is overridden').max(500),
  }),
);
export type HealthOverride = z.infer<typeof healthOverrideSchema>;

export const WAVE_STATUSES = ['planned', 'live', 'paused', 'rolled-back'] as const;
export const waveStatusSchema = lazySchema(() => z.enum(WAVE_STATUSES));
export type WaveStatus = z.infer<typeof waveStatusSchema>;
export const WAVE_STATUS_LABELS: Record<WaveStatus, string> = {
  planned: 'Planned',
  live: 'Live',
  paused: 'Paused',
  'rolled-back': 'Rolled back',
};

/**
 * What makes a rollout item a wave of its launch's regional rollout plan. Its regions, go-live
 * day (launchDate) and regional owner (ownerId) are the item's own fields.
 */
export const waveSchema = lazySchema(() =>
  z.object({
    /** The wave's place in the plan: wave 1 goes first; a wave may not go live before the one before it. */
    number: z.number().int().min(1, 'Waves are numbered from 1').max(50),
    /** Share of traffic or accounts switched on in this wave; null when not set. */
    rampPercent: z.number().min(0, 'Ramp is 0–100 %').max(100, 'Ramp is 0–100 %').nullable(),
    status: waveStatusSchema,
    /** What must hold before the next wave may start. */
    gateCriteria: z.string().max(2000, 'Keep the gate criteria under 2,000 characters'),
  }),
);
export type Wave = z.infer<typeof waveSchema>;

/** The fields a person edits; ids, rank and stamps are managed by commands. */
export const launchItemFieldsSchema = lazySchema(() =>
  z.object({
    kind: kindSchema,
    title: requiredText('Enter a title', 200, 'Keep the title under 200 characters'),
    summary: z.string().max(5000, 'Keep the summary under 5,000 characters'),
    productArea: z.string().trim().max(100),
    tier: tierSchema,
    stageId: idSchema,
    ownerId: idSchema.nullable(),
    approverIds: z.array(idSchema),
    startDate: optionalDaySchema,
    launchDate: optionalDaySchema,
    endDate: optionalDaySchema,
    regions: z.array(regionCodeSchema),
    parentId: idSchema.nullable(),
    dependsOn: z.array(idSchema),
    healthOverride: healthOverrideSchema.nullable(),
    tags: z.array(z.string().trim().min(1).max(40)),
    links: z.array(linkSchema),
    archived: z.boolean(),
    /**
     * A rollout item's place in its launch's rollout plan; null or absent for other items.
     * Optional: items stored before waves existed lack it (read it through waveOf).
     */
    wave: waveSchema.nullable().optional(),
  }),
);
export type LaunchItemFields = z.infer<typeof launchItemFieldsSchema>;

export const launchItemBaseSchema = lazySchema(() =>
  launchItemFieldsSchema.extend({
    id: idSchema,
    /** Fractional rank: order within a stage; a move rewrites only the moved item. */
    rank: rankSchema,
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
  }),
);

type DatedFields = Pick<LaunchItemFields, 'startDate' | 'launchDate' | 'endDate'> & {
  id?: string;
  parentId: string | null;
  dependsOn: string[];
};

/** Cross-field rules, shared by the stored record and the editor's form. */
export function checkItemRules(item: DatedFields, ctx: z.RefinementCtx): void {
  // Order is only checked between real days; a malformed one already has its own message.
  const real = (day: string | null) => (day !== null && isDay(day) ? day : null);
  const startDate = real(item.startDate);
  const launchDate = real(item.launchDate);
  const endDate = real(item.endDate);
  if (startDate && launchDate && startDate > launchDate)
    ctx.addIssue({
      code: 'custom',
      path: ['startDate'],
      message: 'The start date must be on or before the launch date',
    });
  if (launchDate && endDate && endDate < launchDate)
    ctx.addIssue({
      code: 'custom',
      path: ['endDate'],
      message: 'The end date must be on or after the launch date',
    });
  if (!launchDate && startDate && endDate && startDate > endDate)
    ctx.addIssue({
      code: 'custom',
      path: ['endDate'],
      message: 'The end date must be on or after the start date',
    });
  if (item.id !== undefined && item.parentId === item.id)
    ctx.addIssue({ code: 'custom', path: ['parentId'], message: 'An item cannot be its own parent' });
  if (item.id !== undefined && item.dependsOn.includes(item.id))
    ctx.addIssue({ code: 'custom', path: ['dependsOn'], message: 'An item cannot depend on itself' });
  if (new Set(item.dependsOn).size !== item.dependsOn.length)
    ctx.addIssue({ code: 'custom', path: ['dependsOn'], message: 'A dependency is listed twice' });
}

export const launchItemFieldsRefinedSchema = lazySchema(() =>
  launchItemFieldsSchema.superRefine(checkItemRules),
);
export const launchItemSchema = lazySchema(() => launchItemBaseSchema.superRefine(checkItemRules));
export type LaunchItem = z.infer<typeof launchItemSchema>;

/** The item's wave facts, or null when it is not a numbered wave of a rollout plan. */
export function waveOf(item: Pick<LaunchItem, 'wave'>): Wave | null {
  return item.wave ?? null;
}
