/**
 * The steps of an import, outside React so the dialog only shows where it stands: read the chosen file,
 * parse it in a worker, preview it against this desktop's database. Nothing here writes.
 */
import type { TFunction } from 'i18next';
import { db } from '../../db';
import { previewImport, type ImportPreview } from '../../db/repositories/backup-preview';
import { backupBounds } from '../../domain/backup/format';
import type { BackupFile, BackupProblem } from '../../domain/backup/parse';
import { parseInWorker } from './parseInWorker';

/**
 * Past the parser's bound even if every character took three bytes (UTF-8 of any character a backup
 * holds in practice): refused before reading, so a wrong file chosen by mistake cannot fill the memory.
 */
export const maxBackupFileBytes = backupBounds.maxChars * 3;

export type ReadOutcome =
  { ok: true; file: BackupFile; preview: ImportPreview } | { ok: false; message: string };

export function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** What is wrong with a refused file and where, in the IC's words (backup-core's strings). */
export function describeProblem(t: TFunction, problem: BackupProblem): string {
  return t(`backup.problem.${problem.code}`, { where: problem.where, detail: problem.detail ?? '' });
}

/** Reads, parses and previews a chosen file; a refusal says why, in a sentence. */
export async function readBackup(t: TFunction, chosen: File, signal: AbortSignal): Promise<ReadOutcome> {
  const name = chosen.name;
  if (chosen.size > maxBackupFileBytes) {
    const values = { name, size: megabytes(chosen.size), max: megabytes(maxBackupFileBytes) };
    return { ok: false, message: t('backupUi.fileTooLarge', values) };
  }
  let text: string;
  try {
    text = await chosen.text();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, message: t('backupUi.unreadable', { name, message }) };
  }
  const parsed = await parseInWorker(text, Date.now(), signal);
  if (!parsed.ok) return { ok: false, message: describeProblem(t, parsed.problem) };
  const preview = await previewImport(db, parsed.file);
  if (preview.problem !== null) return { ok: false, message: describeProblem(t, preview.problem) };
  return { ok: true, file: parsed.file, preview };
}
