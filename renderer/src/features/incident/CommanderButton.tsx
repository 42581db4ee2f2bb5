import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../app/errors';
import { actorName, useOperator } from '../../app/operator';
import { db } from '../../db';
import { changeCommander } from '../../db/repositories/incidents';
import { limits, type Incident } from '../../domain/incident/types';

/** Shows who commands; a hand-over to someone else is explicit and logged. */
export function CommanderButton({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const [operator] = useOperator();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await changeCommander(db, incident.id, name, { now: Date.now(), actor: actorName(operator) });
      setOpen(false);
    } catch (failure) {
      setError(describeError(t, failure));
    }
  }

  return (
    <>
      <Button
        color="inherit"
        aria-label={`${t('incident.changeCommander')}: ${incident.commanderName}`}
        onClick={() => {
          setName('');
          setError(null);
          setOpen(true);
        }}
        sx={{ textTransform: 'none' }}
      >
        {t('incident.ic')}: {incident.commanderName}
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        aria-labelledby="commander-title"
        fullWidth
        maxWidth="xs"
      >
        <form onSubmit={(e) => void submit(e)} noValidate>
          <DialogTitle id="commander-title">{t('incident.changeCommander')}</DialogTitle>
          <DialogContent>
            <TextField
              label={t('incident.commanderNew')}
              value={name}
              onChange={(e) => setName(e.target.value)}
              error={error !== null}
              helperText={error}
              autoFocus
              fullWidth
              sx={{ mt: 1 }}
              slotProps={{ htmlInput: { maxLength: limits.nameMaxLength } }}
            />
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setOpen(false)}>{t('incident.cancel')}</Button>
            <Button type="submit" variant="contained">
              {t('incident.save')}
            </Button>
          </DialogActions>
        </form>
      </Dialog>
    </>
  );
}
