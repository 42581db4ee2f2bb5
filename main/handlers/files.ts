import { writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { HandlerError, type ExportTarget, type HandlerContext, type HandlerGroup } from './context';

/** How many "name (n).csv" to try before saying the folder is full of same-named exports. */
const maxFreeNameTries = 100;

function errorCode(error: unknown): unknown {
  return typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
}

/** "ics-211.csv", "ics-211 (2).csv", "ics-211 (3).csv" …: the names tried for an export, in order. */
export function exportNameCandidates(path: string, count: number = maxFreeNameTries): string[] {
  const extension = extname(path);
  const stem = basename(path, extension);
  const folder = dirname(path);
  return Array.from({ length: count }, (_, index) =>
    index === 0 ? path : join(folder, `${stem} (${index + 1})${extension}`),
  );
}

/** Writes the export; never replaces a file the user did not choose to replace. Answers the path written. */
async function writeExport(target: ExportTarget, content: string | Uint8Array): Promise<string> {
  const candidates = target.replaceExisting ? [target.path] : exportNameCandidates(target.path);
  for (const path of candidates) {
    try {
      await writeFile(path, content, {
        ...(typeof content === 'string' ? { encoding: 'utf8' as const } : {}),
        mode: 0o600,
        flag: target.replaceExisting ? 'w' : 'wx',
      });
      return path;
    } catch (error) {
      if (errorCode(error) === 'EEXIST') continue;
      if (errorCode(error) === 'ENOSPC')
        throw new HandlerError('disk_full', 'The disk is full: the export was not saved.');
      throw new HandlerError('internal', `Could not write ${path}.`);
    }
  }
  throw new HandlerError(
    'bad_input',
    `${maxFreeNameTries} exports named ${basename(target.path)} already exist: move some away or rename them.`,
  );
}

export function fileHandlers(
  context: HandlerContext,
): HandlerGroup<'files:save-export' | 'files:print-to-pdf'> {
  return {
    'files:save-export': async ({ suggestedName, content }) => {
      const target = await context.platform.chooseExportPath(suggestedName);
      if (target === null) return { saved: false, path: null };
      return { saved: true, path: await writeExport(target, content) };
    },
    'files:print-to-pdf': async ({ suggestedName }) => {
      const print = context.platform.printPageToPdf;
      if (print === undefined) return { supported: false, saved: false, path: null };
      // Printed before the save dialog opens, while the page that asked is still the focused window.
      const pdf = await print();
      if (pdf === null) throw new HandlerError('internal', 'There was no War Room window to print.');
      const target = await context.platform.chooseExportPath(suggestedName);
      if (target === null) return { supported: true, saved: false, path: null };
      return { supported: true, saved: true, path: await writeExport(target, pdf) };
    },
  };
}
