import { z } from 'zod';

export const transportSchema = z.enum(['desktop', 'browser-host']);

export const appMethods = {
  /** Who is answering: the version, where the data lives, and which transport carries the bridge. */
  'app:info': {
    input: z.object({}).strict(),
    output: z.object({
      name: z.string(),
      version: z.string(),
      dataFolder: z.string(),
      transport: transportSchema,
      platform: z.string(),
    }),
  },
} as const;
