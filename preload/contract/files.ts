import { z } from 'zod';

export const exportFormats = ['csv', 'markdown', 'json'] as const;

export const fileMethods = {
  /**
   * Saves an export (ICS-211, postmortem, runbook) the renderer has built. The desktop asks the user
   * where; the browser host, which cannot show a dialog, writes into its data folder's exports/.
   */
  'files:save-export': {
    input: z
      .object({
        suggestedName: z
          .string()
          .min(1)
          .max(120)
          .regex(/^[\w.-]+$/, 'letters, digits, dot, dash and underscore only')
          // `.` and `..` pass the character rule but name folders, not files.
          .refine((name) => !/^\.+$/.test(name), 'a file name, not . or ..'),
        format: z.enum(exportFormats),
        content: z.string().max(50 * 1024 * 1024),
      })
      .strict(),
    output: z.object({ saved: z.boolean(), path: z.string().nullable() }),
  },
} as const;
