import Alert from '@mui/material/Alert';
import { useTranslation } from 'react-i18next';

/** The warning itself, apart from the check: only a browser that may evict the data ever loads it. */
export function StorageWarning({ onDismiss }: { onDismiss: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      severity="warning"
      onClose={onDismiss}
      slotProps={{ closeButton: { 'aria-label': t('app.dismiss') } }}
    >
      {t('app.storageNotPersisted')}
    </Alert>
  );
}
