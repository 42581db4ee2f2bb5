import { writeFile } from 'node:fs/promises';
import { HandlerError, type HandlerContext, type HandlerGroup } from './context';

function isDiskFull(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOSPC';
}

export function fileHandlers(context: HandlerContext): HandlerGroup<'files:save-export'> {
  return {
    'files:save-export': async ({ suggestedName, content }) => {
      const path = await context.platform.chooseExportPath(suggestedName);
      if (path === null) return { saved: false, path: null };
      try {
        await writeFile(path, content, { encoding: 'utf8', mode: 0o600 });
      } catch (error) {
        if (isDiskFull(error))
          throw new HandlerError('disk_full', 'The disk is full: the export was not saved.');
        throw new HandlerError('internal', `Could not write ${path}.`);
      }
      return { saved: true, path };
    },
  };
}
