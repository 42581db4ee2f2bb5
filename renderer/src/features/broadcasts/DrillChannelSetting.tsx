import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DrillChannel } from '../../../../preload/contract/slack';
import { ErrorText } from '../../app/ErrorText';
import { useNotices } from '../../app/errors';
import { call } from '../../bridge';
import type { ChannelRef } from '../../domain/broadcasts/plan';
import { ChannelPicker } from '../slack/ChannelPicker';
import { refreshSlackStatus, useSlackStatus } from '../slack/slackStatus';
import { explainFailure } from './explainFailure';

/**
 * The one channel drills may post to, kept by main beside the other Slack settings (main enforces it: a
 * drill's post anywhere else is refused). Empty, drills keep their updates in War Room.
 */
export function DrillChannelSetting() {
  const { t } = useTranslation();
  const { notify } = useNotices();
  const status = useSlackStatus();
  const [choosing, setChoosing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const current = status?.drillChannel ?? null;

  async function save(channel: DrillChannel | null) {
    const answer = await call('slack:set-drill-channel', { channel });
    if (!answer.ok) return setError(explainFailure(t, answer.error));
    setError(null);
    setChoosing(false);
    await refreshSlackStatus();
    notify({
      severity: 'success',
      message: t(channel === null ? 'drillSandbox.setting.cleared' : 'drillSandbox.setting.saved'),
    });
  }

  // The picker chooses many; a drill has one channel: the one just added wins, removing it clears.
  function picked(next: ChannelRef[]) {
    const added = next.find((c) => c.channelId !== current?.id);
    if (added !== undefined) void save({ id: added.channelId, name: added.channelName });
    else if (next.length === 0) void save(null);
  }

  return (
    <Stack component="section" aria-label={t('drillSandbox.setting.title')} spacing={1}>
      <Typography variant="subtitle2">{t('drillSandbox.setting.title')}</Typography>
      <Typography variant="body2" data-testid="drill-channel">
        {current === null
          ? t('drillSandbox.setting.none')
          : t('drillSandbox.setting.current', { channel: current.name })}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {t('drillSandbox.setting.help')}
      </Typography>
      <Stack direction="row" spacing={1}>
        <Button size="small" aria-expanded={choosing} onClick={() => setChoosing((open) => !open)}>
          {t('drillSandbox.setting.pick')}
        </Button>
        {current === null ? null : (
          <Button size="small" color="inherit" onClick={() => void save(null)}>
            {t('drillSandbox.setting.clear')}
          </Button>
        )}
      </Stack>
      {choosing ? (
        <ChannelPicker
          value={current === null ? [] : [{ channelId: current.id, channelName: current.name }]}
          onChange={picked}
        />
      ) : null}
      <ErrorText message={error} />
    </Stack>
  );
}
