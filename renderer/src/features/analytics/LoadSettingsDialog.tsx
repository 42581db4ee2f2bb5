import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, useNotices } from '../../app/errors';
import { ErrorText } from '../../app/ErrorText';
import { actorName, useOperator } from '../../app/operator';
import { db } from '../../db';
import { useLoadThresholds } from '../../db/hooks/useSettings';
import { saveLoadThresholds } from '../../db/repositories/settings';
import { defaultLoadThresholds, type LoadThresholds } from '../../domain/settings/load-settings';

type Draft = Record<keyof LoadThresholds, string>;

const toDraft = (value: LoadThresholds): Draft => ({
  concentrationPercent: String(value.concentrationPercent),
  minCheckedIn: String(value.minCheckedIn),
});

/** The team's threshold for the concentration nudge; saved as a logged setting like the fatigue ones. */
export function LoadSettingsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { notify } = useNotices();
  const [operator] = useOperator();
  const current = useLoadThresholds();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [error, setError] = useState<string | null>(null);
  const shown = draft ?? toDraft(current);

  const close = () => {
    setDraft(null);
    setError(null);
    onClose();
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const value = {
      concentrationPercent: Number(shown.concentrationPercent),
      minCheckedIn: Number(shown.minCheckedIn),
    };
    try {
      await saveLoadThresholds(db, value, { now: Date.now(), actor: actorName(operator) });
      notify({ severity: 'success', message: t('analytics.settings.saved') });
      close();
    } catch (failure) {
      setError(describeError(t, failure));
    }
  }

  return (
    <Dialog open={open} onClose={close} fullWidth maxWidth="xs" aria-labelledby="load-settings-title">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <DialogTitle id="load-settings-title">{t('analytics.settings.title')}</DialogTitle>
        <DialogContent>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {t('analytics.settings.help')}
          </Typography>
          <Stack spacing={2}>
            {(['concentrationPercent', 'minCheckedIn'] as const).map((key) => (
              <TextField
                key={key}
                type="number"
                size="small"
                label={t(`analytics.settings.${key}`)}
                value={shown[key]}
                onChange={(e) => setDraft({ ...shown, [key]: e.target.value })}
              />
            ))}
          </Stack>
          <ErrorText message={error} />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setDraft(toDraft(defaultLoadThresholds))}>{t('settings.reset')}</Button>
          <Button onClick={close}>{t('analytics.settings.cancel')}</Button>
          <Button type="submit" variant="contained">
            {t('analytics.settings.save')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
