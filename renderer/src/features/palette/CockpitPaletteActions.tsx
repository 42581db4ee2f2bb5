import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotices } from '../../app/errors';
import { lazyCode } from '../../app/lazyPart';
import { useOperator } from '../../app/operator';
import { db } from '../../db';
import type { RecordContext } from '../../db/append';
import { incidentStatuses, severities, type Incident } from '../../domain/incident/types';
import type { PaletteAction } from './actions';
import { focusField, focusPanel } from './focusPanel';
import { openPalette } from './registry';
import { usePaletteActions } from './usePaletteActions';
import { recordContext } from '../tasks/recordContext';
import { sendIntent } from '../cockpit/intents';
import { useSlackImportAction } from '../slack-import/useSlackImportAction';

type Props = { incident: Incident | null; onDeclare: () => void };

// The incident's writes (and with them the log's write path) come with the first change or the idle
// prefetch: the first paint only lists the actions.
const incidentWrites = lazyCode(() => import('../../db/repositories/incidents'));

/**
 * The incident's and the log's actions, and the jumps between panels, registered without touching
 * those components: status and severity go straight to their repository, the log's box is found
 * through its heading, panels through their `panel-*` ids.
 */
export function CockpitPaletteActions({ incident, onDeclare }: Props) {
  const { t } = useTranslation();
  const { reportError } = useNotices();
  const [operator] = useOperator();

  const actions = useMemo((): PaletteAction[] => {
    const declare: PaletteAction = {
      id: 'incident.declare',
      label: t('incident.declare'),
      group: 'incident',
      shortcut: 'shift+d',
      run: onDeclare,
    };
    if (incident === null) return [declare];
    const context = () => recordContext(operator);
    type Writes = Awaited<ReturnType<typeof incidentWrites>>;
    // The change is dated when the IC picks it, not when its code has arrived.
    const write = (change: (writes: Writes, recorded: RecordContext) => Promise<unknown>) => {
      const recorded = context();
      return incidentWrites()
        .then((writes) => change(writes, recorded))
        .catch(reportError);
    };
    const statuses = incidentStatuses
      .filter((s) => s !== incident.status)
      .map((s): PaletteAction => ({
        id: `incident.status.${s}`,
        label: t('palette.setStatus', { status: t(`status.${s}`) }),
        group: 'incident',
        // Resolving goes through the incident controls' confirmation, as from the status picker.
        run: () =>
          s === 'resolved'
            ? sendIntent({ kind: 'resolve', incidentId: incident.id })
            : void write((w, recorded) => w.changeStatus(db, incident.id, s, recorded)),
      }));
    const severityChoices = severities
      .filter((s) => s !== incident.severity)
      .map((s): PaletteAction => ({
        id: `incident.severity.${s}`,
        label: t('palette.setSeverity', { severity: s }),
        group: 'incident',
        run: () => void write((w, recorded) => w.changeSeverity(db, incident.id, s, recorded)),
      }));
    const jump = (id: string, panel: string, selector: string, shortcut: string): PaletteAction => ({
      id: `panel.${id}`,
      label: t('palette.goTo', { panel }),
      group: 'panels',
      shortcut,
      run: () => void focusPanel(selector),
    });
    return [
      declare,
      {
        id: 'incident.change-status',
        label: t('palette.changeStatus'),
        group: 'incident',
        shortcut: 's',
        run: () => openPalette(t('palette.statusQuery')),
      },
      ...statuses,
      ...severityChoices,
      {
        id: 'log.add-entry',
        label: t('palette.addLogEntry'),
        group: 'log',
        shortcut: 'l',
        run: () =>
          void focusField('section[aria-labelledby="log-heading"] textarea:not([aria-hidden="true"])'),
      },
      jump('tasks', t('palette.panels.tasks'), '#panel-tasks', 'alt+1'),
      jump('log', t('palette.panels.log'), 'section[aria-labelledby="log-heading"]', 'alt+2'),
      jump('roster', t('palette.panels.roster'), '#panel-roster', 'alt+3'),
      jump('nudges', t('palette.panels.nudges'), '#panel-nudges', 'alt+4'),
      jump(
        'incidents',
        t('palette.panels.incidents'),
        `nav[aria-label="${CSS.escape(t('app.incidents'))}"]`,
        'alt+5',
      ),
    ];
  }, [t, incident, operator, reportError, onDeclare]);

  usePaletteActions(actions);
  const slackImport = useSlackImportAction(incident);
  usePaletteActions(slackImport);
  return null;
}
