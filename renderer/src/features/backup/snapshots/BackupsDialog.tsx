import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../../preload/contract';
import { ErrorText } from '../../../app/ErrorText';
import { useDeskLocale } from '../../../app/format';
import { describeBridgeError } from '../../../app/bridgeErrors';
import { call } from '../../../bridge';
import { db } from '../../../db';
import { deskTimeZone } from '../../roster/localClock';
import { hostFacts } from './hostFacts';
import { restoreSnapshot } from './restoreSnapshot';
import { snapshotTime } from './snapshotWords';
import { SnapshotList } from './SnapshotList';
import { onSnapshotWritten } from './snapshotsChanged';

export type Snapshot = MethodOutput<'backups:list'>['snapshots'][number];

type Step =
  | { kind: 'list'; message: string | null; done: boolean }
  | { kind: 'confirm'; snapshot: Snapshot }
  | { kind: 'restoring'; snapshot: Snapshot };

/**
 * "Backups": the snapshots kept, newest first, with their time in the desk's zone, size and reason; one is
 * restored only after the IC confirms, and the current state is saved as a snapshot first.
 */
export function BackupsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const locale = useDeskLocale();
  const [zone] = useState(deskTimeZone);
  const [snapshots, setSnapshots] = useState<Snapshot[] | null>(null);
  const [folder, setFolder] = useState<string | null>(null);
  const [step, setStep] = useState<Step>({ kind: 'list', message: null, done: false });
  const [listed, setListed] = useState(0);
  const timeOf = (snapshot: Snapshot) => snapshotTime(snapshot.createdAt, locale, zone);
  useEffect(() => onSnapshotWritten(() => setListed((n) => n + 1)), []);

  useEffect(() => {
    let live = true;
    void (async () => {
      const [answer, facts] = await Promise.all([call('backups:list', {}), hostFacts()]);
      if (!live) return;
      setFolder(facts.folder);
      if (answer.ok) setSnapshots(answer.value.snapshots);
      else {
        setSnapshots([]);
        setStep({ kind: 'list', message: describeBridgeError(t, answer.error), done: false });
      }
    })();
    return () => {
      live = false;
    };
  }, [t, listed]);

  async function restore(snapshot: Snapshot) {
    setStep({ kind: 'restoring', snapshot });
    const time = timeOf(snapshot);
    const outcome = await restoreSnapshot(
      t,
      db,
      { name: snapshot.name, time },
      {
        now: Date.now(),
        appVersion: (await hostFacts()).appVersion,
      },
    ).catch((error: unknown) => ({
      ok: false as const,
      message: t('snapshots.failed', {
        time,
        message: error instanceof Error ? error.message : String(error),
      }),
    }));
    const message = outcome.ok ? t('snapshots.restored', { time, count: outcome.events }) : outcome.message;
    setStep({ kind: 'list', message, done: outcome.ok });
  }

  const busy = step.kind === 'restoring';
  const backToList = () => setStep({ kind: 'list', message: null, done: false });
  return (
    <Dialog
      open
      // Escape while asking goes back to the list; while restoring it does nothing (the restore runs on).
      onClose={busy ? undefined : step.kind === 'confirm' ? backToList : onClose}
      aria-labelledby="backups-title"
      fullWidth
      maxWidth="sm"
    >
      <DialogTitle id="backups-title">
        {step.kind === 'confirm' ? t('snapshots.confirmTitle') : t('snapshots.title')}
      </DialogTitle>
      <DialogContent>
        {step.kind === 'confirm' ? (
          <DialogContentText>{t('snapshots.confirm', { time: timeOf(step.snapshot) })}</DialogContentText>
        ) : step.kind === 'restoring' ? (
          <>
            <DialogContentText role="status">
              {t('snapshots.restoring', { time: timeOf(step.snapshot) })}
            </DialogContentText>
            <LinearProgress sx={{ mt: 2 }} />
          </>
        ) : (
          <>
            <DialogContentText>{t('snapshots.help')}</DialogContentText>
            {folder === null ? null : (
              <DialogContentText variant="body2" sx={{ mt: 1, wordBreak: 'break-all' }}>
                {t('snapshots.where', { folder })}
              </DialogContentText>
            )}
            {step.done ? (
              <DialogContentText role="status" sx={{ mt: 2 }}>
                {step.message}
              </DialogContentText>
            ) : (
              <ErrorText message={step.message} />
            )}
            <SnapshotList
              snapshots={snapshots}
              timeOf={timeOf}
              onChoose={(snapshot) => setStep({ kind: 'confirm', snapshot })}
            />
          </>
        )}
      </DialogContent>
      <DialogActions>
        {step.kind === 'confirm' ? (
          <>
            <Button onClick={backToList}>{t('snapshots.cancel')}</Button>
            <Button variant="contained" color="warning" autoFocus onClick={() => void restore(step.snapshot)}>
              {t('snapshots.restore')}
            </Button>
          </>
        ) : (
          <Button onClick={onClose} disabled={busy}>
            {t('snapshots.close')}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}
