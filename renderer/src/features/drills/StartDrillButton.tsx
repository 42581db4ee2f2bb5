import ModelTraining from '@mui/icons-material/ModelTraining';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import { useTranslation } from 'react-i18next';
import { openStartDrill } from './startRequests';

/**
 * Beside Declare: a drill is started where incidents are, so nobody has to know the palette first. An
 * icon, so the bar keeps one row on a 1366-wide laptop.
 */
export function StartDrillButton() {
  const { t } = useTranslation();
  return (
    <Tooltip title={t('drills.run.startButton')}>
      <IconButton onClick={openStartDrill} aria-label={t('drills.run.startButton')}>
        <ModelTraining />
      </IconButton>
    </Tooltip>
  );
}
