import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotices } from '../../app/errors';
import { call } from '../../bridge';
import { db } from '../../db';
import { useAutoSendCandidates, useTeamCadence } from '../../db/hooks/useBroadcasts';
import { startDispatcher } from '../../db/outbox/dispatcher';
import { nextUpdateBy } from '../../domain/broadcasts/cadence';
import { cadenceOverrideOf } from '../../domain/broadcasts/plan';
import { queueDueUpdate } from './autoSend';
import { markBridgeRejected, onDispatcherWake, wakeDispatcher } from './dispatcherSignal';
import { labelsFor, localTimeZone } from './messageLabels';
import { markSeen, sessionStartedAt } from './sessionTimes';

/** How often this session notes that War Room is running, to tell later what came due while it was closed. */
const seenEveryMs = 5_000;

/**
 * Runs the outbox dispatcher (one across windows: the others wait for its lock) and sends the due updates of
 * auto-send incidents at their due time. Renders nothing.
 */
export function BroadcastDispatcher() {
  const { i18n } = useTranslation();
  const { reportError } = useNotices();
  const candidates = useAutoSendCandidates();
  const cadence = useTeamCadence();

  useEffect(() => {
    const dispatcher = startDispatcher({ db, call, onBridgeRejected: markBridgeRejected });
    const unsubscribe = onDispatcherWake(() => dispatcher.wake());
    markSeen(Date.now());
    const seen = setInterval(() => markSeen(Date.now()), seenEveryMs);
    return () => {
      clearInterval(seen);
      unsubscribe();
      void dispatcher.stop();
    };
  }, []);

  useEffect(() => {
    if (candidates === undefined) return;
    const due = candidates.flatMap((c) => {
      const dueAt = nextUpdateBy({
        severity: c.incident.severity,
        status: c.incident.status,
        declaredAt: c.incident.declaredAt,
        lastBroadcastAt: c.lastBroadcastAt,
        cadence,
        cadenceOverride: cadenceOverrideOf(c.plan.cadence),
      });
      // What came due before this session started is shown to the IC, never sent blindly.
      return dueAt === null || dueAt < sessionStartedAt ? [] : [{ ...c, dueAt }];
    });
    const earliest = Math.min(...due.map((d) => d.dueAt));
    if (!Number.isFinite(earliest)) return;
    const timer = setTimeout(
      () => {
        const now = Date.now();
        const labels = labelsFor(i18n.language);
        const timeZone = localTimeZone();
        void Promise.all(
          due
            // A timer may fire a hair early on some platforms; what is due within the tick goes now.
            .filter((d) => d.dueAt <= now + 50)
            .map((d) => queueDueUpdate({ ...d, cadence, now, labels, timeZone })),
        ).then(wakeDispatcher, reportError);
      },
      Math.max(0, earliest - Date.now()),
    );
    return () => clearTimeout(timer);
  }, [candidates, cadence, i18n.language, reportError]);

  return null;
}
