/** Small zod building blocks shared by every record schema. */
import { z } from 'zod';
import { isDay } from '../dates/days';

export const idSchema = z.string().min(1, 'Missing id').max(100);

export const daySchema = z.string().refine(isDay, { message: 'Enter a real calendar date (yyyy-mm-dd)' });

export const optionalDaySchema = daySchema.nullable();

/** An ISO timestamp such as 2026-11-26T16:21:37.000Z (created/updated stamps). */
export const timestampSchema = z.iso.datetime({ message: 'Expected an ISO timestamp' });

export const regionCodeSchema = z
  .string()
  .trim()
  .min(1, 'Enter a region code')
  .max(12, 'Region codes are at most 12 characters')
  .regex(/^[A-Z0-9-]+$/, 'Use capital letters, digits and dashes (e.g. EU, APAC, US-EAST)');

export const httpUrlSchema = z
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
  );

export const KINDS = ['beta', 'launch', 'rollout'] as const;
export const kindSchema = z.enum(KINDS);
export type Kind = z.infer<typeof kindSchema>;
export const KIND_LABELS: Record<Kind, string> = {
  beta: 'Beta',
  launch: 'Launch',
  rollout: 'Rollout',
};

export const TIERS = [1, 2, 3] as const;
export const tierSchema = z.union([z.literal(1), z.literal(2), z.literal(3)], {
  message: 'Tier is 1, 2 or 3',
});
export type Tier = z.infer<typeof tierSchema>;

export const HEALTHS = ['on-track', 'at-risk', 'off-track'] as const;
export const healthSchema = z.enum(HEALTHS);
export type Health = z.infer<typeof healthSchema>;
export const HEALTH_LABELS: Record<Health, string> = {
  'on-track': 'On track',
  'at-risk': 'At risk',
  'off-track': 'Off track',
};
