import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotices } from '../../../app/errors';
import { call } from '../../../bridge';
import { db } from '../../../db';
import { defaultLock } from '../../../db/outbox/locks';
import { hostFacts } from './hostFacts';
import { logSignature } from './logSignature';
import { startSnapshotSchedule } from './schedule';
import { describeSnapshotFailure, takeSnapshot } from './takeSnapshot';

async function lastSnapshotAt(): Promise<number | null> {
  const listed = await call('backups:list', {});
  const newest = listed.ok ? listed.value.snapshots[0] : undefined;
  return newest === undefined ? null : Date.parse(newest.createdAt);
}

/** Takes the automatic snapshots while War Room runs (one window does, across windows). Renders nothing. */
export function SnapshotScheduler() {
  const { t } = useTranslation();
  const { notify } = useNotices();
  // The latest words and notice, without restarting the schedule (and forgetting what it saved) on a language switch.
  const warn = useRef((error: unknown) => {
    void error;
  });
  useEffect(() => {
    warn.current = (error) =>
      notify({
        severity: 'warning',
        message: t('snapshots.scheduleFailed', { message: describeSnapshotFailure(t, error) }),
      });
  });

  useEffect(() => {
    const schedule = startSnapshotSchedule({
      now: () => Date.now(),
      lock: defaultLock(),
      lastSnapshotAt,
      logSignature: () => logSignature(db),
      take: async (now) => takeSnapshot(db, 'scheduled', { now, appVersion: (await hostFacts()).appVersion }),
      // A warning, not an error: nothing is lost (the data is in this desktop), the next try is in 15 minutes.
      onFailure: (error) => warn.current(error),
    });
    return () => schedule.stop();
  }, []);

  return null;
}
