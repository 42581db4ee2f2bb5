import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotices } from '../../app/errors';
import { actorName, useOperator } from '../../app/operator';
import { db } from '../../db';
import { useDrill } from '../../db/hooks/useDrill';
import { recordDueInjects } from '../../db/repositories/drills';
import { injectsDue } from '../../domain/drills/runner';

/**
 * While a drill's incident is open, writes each inject into its log as it comes due, at the app's clock
 * tick. The pure decision (injectsDue) runs each second; the write checks again inside its transaction, so
 * a second tab or a double render never tells the players twice.
 */
export function useDrillRunner(incidentId: string): void {
  const { t } = useTranslation();
  const [operator] = useOperator();
  const { reportError } = useNotices();
  const view = useDrill(incidentId);
  const writing = useRef(false);
  const read = view?.read;
  const state = view?.state ?? null;
  const now = view?.now ?? 0;
  const due = read?.kind === 'drill' && state !== null ? injectsDue(state, read.shown).length : 0;

  useEffect(() => {
    if (due === 0 || writing.current) return;
    writing.current = true;
    const businessSide = t('drills.run.businessSide');
    recordDueInjects(db, incidentId, {
      now,
      actor: actorName(operator),
      speaker: (from) => (from.trim() === '' ? businessSide : from),
    })
      .catch(reportError)
      .finally(() => {
        writing.current = false;
      });
  }, [due, now, incidentId, operator, t, reportError]);
}
