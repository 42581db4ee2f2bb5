import Box from '@mui/material/Box';
import { useMemo, useState } from 'react';
import { useFatigueThresholds, useLoadThresholds } from '../../db/hooks/useSettings';
import { useTasks } from '../../db/hooks/useTasks';
import { loadNudges } from '../../domain/analytics/load-nudge';
import { responderNudges } from '../../domain/fatigue/nudges';
import type { Incident } from '../../domain/incident/types';
import { orderNudges, type CockpitNudge } from '../../domain/nudges';
import { responderStates } from '../../domain/roster/roster';
import { openTasksByPerson } from '../../domain/tasks/load';
import { taskNudges } from '../../domain/tasks/nudges';
import { taskTeam } from '../../domain/tasks/team';
import { LoadPanel } from '../analytics/LoadPanel';
import { BroadcastDispatcher } from '../broadcasts/BroadcastDispatcher';
import { BroadcastsPanel } from '../broadcasts/BroadcastsPanel';
import { useStakeholderNudges } from '../broadcasts/useStakeholderNudges';
import { LogPanel } from '../log/LogPanel';
import { NudgesPanel } from '../nudges/NudgesPanel';
import { useFatigueNotifications } from '../nudges/useFatigueNotifications';
import { RosterPanel } from '../roster/RosterPanel';
import { useRoster } from '../roster/useRoster';
import { TaskPanel } from '../tasks/TaskPanel';

const columnSx = {
  display: 'flex',
  flexDirection: 'column',
  gap: 2,
  minHeight: 0,
  overflow: 'auto',
  '& > *': { flexShrink: 0 },
} as const;

/**
 * The cockpit of one incident. Left: what needs the IC (nudges) and who is on the incident (roster).
 * Right: the work (task board, broadcasts) above the incident log.
 */
export function Cockpit({ incident }: { incident: Incident }) {
  const thresholds = useFatigueThresholds();
  const loadThresholds = useLoadThresholds();
  const tasks = useTasks(incident.id);
  const openTasks = useMemo(() => (tasks === undefined ? undefined : openTasksByPerson(tasks)), [tasks]);
  const live = useRoster(incident.id, openTasks, thresholds);
  const [checkInOpen, setCheckInOpen] = useState(false);
  useFatigueNotifications(incident.id, live?.roster, live?.now ?? 0);
  const stakeholderNudges = useStakeholderNudges(incident);

  const nudges = useMemo((): CockpitNudge[] => {
    if (live === undefined) return [];
    const people = responderStates(live.roster);
    return orderNudges([
      ...responderNudges({ people, now: live.now, thresholds: live.thresholds }),
      ...taskNudges({ tasks: tasks ?? [], team: taskTeam(live.input), now: live.now }),
      ...stakeholderNudges,
      ...loadNudges(live.roster, loadThresholds, live.now),
    ]);
  }, [live, tasks, stakeholderNudges, loadThresholds]);

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
      {/* Panels keep their own height and the column scrolls: squeezed panels would overlap each other. */}
      <Box sx={columnSx}>
        <NudgesPanel nudges={nudges} now={live?.now ?? 0} />
        {live === undefined ? null : (
          <RosterPanel
            incident={incident}
            live={live}
            checkInOpen={checkInOpen}
            onCheckInOpen={setCheckInOpen}
          />
        )}
        <LoadPanel incident={incident} live={live} />
      </Box>
      <Box sx={columnSx}>
        <Box sx={{ height: 460 }}>
          <TaskPanel incident={incident} tasks={tasks} live={live} />
        </Box>
        <BroadcastsPanel key={`broadcasts-${incident.id}`} incident={incident} />
        <BroadcastDispatcher />
        <Box sx={{ height: 600 }}>
          <LogPanel key={incident.id} incident={incident} />
        </Box>
      </Box>
    </Box>
  );
}
