import { useEffect, useState } from 'react';
import { requestDurableStorage } from '../db';
import { lazyPart } from './lazyPart';

// Read once is enough: a device-local preference, like the theme, so it does not return at every start.
const dismissedKey = 'warroom.storageWarningDismissed';

// Shown, if ever, after the storage check answers: its code (MUI's alert) is not in the first paint.
const StorageWarning = lazyPart(() => import('./StorageWarning').then((m) => m.StorageWarning));

/** Warns, without blocking, when the browser may evict the incident data under disk pressure. */
export function StorageBanner() {
  const [persisted, setPersisted] = useState<boolean | null>(null);
  const [dismissed, setDismissed] = useState(() => localStorage.getItem(dismissedKey) === 'yes');
  useEffect(() => {
    void requestDurableStorage().then((health) => setPersisted(health.persisted));
  }, []);
  if (persisted !== false || dismissed) return null;
  return (
    <StorageWarning
      onDismiss={() => {
        localStorage.setItem(dismissedKey, 'yes');
        setDismissed(true);
      }}
    />
  );
}
