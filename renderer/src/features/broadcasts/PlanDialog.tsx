import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../app/errors';
import { ErrorText } from '../../app/ErrorText';
import { actorName, useOperator } from '../../app/operator';
import { db } from '../../db';
import { useTeamCadence } from '../../db/hooks/useBroadcasts';
import { changeBroadcastPlan } from '../../db/repositories/broadcasts';
import type { BroadcastPlan, CadenceChoice, ChannelRef } from '../../domain/broadcasts/plan';
import { broadcastTemplates, type BroadcastTemplate } from '../../domain/broadcasts/types';
import type { Severity } from '../../domain/incident/types';
import { ChannelPicker } from '../slack/ChannelPicker';

type Props = { incidentId: string; severity: Severity; plan: BroadcastPlan; onClose: () => void };
type Kind = CadenceChoice['kind'];
const cadenceKinds: readonly Kind[] = ['settings', 'every', 'status-change'];

/** Who hears about this incident, how often, and whether a due update may go out without the IC. */
export function PlanDialog({ incidentId, severity, plan, onClose }: Props) {
  const { t } = useTranslation();
  const [operator] = useOperator();
  const team = useTeamCadence();
  const [channels, setChannels] = useState<ChannelRef[]>(plan.stakeholderChannels);
  const [kind, setKind] = useState<Kind>(plan.cadence.kind);
  const [minutes, setMinutes] = useState(
    String(plan.cadence.kind === 'every' ? plan.cadence.minutes : (team[severity] ?? 30)),
  );
  const [autoSend, setAutoSend] = useState(plan.autoSend);
  const [template, setTemplate] = useState<BroadcastTemplate>(plan.template);
  const [error, setError] = useState<string | null>(null);
  const teamMinutes = team[severity];
  const teamText =
    teamMinutes === null
      ? t('broadcasts.cadenceText.statusOnly')
      : t('broadcasts.cadenceText.every', { count: teamMinutes });

  async function save() {
    const cadence: CadenceChoice = kind === 'every' ? { kind, minutes: Number(minutes) } : { kind };
    try {
      await changeBroadcastPlan(
        db,
        incidentId,
        { stakeholderChannels: channels, cadence, autoSend, template },
        { now: Date.now(), actor: actorName(operator) },
      );
      onClose();
    } catch (failure) {
      setError(describeError(t, failure));
    }
  }

  return (
    <Dialog open onClose={onClose} aria-labelledby="plan-title" fullWidth maxWidth="sm">
      <DialogTitle id="plan-title">{t('broadcasts.plan.title')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <Typography variant="subtitle1">{t('slack.channelsTitle')}</Typography>
          <ChannelPicker value={channels} onChange={setChannels} />
          <TextField
            select
            label={t('broadcasts.plan.cadence')}
            value={kind}
            onChange={(e) => setKind(cadenceKinds.find((k) => k === e.target.value) ?? 'settings')}
          >
            <MenuItem value="settings">{t('broadcasts.plan.followSettings', { cadence: teamText })}</MenuItem>
            <MenuItem value="every">{t('broadcasts.plan.every')}</MenuItem>
            <MenuItem value="status-change">{t('broadcasts.plan.statusOnly')}</MenuItem>
          </TextField>
          {kind === 'every' ? (
            <TextField
              type="number"
              label={t('broadcasts.plan.minutes')}
              value={minutes}
              onChange={(e) => setMinutes(e.target.value)}
              slotProps={{ htmlInput: { min: 1, max: 1440 } }}
            />
          ) : null}
          <FormControlLabel
            control={<Switch checked={autoSend} onChange={(e) => setAutoSend(e.target.checked)} />}
            label={t('broadcasts.plan.autoSend')}
          />
          <Typography variant="body2" color="text.secondary">
            {t('broadcasts.plan.autoSendHelp')}
          </Typography>
          <TextField
            select
            label={t('broadcasts.plan.template')}
            value={template}
            onChange={(e) => setTemplate(broadcastTemplates.find((x) => x === e.target.value) ?? 'executive')}
          >
            {broadcastTemplates.map((x) => (
              <MenuItem key={x} value={x}>
                {t(`broadcasts.templates.${x}`)}
              </MenuItem>
            ))}
          </TextField>
          <ErrorText message={error} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('broadcasts.plan.cancel')}</Button>
        <Button variant="contained" onClick={() => void save()}>
          {t('broadcasts.plan.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
