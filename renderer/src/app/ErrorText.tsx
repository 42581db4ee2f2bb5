import Typography from '@mui/material/Typography';

/** A refusal shown inside a dialog, announced to screen readers. */
export function ErrorText({ message }: { message: string | null }) {
  if (message === null) return null;
  return (
    <Typography role="alert" color="error" variant="body2">
      {message}
    </Typography>
  );
}
