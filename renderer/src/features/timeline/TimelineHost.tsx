import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Incident } from '../../domain/incident/types';
import type { PaletteAction } from '../palette/actions';
import { usePaletteActions } from '../palette/usePaletteActions';
import { deskTimeZone } from '../roster/localClock';
import { dialogLoading, lazyPart } from '../../app/lazyPart';

const Ics214Dialog = lazyPart(() => import('./Ics214Dialog').then((m) => m.Ics214Dialog), {
  fallback: dialogLoading,
});
const TimelineDialog = lazyPart(() => import('./TimelineDialog').then((m) => m.TimelineDialog), {
  fallback: dialogLoading,
});

type Open = 'timeline' | 'ics214' | null;

/**
 * The timeline view and the ICS-214 export, opened from the palette ("Timeline", "ICS-214") over the
 * cockpit of the incident on screen. The zone chosen in one is kept for the other while the window is open.
 */
export function TimelineHost({ incident }: { incident: Incident | null }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Open>(null);
  const [timeZone, setTimeZone] = useState(deskTimeZone);

  const actions = useMemo(
    (): PaletteAction[] =>
      incident === null
        ? []
        : [
            {
              id: 'timeline.open',
              label: t('timeline.open'),
              group: 'log',
              keywords: t('timeline.keywords'),
              run: () => setOpen('timeline'),
            },
            {
              id: 'timeline.ics214',
              label: t('timeline.ics214.open'),
              group: 'log',
              keywords: t('timeline.ics214.keywords'),
              run: () => setOpen('ics214'),
            },
          ],
    [t, incident],
  );
  usePaletteActions(actions);

  if (incident === null || open === null) return null;
  const props = { incident, timeZone, onTimeZone: setTimeZone, onClose: () => setOpen(null) };
  return open === 'timeline' ? (
    <TimelineDialog key={incident.id} {...props} />
  ) : (
    <Ics214Dialog key={incident.id} {...props} />
  );
}
