import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../app/errors';
import { ErrorText } from '../../app/ErrorText';
import { actorName, useOperator } from '../../app/operator';
import { db } from '../../db';
import { useTeamCadence } from '../../db/hooks/useBroadcasts';
import { saveTeamCadence } from '../../db/repositories/broadcasts';
import type { Cadence } from '../../domain/broadcasts/cadence';
import { severities } from '../../domain/incident/types';

/** The team's default cadence per severity: SEV-1 every 30 minutes, SEV-2 every 60, the rest on status change. */
export function TeamCadenceDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [operator] = useOperator();
  const current = useTeamCadence();
  const [draft, setDraft] = useState<Record<string, string> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const shown =
    draft ?? Object.fromEntries(severities.map((s) => [s, current[s] === null ? '' : String(current[s])]));

  async function save() {
    const cadence = Object.fromEntries(
      severities.map((s) => [s, (shown[s] ?? '').trim() === '' ? null : Number(shown[s])]),
    ) as Cadence;
    try {
      await saveTeamCadence(db, cadence, { now: Date.now(), actor: actorName(operator) });
      onClose();
    } catch (failure) {
      setError(describeError(t, failure));
    }
  }

  return (
    <Dialog open onClose={onClose} aria-labelledby="team-cadence-title">
      <DialogTitle id="team-cadence-title">{t('broadcasts.team.title')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <Typography variant="body2" color="text.secondary">
            {t('broadcasts.team.help')}
          </Typography>
          {severities.map((severity) => (
            <TextField
              key={severity}
              type="number"
              label={t('broadcasts.team.minutes', { severity })}
              value={shown[severity] ?? ''}
              onChange={(e) => setDraft({ ...shown, [severity]: e.target.value })}
              slotProps={{ htmlInput: { min: 1, max: 1440 } }}
            />
          ))}
          <ErrorText message={error} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('broadcasts.team.cancel')}</Button>
        <Button variant="contained" onClick={() => void save()}>
          {t('broadcasts.team.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
