import type { TFunction } from 'i18next';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DomainError } from '../domain/errors';
import { StorageError } from '../db/storage-errors';
import { lazyPart } from './lazyPart';

// Its code (MUI's snackbar) comes with the first notice or the idle prefetch; the first paint shows none.
const NoticeSnackbar = lazyPart(() => import('./NoticeSnackbar').then((m) => m.NoticeSnackbar), {
  hidden: (p) => p.notice === null,
});

/** Puts any failure into the IC's words: refusals, a full disk, or the unexpected. */
export function describeError(t: TFunction, error: unknown): string {
  if (error instanceof DomainError) {
    const values = { ...error.values };
    if (typeof values.field === 'string')
      values.field = t(`fields.${values.field}`, { defaultValue: values.field });
    return t(`errors.${error.code}`, values);
  }
  if (error instanceof StorageError) return t(`errors.${error.reason}`);
  return t('errors.unexpected', { message: error instanceof Error ? error.message : String(error) });
}

export type Notice = { message: string; severity: 'error' | 'warning' | 'info' | 'success' };
type Notify = { reportError: (error: unknown) => void; notify: (notice: Notice) => void };
const NoticeContext = createContext<Notify>({ reportError: () => {}, notify: () => {} });

export function NoticeProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<Notice | null>(null);
  const notify = useCallback((next: Notice) => setNotice(next), []);
  const reportError = useCallback(
    (error: unknown) => setNotice({ message: describeError(t, error), severity: 'error' }),
    [t],
  );
  const value = useMemo(() => ({ reportError, notify }), [reportError, notify]);
  return (
    <NoticeContext.Provider value={value}>
      {children}
      <NoticeSnackbar notice={notice} onClose={() => setNotice(null)} />
    </NoticeContext.Provider>
  );
}

/** Shows a message to the IC; refusals and storage failures come out translated. */
export function useNotices(): Notify {
  return useContext(NoticeContext);
}
