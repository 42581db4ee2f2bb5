import Alert from '@mui/material/Alert';
import { useTranslation } from 'react-i18next';
import type { DrillChannelSetting } from '../../domain/broadcasts/drill';

/** Where a drill's update goes, said before it is sent: the drill channel, or nowhere outside War Room. */
export function DrillDestination({ drillChannel }: { drillChannel: DrillChannelSetting }) {
  const { t } = useTranslation();
  return (
    <Alert severity="warning" variant="outlined" data-testid="drill-destination">
      {drillChannel === null
        ? t('drillSandbox.composer.keptInWarRoom')
        : t('drillSandbox.composer.toDrillChannel', { channel: drillChannel.name })}
    </Alert>
  );
}
