import Alert from '@mui/material/Alert';
import Snackbar from '@mui/material/Snackbar';
import type { Notice } from './errors';

type Props = { notice: Notice | null; onClose: () => void };

/** The notice at the bottom of the window: errors, refusals and outcomes, until closed or 8 s pass. */
export function NoticeSnackbar({ notice, onClose }: Props) {
  return (
    <Snackbar
      open={notice !== null}
      autoHideDuration={8000}
      onClose={onClose}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
    >
      {notice === null ? undefined : (
        <Alert severity={notice.severity} variant="filled" onClose={onClose} role="alert">
          {notice.message}
        </Alert>
      )}
    </Snackbar>
  );
}
