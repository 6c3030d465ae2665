/**
 * Workspace settings: one record (id "workspace") holding the editable lists that every
 * other record refers to by id or code: stages, regions, readiness functions, tiers.
 */
import { z } from 'zod';
import { lazySchema } from '../lazy-schema';
import { idSchema, regionCodeSchema, requiredText, tierSchema, type Tier } from '../primitives';

export const SETTINGS_ID = 'workspace';

export const stageSchema = lazySchema(() =>
  z.object({
    id: idSchema,
    name: requiredText('Enter a stage name', 60),
  }),
);
export type Stage = z.infer<typeof stageSchema>;

export const regionSchema = lazySchema(() =>
  z.object({
    code: regionCodeSchema,
    name: requiredText('Enter a region name', 80),
  }),
);
export type Region = z.infer<typeof regionSchema>;

export const readinessFunctionSchema = lazySchema(() =>
  z.object({
    id: idSchema,
    name: requiredText('Enter a function name', 80),
  }),
);
export type ReadinessFunction = z.infer<typeof readinessFunctionSchema>;

export const tierInfoSchema = lazySchema(() =>
  z.object({
    tier: tierSchema,
    name: z.string().trim().min(1).max(60),
    description: z.string().max(400),
    planningWeeks: z.number().int().min(0).max(104),
  }),
);
export type TierInfo = z.infer<typeof tierInfoSchema>;

const unique = <T>(values: T[]) => new Set(values).size === values.length;

export const settingsSchema = lazySchema(() =>
  z
    .object({
      id: z.literal(SETTINGS_ID),
      name: requiredText('Enter a workspace name', 120),
      stages: z.array(stageSchema).min(1, 'Keep at least one stage'),
      /** The stage guarded by the go/no-go gate; null when the workspace has none. */
      launchedStageId: idSchema.nullable(),
      regions: z.array(regionSchema),
      functions: z.array(readinessFunctionSchema),
      tiers: z.array(tierInfoSchema).length(3),
      /**
       * Tiers whose launches always need a recorded Go or Conditional go to pass the gate, even
       * with every required sign-off done. Optional: settings stored before it existed lack it
       * (records are loaded without re-validation); read it through decisionRequiredTiersOf.
       */
      decisionRequiredTiers: z
        .array(tierSchema)
        .refine((tiers) => unique(tiers), 'Each tier is listed once')
        .optional(),
      /** Most Tier-1 launches one region can absorb in one ISO week (regions without their own figure). */
      tier1CapacityPerRegionWeek: z.number().int().min(1, 'Capacity is at least 1').max(50),
      /**
       * Tier-1 capacity per region code, for regions whose figure differs from the default above.
       * Optional (settings stored before it existed lack it): read it through capacityOf.
       */
      tier1CapacityByRegion: z
        .record(regionCodeSchema, z.number().int().min(1, 'Capacity is at least 1').max(50))
        .optional(),
      /**
       * Weights of the feedback score (severity × accounts × revenue at stake, each raised to its
       * weight). Optional: read it through feedbackWeightsOf.
       */
      feedbackWeights: z
        .object({
          severity: z.number().min(0).max(5),
          accounts: z.number().min(0).max(5),
          revenue: z.number().min(0).max(5),
        })
        .optional(),
      /** Whether a beta's gate into its next stage needs every exit criterion met. Optional: off when never set. */
      betaExitCriteriaGate: z.boolean().optional(),
      /** 0 = Sunday … 6 = Saturday. */
      weekStartsOn: z.number().int().min(0).max(6),
      /** 1 = January … 12 = December. */
      fiscalYearStartMonth: z.number().int().min(1).max(12),
    })
    .superRefine((settings, ctx) => {
      if (!unique(settings.stages.map((s) => s.id)))
        ctx.addIssue({ code: 'custom', path: ['stages'], message: 'Stage ids must be unique' });
      if (!unique(settings.stages.map((s) => s.name.toLowerCase())))
        ctx.addIssue({ code: 'custom', path: ['stages'], message: 'Two stages have the same name' });
      if (!unique(settings.regions.map((r) => r.code)))
        ctx.addIssue({ code: 'custom', path: ['regions'], message: 'Two regions have the same code' });
      if (!unique(settings.functions.map((f) => f.id)))
        ctx.addIssue({ code: 'custom', path: ['functions'], message: 'Function ids must be unique' });
      if (!unique(settings.functions.map((f) => f.name.toLowerCase())))
        ctx.addIssue({
          code: 'custom',
          path: ['functions'],
          message: 'Two readiness functions have the same name',
        });
      if (
        settings.launchedStageId !== null &&
        !settings.stages.some((s) => s.id === settings.launchedStageId)
      )
        ctx.addIssue({
          code: 'custom',
          path: ['launchedStageId'],
          message: 'The launched stage must be one of the stages',
        });
    }),
);
export type Settings = z.infer<typeof settingsSchema>;

/** Most Tier-1 go-lives `region` can absorb in one ISO week. */
export function capacityOf(settings: Settings, region: string): number {
  const own = settings.tier1CapacityByRegion;
  return own && Object.hasOwn(own, region) ? own[region]! : settings.tier1CapacityPerRegionWeek;
}

export const DEFAULT_FEEDBACK_WEIGHTS = Object.freeze({ severity: 1, accounts: 1, revenue: 1 });

/** The feedback score's weights (all 1 when never set). */
export function feedbackWeightsOf(settings: Settings): {
  severity: number;
  accounts: number;
  revenue: number;
} {
  return settings.feedbackWeights ?? DEFAULT_FEEDBACK_WEIGHTS;
}

/** Tier 1 launches need a recorded decision unless the workspace says otherwise. */
export const DEFAULT_DECISION_REQUIRED_TIERS: readonly Tier[] = Object.freeze([1]);

/** The tiers that always need a recorded Go or Conditional go (Tier 1 when never set). */
export function decisionRequiredTiersOf(settings: Settings): readonly Tier[] {
  return settings.decisionRequiredTiers ?? DEFAULT_DECISION_REQUIRED_TIERS;
}
