/** Small zod building blocks shared by every record schema. */
import { z } from 'zod';
import { lazySchema } from './lazy-schema';
import { DAY_RANGE_MESSAGE, isDay, isSupportedDay } from '../dates/days';
import { isValidRank } from './ranks';

export const idSchema = lazySchema(() => z.string().min(1, 'Missing id').max(100));

/** Trimmed text that must not be empty: a title or a name. */
export const requiredText = (message: string, max: number, tooLong?: string) =>
  z.string().trim().min(1, message).max(max, tooLong);

/** A title of a record (an item, a milestone, a blackout…). */
export const titleSchema = lazySchema(() => requiredText('Enter a title', 200));

/** Fractional rank: a record's place in its list; a move rewrites only the moved record. */
export const rankSchema = lazySchema(() =>
  z.string().min(1).refine(isValidRank, 'Not a valid rank (a fractional-indexing key such as "a0")'),
);

/** A calendar day within the supported range (dates/days.ts), for commands and imports alike. */
export const daySchema = lazySchema(() =>
  z.string().superRefine((value, ctx) => {
    if (!isDay(value)) ctx.addIssue({ code: 'custom', message: 'Enter a real calendar date (yyyy-mm-dd)' });
    else if (!isSupportedDay(value)) ctx.addIssue({ code: 'custom', message: DAY_RANGE_MESSAGE });
  }),
);

export const optionalDaySchema = lazySchema(() => daySchema.nullable());

/** An ISO timestamp such as 2026-11-26T16:21:37.000Z (created/updated stamps). */
export const timestampSchema = lazySchema(() => z.iso.datetime({ message: 'Expected an ISO timestamp' }));

export const regionCodeSchema = lazySchema(() =>
  z
    .string()
    .trim()
    .min(1, 'Enter a region code')
    .max(12, 'Region codes are at most 12 characters')
    .regex(/^[A-Z0-9-]+$/, 'Use capital letters, digits and dashes (e.g. EU, APAC, US-EAST)'),
);

export const httpUrlSchema = lazySchema(() =>
  z
    .string()
    .trim()
    .refine(
      (value) => {
        try {
          const url = new URL(value);
          return url.protocol === 'http:' || url.protocol === 'https:';
        } catch {
          return false;
        }
      },
      { message: 'Enter a full web address starting with http:// or https://' },
    ),
);

export const KINDS = ['beta', 'launch', 'rollout'] as const;
export const kindSchema = lazySchema(() => z.enum(KINDS));
export type Kind = z.infer<typeof kindSchema>;
export const KIND_LABELS: Record<Kind, string> = {
  beta: 'Beta',
  launch: 'Launch',
  rollout: 'Rollout',
};

export const TIERS = [1, 2, 3] as const;
export const tierSchema = lazySchema(() =>
  z.union([z.literal(1), z.literal(2), z.literal(3)], {
    message: 'Tier is 1, 2 or 3',
  }),
);
export type Tier = z.infer<typeof tierSchema>;

export const HEALTHS = ['on-track', 'at-risk', 'off-track'] as const;
export const healthSchema = lazySchema(() => z.enum(HEALTHS));
export type Health = z.infer<typeof healthSchema>;
export const HEALTH_LABELS: Record<Health, string> = {
  'on-track': 'On track',
  'at-risk': 'At risk',
  'off-track': 'Off track',
};
