import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';

export type Progress = { done: number; total: number };

/** The share done as a percentage, or null while the total is not known yet. */
export function percentOf(progress: Progress | null): number | null {
  if (progress === null || progress.total <= 0) return null;
  return Math.min(100, Math.round((progress.done / progress.total) * 100));
}

/** A progress bar in the IC's words, with the count beside it; indeterminate until the total is known. */
export function ProgressLine({ label, progress }: { label: string; progress: Progress | null }) {
  const { t } = useTranslation();
  const percent = percentOf(progress);
  return (
    <>
      <LinearProgress
        aria-label={label}
        {...(percent === null ? {} : { variant: 'determinate', value: percent })}
      />
      {progress === null || progress.total <= 0 ? null : (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {t('backupUi.progress', { done: progress.done, total: progress.total })}
        </Typography>
      )}
    </>
  );
}

/** Shown while an export is built: a whole database takes a few seconds, and the IC should see it move. */
export function ExportProgressDialog({ progress }: { progress: Progress | null }) {
  const { t } = useTranslation();
  return (
    <Dialog open fullWidth maxWidth="xs" aria-labelledby="backup-export-title">
      <DialogTitle id="backup-export-title">{t('backupUi.building')}</DialogTitle>
      <DialogContent>
        <ProgressLine label={t('backupUi.building')} progress={progress} />
      </DialogContent>
    </Dialog>
  );
}
