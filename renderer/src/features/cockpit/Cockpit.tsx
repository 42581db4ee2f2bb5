import Box from '@mui/material/Box';
import { useMemo, useState } from 'react';
import { useFatigueThresholds } from '../../db/hooks/useSettings';
import { responderNudges } from '../../domain/fatigue/nudges';
import type { Incident } from '../../domain/incident/types';
import { orderNudges, type CockpitNudge } from '../../domain/nudges';
import { responderStates } from '../../domain/roster/roster';
import { LogPanel } from '../log/LogPanel';
import { NudgesPanel } from '../nudges/NudgesPanel';
import { useFatigueNotifications } from '../nudges/useFatigueNotifications';
import { RosterPanel } from '../roster/RosterPanel';
import { useRoster } from '../roster/useRoster';

/**
 * The cockpit of one incident. Left: what needs the IC (nudges) and who is on the incident (roster).
 * Right: the work (task board, broadcasts) above the incident log.
 */
export function Cockpit({ incident }: { incident: Incident }) {
  const thresholds = useFatigueThresholds();
  const live = useRoster(incident.id, undefined, thresholds);
  const [checkInOpen, setCheckInOpen] = useState(false);
  useFatigueNotifications(incident.id, live?.roster, live?.now ?? 0);

  const nudges = useMemo((): CockpitNudge[] => {
    if (live === undefined) return [];
    const people = responderStates(live.roster, live.input);
    return orderNudges(responderNudges({ people, now: live.now, thresholds: live.thresholds }));
  }, [live]);

  return (
    <Box
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: '1fr', md: 'minmax(320px, 400px) 1fr' },
        gap: 2,
        flex: 1,
        minHeight: 0,
      }}
    >
      <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2, minHeight: 0, overflow: 'auto' }}>
        <NudgesPanel nudges={nudges} now={live?.now ?? 0} />
        {live === undefined ? null : (
          <RosterPanel
            incident={incident}
            live={live}
            checkInOpen={checkInOpen}
            onCheckInOpen={setCheckInOpen}
          />
        )}
      </Box>
      <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2, minHeight: 0 }}>
        {/* Task board and broadcasts panels go here, above the log. */}
        <Box sx={{ flex: 1, minHeight: 300 }}>
          <LogPanel key={incident.id} incident={incident} />
        </Box>
      </Box>
    </Box>
  );
}
