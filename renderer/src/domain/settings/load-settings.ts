import { z } from 'zod';
import { DomainError } from '../errors';

/** When the cockpit nudges about one person carrying the incident (issue 6: 40% with three checked in). */
export type LoadThresholds = {
  /** Share of the open tasks, in percent, from which the busiest person is carrying too much. */
  concentrationPercent: number;
  /** Fewer people than this cannot share the load, so there is nothing to nudge about. */
  minCheckedIn: number;
};

export const defaultLoadThresholds: LoadThresholds = { concentrationPercent: 40, minCheckedIn: 3 };

/** The ranges a team may set; anything outside is a typo, not a policy. */
export const loadThresholdsSchema = z
  .object({
    concentrationPercent: z.number().int().min(10).max(100),
    minCheckedIn: z.number().int().min(2).max(100),
  })
  .strict();

/** Checks thresholds the IC typed; refuses with the first field that is out of range. */
export function checkLoadThresholds(value: LoadThresholds): LoadThresholds {
  const parsed = loadThresholdsSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new DomainError('bad-threshold', { field: String(parsed.error.issues[0]?.path[0] ?? '') });
}

/** Reads stored thresholds; an unreadable row falls back to the defaults rather than breaking the cockpit. */
export function readLoadThresholds(stored: unknown): LoadThresholds {
  const parsed = loadThresholdsSchema.safeParse(stored);
  return parsed.success ? parsed.data : defaultLoadThresholds;
}
