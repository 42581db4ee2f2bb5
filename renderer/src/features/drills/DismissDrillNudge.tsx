import Close from '@mui/icons-material/Close';
import IconButton from '@mui/material/IconButton';
import { useTranslation } from 'react-i18next';
import { dismissDrillNudge } from './dismissedNudges';

/** A drill message the player has read and will not act on (a fact, a new symptom) can be waved away. */
export function DismissDrillNudge({ id }: { id: string }) {
  const { t } = useTranslation();
  return (
    <IconButton size="small" aria-label={t('drills.run.dismissNudge')} onClick={() => dismissDrillNudge(id)}>
      <Close fontSize="small" />
    </IconButton>
  );
}
