import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../app/errors';
import { ErrorText } from '../../app/ErrorText';

type Props = {
  open: boolean;
  title: string;
  submitLabel: string;
  onClose: () => void;
  /** Does the work; a refusal it throws is shown in the dialog, which stays open. */
  onSubmit: () => Promise<void>;
  children: ReactNode;
};

/** The roster's small forms share one shape: fields, a refusal line, Cancel and a submit button. */
export function SimpleDialog({ open, title, submitLabel, onClose, onSubmit, children }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const [error, setError] = useState<string | null>(null);
  const submitting = useRef(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    // A second Enter while the first is being saved must not do the action twice.
    if (submitting.current) return;
    submitting.current = true;
    try {
      await onSubmit();
      setError(null);
      onClose();
    } catch (failure) {
      setError(describeError(t, failure));
    } finally {
      submitting.current = false;
    }
  }
  return (
    <Dialog
      open={open}
      onClose={() => {
        setError(null);
        onClose();
      }}
      fullWidth
      maxWidth="xs"
      aria-labelledby={titleId}
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <DialogTitle id={titleId}>{title}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1 }}>
            {children}
            <ErrorText message={error} />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('roster.cancel')}</Button>
          <Button type="submit" variant="contained">
            {submitLabel}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
