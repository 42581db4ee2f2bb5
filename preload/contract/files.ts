import { z } from 'zod';

export const exportFormats = ['csv', 'markdown', 'json'] as const;

/** A file name the host may create: no folder in it, and not `.` or `..`. */
const exportFileName = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[\w.-]+$/, 'letters, digits, dot, dash and underscore only')
  // `.` and `..` pass the character rule but name folders, not files.
  .refine((name) => !/^\.+$/.test(name), 'a file name, not . or ..');

export const fileMethods = {
  /**
   * Saves an export (ICS-211, postmortem, runbook) the renderer has built. The desktop asks the user
   * where; the browser host, which cannot show a dialog, writes into its data folder's exports/.
   */
  'files:save-export': {
    input: z
      .object({
        suggestedName: exportFileName,
        format: z.enum(exportFormats),
        content: z.string().max(50 * 1024 * 1024),
      })
      .strict(),
    output: z.object({ saved: z.boolean(), path: z.string().nullable() }),
  },
  /**
   * Prints the calling window's printable page (the postmortem) to a PDF file. Only the desktop can:
   * the browser host answers `supported: false`, and the page then opens the browser's own print.
   */
  'files:print-to-pdf': {
    input: z
      .object({ suggestedName: exportFileName.refine((name) => name.endsWith('.pdf'), 'a .pdf name') })
      .strict(),
    output: z.object({ supported: z.boolean(), saved: z.boolean(), path: z.string().nullable() }),
  },
} as const;
