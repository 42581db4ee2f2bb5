import { useCallback, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotices } from '../../app/errors';
import { lazyCode } from '../../app/lazyPart';
import { db } from '../../db';
import type { Incident } from '../../domain/incident/types';
import { saveExport } from '../../platform';
import { appVersion } from './appVersion';
import { incidentBackupFileName, wholeBackupFileName } from './backupFileName';
import { ExportProgressDialog, type Progress } from './ExportProgressDialog';

type Building = { progress: Progress | null };

// What builds the file comes with the first export (or the idle prefetch), not with the first paint.
const exportCode = lazyCode(() => import('../../db/repositories/backup-export'));

/**
 * "Export backup…" and "Export this incident…": builds the file with a progress bar, then saves it (a
 * save dialog on the desktop, a download in the browser) and says where it went. One export at a time.
 */
export function useBackupExport(): { exportFile: (incident: Incident | null) => void; dialog: ReactNode } {
  const { t } = useTranslation();
  const { notify, reportError } = useNotices();
  const [building, setBuilding] = useState<Building | null>(null);
  const running = useRef(false);

  const exportFile = useCallback(
    (incident: Incident | null) => {
      if (running.current) return;
      running.current = true;
      setBuilding({ progress: null });
      void (async () => {
        try {
          const now = Date.now();
          const scope =
            incident === null
              ? { kind: 'all' as const }
              : { kind: 'incident' as const, incidentId: incident.id };
          const { exportBackup } = await exportCode();
          const built = await exportBackup(db, scope, {
            now,
            appVersion: await appVersion(),
            onProgress: (done, total) => setBuilding({ progress: { done, total } }),
          });
          const name = incident === null ? wholeBackupFileName(now) : incidentBackupFileName(incident, now);
          const saved = await saveExport(name, 'json', built.text);
          if (saved.error !== undefined) notify({ severity: 'error', message: saved.error });
          else if (saved.saved)
            notify({
              severity: 'success',
              message: t('backupUi.exported', { count: built.events, path: saved.where }),
            });
        } catch (error) {
          reportError(error);
        } finally {
          running.current = false;
          setBuilding(null);
        }
      })();
    },
    [t, notify, reportError],
  );

  const dialog = building === null ? null : <ExportProgressDialog progress={building.progress} />;
  return { exportFile, dialog };
}
