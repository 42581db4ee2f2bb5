import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Incident } from '../../domain/incident/types';
import type { PaletteAction } from '../palette/actions';
import { usePaletteActions } from '../palette/usePaletteActions';
import type { BeforeImport } from './ImportBackupDialog';
import { useBackupExport } from './useBackupExport';
import { dialogLoading, lazyPart } from '../../app/lazyPart';

const ImportBackupDialog = lazyPart(() => import('./ImportBackupDialog').then((m) => m.ImportBackupDialog), {
  fallback: dialogLoading,
});

type Props = {
  /** The incident on screen, if any: "Export this incident…" exports it. */
  incident: Incident | null;
  /** Shows an imported incident in the cockpit, as picking it from the list does. */
  onOpenIncident: (incidentId: string) => void;
  beforeImport?: BeforeImport | undefined;
};

/**
 * The backup commands in the palette ("Export backup…", "Export this incident…", "Import backup…") and
 * the dialogs they open, over whatever the cockpit shows.
 */
export function BackupHost({ incident, onOpenIncident, beforeImport }: Props) {
  const { t } = useTranslation();
  const [importing, setImporting] = useState(false);
  const { exportFile, dialog } = useBackupExport();

  const actions = useMemo((): PaletteAction[] => {
    const keywords = t('backupUi.keywords');
    const action = (id: string, label: string, run: () => void): PaletteAction => ({
      id,
      label,
      group: 'incident',
      keywords,
      run,
    });
    return [
      action('backup.export', t('backupUi.exportAll'), () => exportFile(null)),
      // Only with an incident on screen: "this incident" is the one the IC is looking at.
      ...(incident === null
        ? []
        : [action('backup.export-incident', t('backupUi.exportIncident'), () => exportFile(incident))]),
      action('backup.import', t('backupUi.import'), () => setImporting(true)),
    ];
  }, [t, incident, exportFile]);
  usePaletteActions(actions);

  return (
    <>
      {dialog}
      {importing ? (
        <ImportBackupDialog
          onClose={() => setImporting(false)}
          onOpenIncident={(id) => {
            onOpenIncident(id);
            setImporting(false);
          }}
          beforeImport={beforeImport}
        />
      ) : null}
    </>
  );
}
