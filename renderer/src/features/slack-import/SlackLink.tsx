import Link from '@mui/material/Link';
import { useTranslation } from 'react-i18next';
import type { IncidentEvent } from '../../domain/log/events';

/** "Slack" beside an imported message's line: opens it (in its thread) in Slack, outside War Room. */
export function SlackLink({ entry }: { entry: IncidentEvent }) {
  const { t } = useTranslation();
  if (entry.type !== 'slack.message-imported' || entry.payload.permalink === '') return null;
  return (
    <Link href={entry.payload.permalink} target="_blank" rel="noreferrer" variant="caption" sx={{ ml: 1 }}>
      {t('slackImport.openInSlack')}
    </Link>
  );
}
