import Alert from '@mui/material/Alert';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { requestDurableStorage } from '../db';

// Read once is enough: a device-local preference, like the theme, so it does not return at every start.
const dismissedKey = 'warroom.storageWarningDismissed';

/** Warns, without blocking, when the browser may evict the incident data under disk pressure. */
export function StorageBanner() {
  const { t } = useTranslation();
  const [persisted, setPersisted] = useState<boolean | null>(null);
  const [dismissed, setDismissed] = useState(() => localStorage.getItem(dismissedKey) === 'yes');
  useEffect(() => {
    void requestDurableStorage().then((health) => setPersisted(health.persisted));
  }, []);
  if (persisted !== false || dismissed) return null;
  return (
    <Alert
      severity="warning"
      onClose={() => {
        localStorage.setItem(dismissedKey, 'yes');
        setDismissed(true);
      }}
      slotProps={{ closeButton: { 'aria-label': t('app.dismiss') } }}
    >
      {t('app.storageNotPersisted')}
    </Alert>
  );
}
