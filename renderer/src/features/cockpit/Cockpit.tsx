import Box from '@mui/material/Box';
import { useMemo, useState } from 'react';
import { useFatigueThresholds, useLoadThresholds } from '../../db/hooks/useSettings';
import { useTasks } from '../../db/hooks/useTasks';
import { loadNudges, openTaskCount } from '../../domain/analytics/load-nudge';
import { responderNudges } from '../../domain/fatigue/nudges';
import type { Incident } from '../../domain/incident/types';
import { nudgesFor, orderNudges, type CockpitNudge } from '../../domain/nudges';
import { responderStates } from '../../domain/roster/roster';
import { openTasksByPerson } from '../../domain/tasks/load';
import { taskNudges } from '../../domain/tasks/nudges';
import { taskTeam } from '../../domain/tasks/team';
import { LoadPanel } from '../analytics/LoadPanel';
import { BroadcastDispatcher } from '../broadcasts/BroadcastDispatcher';
import { BroadcastsPanel } from '../broadcasts/BroadcastsPanel';
import { useStakeholderNudges } from '../broadcasts/useStakeholderNudges';
import { LogPanel } from '../log/LogPanel';
import { logShowsZone } from '../log/logShowsZone';
import { NudgesPanel } from '../nudges/NudgesPanel';
import { useFatigueNotifications } from '../nudges/useFatigueNotifications';
import { RosterPanel } from '../roster/RosterPanel';
import { useRoster } from '../roster/useRoster';
import { TaskPanel } from '../tasks/TaskPanel';
import { useDrillNudges } from '../drills/useDrillNudges';
import { CockpitSlot } from './CockpitSlot';
import { useEnlargedPanel } from './useEnlargedPanel';

const columnSx = {
  display: 'flex',
  flexDirection: 'column',
  gap: { xs: 1, xl: 1.5 },
  minHeight: 0,
  minWidth: 0,
} as const;

/**
 * The cockpit of one incident, on one screen that never scrolls: left, what needs the IC (the most
 * urgent nudges), who is on the incident and how the load is spread; right, the work (task board),
 * the next stakeholder update and the incident log. Each panel scrolls inside its share, and any one
 * can be enlarged to the whole cockpit (F, or its button) and given back (Escape).
 */
export function Cockpit({ incident }: { incident: Incident }) {
  const thresholds = useFatigueThresholds();
  const loadThresholds = useLoadThresholds();
  const tasks = useTasks(incident.id);
  const openTasks = useMemo(() => (tasks === undefined ? undefined : openTasksByPerson(tasks)), [tasks]);
  const live = useRoster(incident.id, openTasks, thresholds);
  const [checkInOpen, setCheckInOpen] = useState(false);
  // Resolved: nobody is told to rest or hand over any more.
  const notifiedRoster = incident.status === 'resolved' ? undefined : live?.roster;
  useFatigueNotifications(incident.id, notifiedRoster, live?.now ?? 0);
  const stakeholderNudges = useStakeholderNudges(incident);
  const drillNudges = useDrillNudges(incident);

  const nudges = useMemo((): CockpitNudge[] => {
    if (live === undefined) return [];
    const people = responderStates(live.roster);
    return orderNudges(
      nudgesFor(incident.status, [
        ...responderNudges({ people, now: live.now, thresholds: live.thresholds }),
        ...taskNudges({ tasks: tasks ?? [], team: taskTeam(live.input), now: live.now }),
        ...stakeholderNudges,
        ...loadNudges(live.roster, loadThresholds, live.now, openTaskCount(tasks ?? [])),
        ...drillNudges,
      ]),
    );
  }, [live, tasks, stakeholderNudges, drillNudges, loadThresholds, incident.status]);

  const [enlarged, setEnlarged] = useEnlargedPanel();
  const slot = { enlarged, onEnlarge: setEnlarged };

  return (
    <Box
      sx={{
        display: 'flex',
        gap: { xs: 1, xl: 1.5 },
        flex: 1,
        minHeight: 0,
        minWidth: 0,
        position: 'relative',
      }}
    >
      <Box
        sx={{
          ...columnSx,
          flex: '0 0 clamp(300px, 27%, 420px)',
        }}
      >
        <CockpitSlot panel="nudges" flex="0 1 auto" maxHeight="40%" shortMaxHeight="34%" {...slot}>
          <NudgesPanel nudges={nudges} now={live?.now ?? 0} />
        </CockpitSlot>
        {live === undefined ? null : (
          <CockpitSlot panel="roster" flex="1 1 0" {...slot}>
            <RosterPanel
              incident={incident}
              live={live}
              checkInOpen={checkInOpen}
              onCheckInOpen={setCheckInOpen}
            />
          </CockpitSlot>
        )}
        {/* Its charts need more than this column's width: opening them enlarges the panel. */}
        <CockpitSlot panel="load" flex="0 1 auto" maxHeight="35%" {...slot}>
          <LoadPanel
            incident={incident}
            live={live}
            chartsOpen={enlarged === 'load'}
            onChartsOpen={(open) => setEnlarged(open ? 'load' : null)}
          />
        </CockpitSlot>
      </Box>
      <Box sx={{ ...columnSx, flex: '1 1 0' }}>
        <CockpitSlot panel="tasks" flex="1 1 0" {...slot}>
          <TaskPanel incident={incident} tasks={tasks} live={live} />
        </CockpitSlot>
        {/* Capped low: its header holds the countdown, its prompts repeat the nudges and scroll inside. */}
        <CockpitSlot panel="broadcasts" flex="0 1 auto" maxHeight="22%" shortMaxHeight="15%" {...slot}>
          <BroadcastsPanel key={`broadcasts-${incident.id}`} incident={incident} />
        </CockpitSlot>
        <BroadcastDispatcher />
        <CockpitSlot panel="log" flex="1.3 1 0" {...slot}>
          <LogPanel key={incident.id} incident={incident} showZone={logShowsZone(live)} />
        </CockpitSlot>
      </Box>
    </Box>
  );
}
