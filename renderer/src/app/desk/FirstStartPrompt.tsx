import Paper from '@mui/material/Paper';
import Portal from '@mui/material/Portal';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DeskNameForm } from './DeskNameForm';

/**
 * The question a fresh desk asks. Not modal: an IC whose first move is to declare can do so at once,
 * and the declaration answers it (its commander takes the desk). It leaves once anyone is named.
 */
export function FirstStartPrompt() {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <Portal>
      <Paper
        role="dialog"
        aria-labelledby={titleId}
        elevation={8}
        sx={{
          position: 'fixed',
          right: 16,
          bottom: 16,
          width: 340,
          p: 2,
          // Above the cockpit, below any modal dialog the IC opens meanwhile.
          zIndex: (theme) => theme.zIndex.appBar + 1,
        }}
      >
        <Typography id={titleId} variant="subtitle1" component="h2" sx={{ fontWeight: 700 }}>
          {t('desk.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
          {t('desk.firstStart')}
        </Typography>
        <DeskNameForm initial="" onDone={() => undefined} />
      </Paper>
    </Portal>
  );
}
