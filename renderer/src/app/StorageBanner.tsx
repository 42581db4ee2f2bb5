import Alert from '@mui/material/Alert';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { requestDurableStorage } from '../db';

/** Warns, without blocking, when the browser may evict the incident data under disk pressure. */
export function StorageBanner() {
  const { t } = useTranslation();
  const [persisted, setPersisted] = useState<boolean | null>(null);
  const [dismissed, setDismissed] = useState(false);
  useEffect(() => {
    void requestDurableStorage().then((health) => setPersisted(health.persisted));
  }, []);
  if (persisted !== false || dismissed) return null;
  return (
    <Alert
      severity="warning"
      onClose={() => setDismissed(true)}
      slotProps={{ closeButton: { 'aria-label': t('app.dismiss') } }}
    >
      {t('app.storageNotPersisted')}
    </Alert>
  );
}
