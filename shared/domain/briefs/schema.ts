/**
 * A brief record: that a readiness brief of one scope (a launch, or a portfolio with its
 * filters) was generated, when, and a compact snapshot of the facts it showed. The next brief
 * of the same scope numbers itself from it and says what changed since. Only the facts that
 * are compared are kept (per launch a few short fields), so a portfolio brief of 10,000
 * launches still stores a small record; at most the latest few records per scope are kept.
 */
import { z } from 'zod';
import { lazySchema } from '../lazy-schema';
import {
  daySchema,
  healthSchema,
  idSchema,
  kindSchema,
  optionalDaySchema,
  regionCodeSchema,
  tierSchema,
  timestampSchema,
} from '../primitives';
import { readinessStatusSchema } from '../readiness/schema';

/** Records kept per scope; recording an eleventh deletes the oldest (the number keeps counting). */
export const BRIEFS_KEPT_PER_SCOPE = 10;

export const BRIEF_AUDIENCES = ['exec', 'team'] as const;
export const briefAudienceSchema = lazySchema(() => z.enum(BRIEF_AUDIENCES));

export const portfolioFiltersSchema = lazySchema(() =>
  z.object({
    region: regionCodeSchema.nullable(),
    tier: tierSchema.nullable(),
    kind: kindSchema.nullable(),
  }),
);

/** What a brief is about (formats/brief BriefRequest), for commands sent as data. */
export const briefRequestSchema = lazySchema(() =>
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('launch'), itemId: idSchema, audience: briefAudienceSchema }),
    z.object({
      kind: z.literal('portfolio'),
      from: daySchema,
      to: daySchema,
      filters: portfolioFiltersSchema,
    }),
  ]),
);

const countSchema = lazySchema(() => z.number().int().min(0));

/**
 * What a brief showed about one launch item, under short keys: a portfolio brief keeps one of
 * these per launch, so 10,000 launches stay a few hundred kilobytes.
 */
export const briefLaunchFactsSchema = lazySchema(() =>
  z.object({
    /** The launch day. */
    d: optionalDaySchema,
    /** The stage id. */
    s: idSchema,
    /** The health shown. */
    h: healthSchema,
    /** Readiness lines: done (or not needed), in all, blocked. */
    r: z.tuple([countSchema, countSchema, countSchema]),
    /** Its go/no-go decisions' ids (left out when none). */
    dec: z.array(idSchema).optional(),
    /** Launch briefs only: each readiness line's status, by line id. */
    lines: z.record(idSchema, readinessStatusSchema).optional(),
  }),
);
export type BriefLaunchFacts = z.infer<typeof briefLaunchFactsSchema>;

export const briefFactsSchema = lazySchema(() =>
  z.object({
    /** Launch item id → what the brief showed about it. */
    launches: z.record(idSchema, briefLaunchFactsSchema),
    /**
     * Each collision shown, by what identifies it across edits: ['blackout', item id, window id],
     * ['capacity', region, ISO week], ['dependency', dependant id, dependency id] or
     * ['wave-order', wave id, the launch or earlier wave id].
     */
    collisions: z.array(
      z.tuple([z.enum(['blackout', 'capacity', 'dependency', 'wave-order']), z.string(), z.string()]),
    ),
  }),
);
export type BriefFacts = z.infer<typeof briefFactsSchema>;
export type BriefCollisionKey = BriefFacts['collisions'][number];

export const briefRecordSchema = lazySchema(() =>
  z
    .object({
      id: idSchema,
      /** 'launch:<item id>' or 'portfolio:region=…;tier=…;kind=…' (the dates are not part of it). */
      scopeKey: z.string().min(1).max(300),
      /** Brief #N of this scope. */
      number: z.number().int().min(1),
      kind: z.enum(['launch', 'portfolio']),
      /** Launch briefs: who it was written for. */
      audience: briefAudienceSchema.nullable(),
      itemId: idSchema.nullable(),
      /** Portfolio briefs: the range and filters. */
      from: optionalDaySchema,
      to: optionalDaySchema,
      filters: portfolioFiltersSchema.nullable(),
      /** The brief's heading: "Launch brief — <launch title>", so longer than an item title may be. */
      title: z.string().min(1).max(400),
      /** When it was copied, saved or printed. */
      generatedAt: timestampSchema,
      /** The "data as of" instant it showed. */
      asOf: timestampSchema,
      facts: briefFactsSchema,
    })
    .superRefine((b, ctx) => {
      if (b.kind === 'launch' && b.itemId === null)
        ctx.addIssue({ code: 'custom', path: ['itemId'], message: 'A launch brief names its launch item' });
      if (b.kind === 'portfolio' && (b.from === null || b.to === null || b.filters === null))
        ctx.addIssue({
          code: 'custom',
          path: ['from'],
          message: 'A portfolio brief has a range and filters',
        });
    }),
);
export type BriefRecord = z.infer<typeof briefRecordSchema>;
