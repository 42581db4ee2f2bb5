import { z } from 'zod';

export const notificationMethods = {
  /** An OS notification, so a nudge reaches the IC even when the cockpit is not in front. */
  'notify:show': {
    input: z.object({ title: z.string().min(1).max(200), body: z.string().max(1000) }).strict(),
    output: z.object({ shown: z.boolean() }),
  },
} as const;
