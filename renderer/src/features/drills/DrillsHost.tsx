import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Incident } from '../../domain/incident/types';
import type { PaletteAction } from '../palette/actions';
import { usePaletteActions } from '../palette/usePaletteActions';
import { DrillRunner, GameMasterView, StartDrillDialog } from './parts';
import { openStartDrill, useStartDrillRequests } from './startRequests';

type Props = { incident: Incident | null; onStarted: (incidentId: string) => void };

/**
 * Drills in the app: "Start a drill…" (palette, and the button beside Declare), the runner that brings
 * injects on time while a drill is open, and the game master's view. The view opens only from its own
 * command (palette or Shift+G), never by itself: the players may be watching the screen.
 */
export function DrillsHost({ incident, onStarted }: Props) {
  const { t } = useTranslation();
  const [starting, setStarting] = useState(false);
  const [gameMaster, setGameMaster] = useState(false);
  useStartDrillRequests(() => setStarting(true));
  const isDrill = incident?.isDrill === true;

  const actions = useMemo(
    (): PaletteAction[] => [
      {
        id: 'drills.start',
        label: t('drills.run.startCommand'),
        group: 'incident',
        keywords: t('drills.run.startKeywords'),
        run: openStartDrill,
      },
      ...(isDrill
        ? [
            {
              id: 'drills.game-master',
              label: t('drills.run.gmCommand'),
              group: 'incident' as const,
              shortcut: 'shift+g',
              keywords: t('drills.run.gmKeywords'),
              run: () => setGameMaster(true),
            },
          ]
        : []),
    ],
    [t, isDrill],
  );
  usePaletteActions(actions);

  return (
    <>
      {incident === null ? null : <DrillRunner key={incident.id} incident={incident} />}
      {starting ? (
        <StartDrillDialog
          onClose={() => setStarting(false)}
          onStarted={(id) => {
            setStarting(false);
            onStarted(id);
          }}
        />
      ) : null}
      {gameMaster && incident !== null && isDrill ? (
        <GameMasterView key={incident.id} incident={incident} onClose={() => setGameMaster(false)} />
      ) : null}
    </>
  );
}
