import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CappedTextField } from '../../app/CappedTextField';
import { describeError } from '../../app/errors';
import { actorName, useOperator } from '../../app/operator';
import { db } from '../../db';
import { declareIncident } from '../../db/repositories/incidents';
import { DomainError } from '../../domain/errors';
import { limits, severities } from '../../domain/incident/types';

type Props = { open: boolean; onClose: () => void; onDeclared: (incidentId: string) => void };

const blank = { title: '', severity: 'SEV-2', commanderName: '', summary: '', isDrill: false };

/** The first thing an IC does: name the incident, its severity and who commands it. */
export function DeclareIncidentDialog({ open, onClose, onDeclared }: Props) {
  const { t } = useTranslation();
  const [operator, rememberOperator] = useOperator();
  const [form, setForm] = useState({ ...blank, commanderName: operator });
  // Whoever is at the desk when the dialog opens is the likely commander.
  const [wasOpen, setWasOpen] = useState(open);
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open && form.commanderName === '') setForm({ ...form, commanderName: operator });
  }
  const [error, setError] = useState<{ field: string; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const submitting = useRef(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    // State updates land after a render; a ref stops a quick second Enter declaring twice.
    if (submitting.current) return;
    submitting.current = true;
    setBusy(true);
    try {
      const id = await declareIncident(db, form, {
        now: Date.now(),
        actor: actorName(operator || form.commanderName),
      });
      if (operator.trim() === '') rememberOperator(form.commanderName.trim());
      setForm({ ...blank, commanderName: form.commanderName });
      setError(null);
      onDeclared(id);
    } catch (failure) {
      const field = failure instanceof DomainError ? String(failure.values.field ?? '') : '';
      setError({ field, message: describeError(t, failure) });
    } finally {
      submitting.current = false;
      setBusy(false);
    }
  }

  const fieldError = (field: string) => (error?.field === field ? error.message : undefined);
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="declare-title">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <DialogTitle id="declare-title">{t('incident.declareTitle')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1 }}>
            <CappedTextField
              label={t('incident.title')}
              value={form.title}
              onChange={(e) => setForm({ ...form, title: e.target.value })}
              error={fieldError('title') !== undefined}
              helperText={fieldError('title') ?? t('incident.titleHelp')}
              required
              autoFocus
              max={limits.titleMaxLength}
            />
            <TextField
              select
              label={t('incident.severity')}
              value={form.severity}
              onChange={(e) => setForm({ ...form, severity: e.target.value })}
            >
              {severities.map((s) => (
                <MenuItem key={s} value={s}>
                  {s}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              label={t('incident.commander')}
              value={form.commanderName}
              onChange={(e) => setForm({ ...form, commanderName: e.target.value })}
              error={fieldError('commander') !== undefined}
              helperText={fieldError('commander')}
              required
              slotProps={{ htmlInput: { maxLength: limits.nameMaxLength } }}
            />
            <TextField
              label={t('incident.summary')}
              value={form.summary}
              onChange={(e) => setForm({ ...form, summary: e.target.value })}
              helperText={fieldError('summary') ?? t('incident.summaryHelp')}
              multiline
              minRows={2}
              slotProps={{ htmlInput: { maxLength: limits.summaryMaxLength } }}
            />
            <FormControlLabel
              control={
                <Checkbox
                  checked={form.isDrill}
                  onChange={(e) => setForm({ ...form, isDrill: e.target.checked })}
                />
              }
              label={t('incident.isDrill')}
            />
            {error !== null && error.field === '' ? <span role="alert">{error.message}</span> : null}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('incident.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={busy}>
            {t('incident.submit')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
