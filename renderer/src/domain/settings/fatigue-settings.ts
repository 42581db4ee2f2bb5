import { z } from 'zod';
import { DomainError } from '../errors';
import { defaultFatigueThresholds, type FatigueThresholds } from '../fatigue/thresholds';

const minutes = (max: number) => z.number().int().min(1).max(max);
const hour = z.number().int().min(0).max(23);

/** The ranges a team may set; anything outside is a typo, not a policy. */
export const fatigueThresholdsSchema = z
  .object({
    breakDueAfterMinutes: minutes(24 * 60),
    exhaustedAfterContinuousMinutes: minutes(48 * 60),
    minBreakMinutes: minutes(12 * 60),
    longRestMinutes: minutes(48 * 60),
    workRestRatio: z.number().min(0.5).max(10),
    balanceWindowMinutes: minutes(7 * 24 * 60),
    dutyWarningMinutes: minutes(72 * 60),
    dutyLimitMinutes: minutes(72 * 60),
    dutyHardMaxMinutes: minutes(96 * 60),
    nightStartHour: hour,
    nightEndHour: hour,
    nightWeight: z.number().min(1).max(5),
    // Thresholds saved before this switch existed keep working, with the night counted.
    nightCountsTowardLimits: z.boolean().default(true),
    freshBelowWorkMinutes: minutes(24 * 60),
  })
  .strict()
  .refine((t) => t.breakDueAfterMinutes < t.exhaustedAfterContinuousMinutes, {
    path: ['exhaustedAfterContinuousMinutes'],
  })
  .refine((t) => t.dutyWarningMinutes < t.dutyLimitMinutes && t.dutyLimitMinutes <= t.dutyHardMaxMinutes, {
    path: ['dutyLimitMinutes'],
  });

/** Checks thresholds the IC typed; refuses with the first field that is out of range. */
export function checkFatigueThresholds(value: FatigueThresholds): FatigueThresholds {
  const parsed = fatigueThresholdsSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new DomainError('bad-threshold', { field: String(parsed.error.issues[0]?.path[0] ?? '') });
}

/** Reads stored thresholds; an unreadable row falls back to the defaults rather than breaking the cockpit. */
export function readFatigueThresholds(stored: unknown): FatigueThresholds {
  const parsed = fatigueThresholdsSchema.safeParse(stored);
  return parsed.success ? parsed.data : defaultFatigueThresholds;
}
