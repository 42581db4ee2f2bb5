import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { drillTimeAt, type DrillClock } from '../../domain/drills/clock';
import type { DrillActionKind } from '../../domain/drills/events';
import type { InjectState } from '../../domain/drills/timing';
import { offsetText } from '../../domain/drills/meaning';
import { describeExpected } from './describeExpected';
import { drillTime } from './format';

type Props = {
  state: InjectState;
  clock: DrillClock;
  ended: boolean;
  onAct: (action: DrillActionKind, injectId: string) => void;
};

/** An update's whole text is evidence enough in its first line: the script stays readable at a glance. */
function brief(detail: string): string {
  const first = detail.split('\n')[0] ?? '';
  return first.length > 120 || first !== detail ? `${first.slice(0, 120)}…` : first;
}

function WhatHappened({ state, clock }: Pick<Props, 'state' | 'clock'>) {
  const { t } = useTranslation();
  const { shown, response, contingency } = state;
  const at = (wall: number) => drillTime(drillTimeAt(clock, wall));
  const lines: string[] = [];
  if (state.skipped) lines.push(t('drills.run.skipped'));
  else if (shown === null) lines.push(t('drills.run.notShown'));
  else {
    lines.push(
      t(shown.early ? 'drills.run.shownEarly' : 'drills.run.shownAt', { at: drillTime(shown.atMs) }),
    );
    if (!response.happened) lines.push(t('drills.run.responseMissing'));
    else if (response.how === 'detected')
      lines.push(
        t('drills.run.responseDetected', { at: at(response.at), evidence: brief(response.evidence.detail) }),
      );
    else lines.push(t('drills.run.responseTicked', { at: at(response.at) }));
  }
  if (contingency !== null) {
    if (contingency.status === 'waiting')
      lines.push(t('drills.run.contingencyWaiting', { at: drillTime(contingency.dueMs) }));
    else if (contingency.status === 'fired')
      lines.push(t('drills.run.contingencyFired', { at: drillTime(contingency.dueMs) }));
    else if (contingency.status === 'not-needed') lines.push(t('drills.run.contingencyNotNeeded'));
    else lines.push(t('drills.run.contingencySkipped'));
  }
  return (
    <Stack>
      {lines.map((line) => (
        <Typography key={line} variant="body2">
          {line}
        </Typography>
      ))}
    </Stack>
  );
}

/** One line of the script: when, for whom, what is said, what is expected, what happened, and the buttons. */
export function InjectRow({ state, clock, ended, onAct }: Props) {
  const { t } = useTranslation();
  const { inject, shown, skipped, response, contingency } = state;
  const id = inject.id;
  const canInject = !ended && !skipped && shown === null;
  const canSkip = !ended && !skipped && (shown === null || contingency?.status === 'waiting');
  const canTick = shown !== null && !response.happened;
  return (
    <TableRow data-inject={id}>
      <TableCell sx={{ fontVariantNumeric: 'tabular-nums' }}>{offsetText(inject.atSeconds)}</TableCell>
      <TableCell>{t(`terms.roles.${inject.target}`)}</TableCell>
      <TableCell>
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          {id} · {t(`drills.run.kinds.${inject.kind}`)}
          {inject.from === '' ? '' : ` · ${inject.from}`}
        </Typography>
        <Typography variant="body2">{inject.text}</Typography>
        {inject.contingency === null ? null : (
          <Typography variant="body2" color="text.secondary">
            {t('drills.run.contingencyAt', {
              at: offsetText(inject.contingency.atSeconds),
              text: inject.contingency.text,
            })}
          </Typography>
        )}
      </TableCell>
      <TableCell>{describeExpected(t, inject.expect)}</TableCell>
      <TableCell>
        <WhatHappened state={state} clock={clock} />
      </TableCell>
      <TableCell>
        <Stack direction="row" sx={{ gap: 0.5, flexWrap: 'wrap' }}>
          {canInject ? (
            <Button
              size="small"
              aria-label={t('drills.run.injectNowLabel', { id })}
              onClick={() => onAct('injected-early', id)}
            >
              {t('drills.run.injectNow')}
            </Button>
          ) : null}
          {canSkip ? (
            <Button
              size="small"
              aria-label={t('drills.run.skipLabel', { id })}
              onClick={() => onAct('skipped', id)}
            >
              {t('drills.run.skip')}
            </Button>
          ) : null}
          {canTick ? (
            <Button
              size="small"
              aria-label={t('drills.run.tickLabel', { id })}
              onClick={() => onAct('ticked', id)}
            >
              {t('drills.run.tick')}
            </Button>
          ) : null}
        </Stack>
      </TableCell>
    </TableRow>
  );
}
