import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, useNotices } from '../../app/errors';
import { ErrorText } from '../../app/ErrorText';
import { actorName, useOperator } from '../../app/operator';
import { db } from '../../db';
import { useFatigueThresholds } from '../../db/hooks/useSettings';
import { saveFatigueThresholds } from '../../db/repositories/settings';
import { runAction } from '../palette/registry';
import { defaultFatigueThresholds, type FatigueThresholds } from '../../domain/fatigue/thresholds';

/** Each field as the IC thinks of it (hours or minutes), and how it maps onto the model's minutes. */
const fields = [
  { key: 'breakDueAfterMinutes', label: 'breakDueAfterMinutes', scale: 1 },
  { key: 'exhaustedAfterContinuousMinutes', label: 'exhaustedAfterContinuousMinutes', scale: 1 },
  { key: 'minBreakMinutes', label: 'minBreakMinutes', scale: 1 },
  { key: 'longRestMinutes', label: 'longRestHours', scale: 60 },
  { key: 'workRestRatio', label: 'workRestRatio', scale: 1 },
  { key: 'dutyWarningMinutes', label: 'dutyWarningHours', scale: 60 },
  { key: 'dutyLimitMinutes', label: 'dutyLimitHours', scale: 60 },
  { key: 'dutyHardMaxMinutes', label: 'dutyHardMaxHours', scale: 60 },
  { key: 'nightStartHour', label: 'nightStartHour', scale: 1 },
  { key: 'nightEndHour', label: 'nightEndHour', scale: 1 },
  { key: 'nightWeight', label: 'nightWeight', scale: 1 },
] as const satisfies readonly { key: keyof FatigueThresholds; label: string; scale: number }[];

type Draft = Record<(typeof fields)[number]['key'], string>;

function toDraft(t: FatigueThresholds): Draft {
  return Object.fromEntries(fields.map((f) => [f.key, String(t[f.key] / f.scale)])) as Draft;
}

/** Teams set their own work/rest policy; the roster and the nudges follow it at once. */
export function FatigueSettingsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { notify } = useNotices();
  const [operator] = useOperator();
  const current = useFatigueThresholds();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [nightCounts, setNightCounts] = useState<boolean | null>(null);
  const [error, setError] = useState<string | null>(null);
  const shown = draft ?? toDraft(current);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const value = { ...current, nightCountsTowardLimits: nightCounts ?? current.nightCountsTowardLimits };
    for (const f of fields) value[f.key] = Number(shown[f.key]) * f.scale;
    try {
      await saveFatigueThresholds(db, value, { now: Date.now(), actor: actorName(operator) });
      setDraft(null);
      setNightCounts(null);
      setError(null);
      notify({ severity: 'success', message: t('settings.saved') });
      onClose();
    } catch (failure) {
      setError(describeError(t, failure));
    }
  }

  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="fatigue-settings-title">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <DialogTitle id="fatigue-settings-title">{t('settings.fatigueTitle')}</DialogTitle>
        <DialogContent>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {t('settings.fatigueHelp')}
          </Typography>
          <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 2 }}>
            {fields.map((f) => (
              <TextField
                key={f.key}
                type="number"
                size="small"
                label={t(`settings.${f.label}`)}
                value={shown[f.key]}
                onChange={(e) => setDraft({ ...shown, [f.key]: e.target.value })}
                sx={{ width: 250 }}
              />
            ))}
          </Stack>
          <FormControlLabel
            sx={{ mt: 1 }}
            control={
              <Switch
                checked={nightCounts ?? current.nightCountsTowardLimits}
                onChange={(e) => setNightCounts(e.target.checked)}
              />
            }
            label={t('settings.nightCountsTowardLimits')}
          />
          <ErrorText message={error} />
        </DialogContent>
        <DialogActions>
          <Button
            sx={{ mr: 'auto' }}
            onClick={() => {
              // The room's dialog is the palette's "Shared war room…": one dialog, two ways in.
              onClose();
              runAction('room.open');
            }}
          >
            {t('settings.sharedRoom')}
          </Button>
          <Button
            onClick={() => {
              setDraft(toDraft(defaultFatigueThresholds));
              setNightCounts(defaultFatigueThresholds.nightCountsTowardLimits);
            }}
          >
            {t('settings.reset')}
          </Button>
          <Button onClick={onClose}>{t('settings.cancel')}</Button>
          <Button type="submit" variant="contained">
            {t('settings.save')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
