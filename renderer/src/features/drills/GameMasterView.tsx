import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useNotices } from '../../app/errors';
import { actorName, useOperator } from '../../app/operator';
import { db } from '../../db';
import { useDrill } from '../../db/hooks/useDrill';
import { actOnDrill } from '../../db/repositories/drills';
import type { DrillActionKind } from '../../domain/drills/events';
import type { DrillState } from '../../domain/drills/timing';
import type { Incident } from '../../domain/incident/types';
import { DrillCountdown } from './DrillCountdown';
import { drillTime } from './format';
import { InjectRow } from './InjectRow';

type Props = { incident: Incident; onClose: () => void };

function NextUp({ state }: { state: DrillState }) {
  const { t } = useTranslation();
  const { next } = state;
  if (next === null) return <Typography>{t('drills.run.nothingNext')}</Typography>;
  const key = next.contingency ? 'drills.run.nextContingency' : 'drills.run.next';
  return <Typography>{t(key, { id: next.injectId, in: drillTime(next.inMs) })}</Typography>;
}

/**
 * The game master's view of a drill, over the whole window and only when asked for: the script with every
 * inject, its target, words, expected response and contingency; the drill clock and what comes next; what
 * was injected when, and whether each response happened (from the log, with its evidence, or ticked). Each
 * button is one `drill.acted` in the log.
 */
export function GameMasterView({ incident, onClose }: Props) {
  const { t } = useTranslation();
  const [operator] = useOperator();
  const { reportError } = useNotices();
  const view = useDrill(incident.id);

  const act = (action: DrillActionKind, injectId: string | null = null) => {
    actOnDrill(db, incident.id, { action, injectId }, { now: Date.now(), actor: actorName(operator) }).catch(
      reportError,
    );
  };

  const read = view?.read;
  const state = view?.state ?? null;
  return (
    <Dialog open fullScreen onClose={onClose} aria-labelledby="game-master-title">
      <DialogTitle id="game-master-title">
        {t('drills.run.gmTitle', {
          title: read?.kind === 'drill' ? read.run.scenario.title : incident.title,
        })}
      </DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <Alert severity="warning">{t('drills.run.gmHidden')}</Alert>
          {read?.kind === 'none' ? <Typography>{t('drills.run.gmNotDrill')}</Typography> : null}
          {read?.kind === 'unreadable' ? <Typography>{t('drills.run.gmUnreadable')}</Typography> : null}
          {state === null ? null : (
            <>
              <Stack direction="row" sx={{ gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
                <Typography
                  variant="h5"
                  component="span"
                  aria-label={t('drills.run.drillClock')}
                  sx={{ fontVariantNumeric: 'tabular-nums' }}
                >
                  {drillTime(state.clock.elapsedMs)}
                </Typography>
                <DrillCountdown incident={incident} />
                <NextUp state={state} />
                <Box sx={{ flexGrow: 1 }} />
                {state.ended ? null : state.clock.paused ? (
                  <Button variant="contained" onClick={() => act('resumed')}>
                    {t('drills.run.resume')}
                  </Button>
                ) : (
                  <Button variant="outlined" onClick={() => act('paused')}>
                    {t('drills.run.pause')}
                  </Button>
                )}
                {state.ended ? null : (
                  <Button variant="outlined" color="error" onClick={() => act('ended')}>
                    {t('drills.run.end')}
                  </Button>
                )}
              </Stack>
              <Table size="small" aria-label={t('drills.run.script')}>
                <TableHead>
                  <TableRow>
                    <TableCell>{t('drills.run.colAt')}</TableCell>
                    <TableCell>{t('drills.run.colTarget')}</TableCell>
                    <TableCell>{t('drills.run.colInject')}</TableCell>
                    <TableCell>{t('drills.run.colExpected')}</TableCell>
                    <TableCell>{t('drills.run.colState')}</TableCell>
                    <TableCell>{t('drills.run.colActions')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {state.injects.map((s) => (
                    <InjectRow
                      key={s.inject.id}
                      state={s}
                      clock={state.clock}
                      ended={state.ended}
                      onAct={(action, id) => act(action, id)}
                    />
                  ))}
                </TableBody>
              </Table>
            </>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('drills.run.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}
