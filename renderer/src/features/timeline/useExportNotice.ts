import { useCallback } from 'react';
import { useNotices } from '../../app/errors';
import type { SavedExport } from '../../platform';

/** Says where an export went, or why it did not; a failure to read the store is reported like any other. */
export function useExportNotice(savedMessage: (where: string | null) => string) {
  const { notify, reportError } = useNotices();
  return useCallback(
    (saving: Promise<SavedExport>) =>
      void saving.then((result) => {
        if (result.error !== undefined) notify({ severity: 'error', message: result.error });
        else if (result.saved) notify({ severity: 'success', message: savedMessage(result.where) });
      }, reportError),
    [notify, reportError, savedMessage],
  );
}
