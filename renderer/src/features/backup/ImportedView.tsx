import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';

/** What an import did, and the incident it brought, to open it from the same dialog. */
export type Imported = { added: number; alreadyHere: number; incident: { id: string; title: string } | null };

/** "Imported 1,234 events (12 already here).", announced to screen readers. */
export function ImportedView({ imported }: { imported: Imported }) {
  const { t } = useTranslation();
  const { added, alreadyHere } = imported;
  return (
    <Typography role="status">
      {added === 0
        ? t('backupUi.importedNothing', { alreadyHere })
        : t('backupUi.imported', { count: added, alreadyHere })}
    </Typography>
  );
}
