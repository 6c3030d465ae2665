/** A blackout window: days when nothing should launch in some regions (or all). */
import { z } from 'zod';
import { lazySchema } from '../lazy-schema';
import { daySchema, idSchema, regionCodeSchema, titleSchema } from '../primitives';

export const blackoutSchema = lazySchema(() =>
  z
    .object({
      id: idSchema,
      title: titleSchema,
      start: daySchema,
      end: daySchema,
      /** Empty means every region. */
      regions: z.array(regionCodeSchema),
      reason: z.string().max(1000),
    })
    .refine((b) => b.start <= b.end, {
      path: ['end'],
      message: 'The window must end on or after its first day',
    }),
);
export type BlackoutWindow = z.infer<typeof blackoutSchema>;
