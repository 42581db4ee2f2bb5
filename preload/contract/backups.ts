import { z } from 'zod';

/** Why a snapshot was taken: on the schedule, or to keep the state from just before an import or a restore. */
export const snapshotReasons = ['scheduled', 'before-import', 'before-restore'] as const;
export const snapshotReasonSchema = z.enum(snapshotReasons);

/** The biggest snapshot main writes or reads (a whole-database backup of a busy year is tens of MB). */
export const maxSnapshotBytes = 200 * 1024 * 1024;

const snapshotSchema = z.object({
  /** The file's name in the snapshot folder; main checks it against its own pattern before reading. */
  name: z.string(),
  /** ISO time the snapshot was taken. */
  createdAt: z.string(),
  bytes: z.number().int().nonnegative(),
  reason: snapshotReasonSchema,
});

export const backupMethods = {
  /**
   * Keeps the renderer's whole-database backup as a snapshot in the data folder's backups/ (atomically:
   * never a half-written newest), then deletes the ones the retention policy no longer keeps.
   */
  'backups:write-snapshot': {
    input: z
      .object({ content: z.string().min(1).max(maxSnapshotBytes), reason: snapshotReasonSchema })
      .strict(),
    output: snapshotSchema.pick({ name: true, bytes: true, createdAt: true }),
  },
  /** The snapshots kept, newest first. */
  'backups:list': {
    input: z.object({}).strict(),
    output: z.object({ snapshots: z.array(snapshotSchema) }),
  },
  /** One snapshot's text, for the renderer to check and restore. */
  'backups:read': {
    input: z
      .object({
        name: z
          .string()
          .min(1)
          .max(120)
          .regex(/^[\w.-]+$/, 'a snapshot file name'),
      })
      .strict(),
    output: z.object({ content: z.string() }),
  },
} as const;
