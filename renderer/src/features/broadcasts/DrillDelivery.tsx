import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BroadcastRecord, DeliveryRecord } from '../../domain/broadcasts/record';
import { BroadcastPreview } from './BroadcastPreview';

/**
 * A drill's update kept in War Room (no drill channel set): said delivered to the drill, and shown on demand
 * exactly as Slack would have shown it, from the very blocks that were queued, so the players read what
 * stakeholders would have read.
 */
export function DrillDelivery({ broadcast, record }: { broadcast: BroadcastRecord; record: DeliveryRecord }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  const delivered = record.outcome === 'sent';
  const label = delivered ? t('drillSandbox.delivery.deliveredToDrill') : t('broadcasts.progress.waiting');
  return (
    <Stack role="listitem" aria-label={label} spacing={0.5} sx={{ pl: 1 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Chip size="small" color={delivered ? 'warning' : 'default'} label={label} />
        <Button size="small" aria-expanded={shown} onClick={() => setShown((now) => !now)}>
          {shown ? t('drillSandbox.delivery.hide') : t('drillSandbox.delivery.show')}
        </Button>
      </Stack>
      {shown ? (
        <Stack component="section" aria-label={t('drillSandbox.delivery.shown')}>
          <BroadcastPreview message={{ blocks: broadcast.blocks, text: broadcast.text }} />
        </Stack>
      ) : null}
    </Stack>
  );
}
