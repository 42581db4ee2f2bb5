import Alert from '@mui/material/Alert';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { CockpitNudge } from '../../domain/nudges';
import { describeNudge } from './describeNudge';

const alertSeverity = { critical: 'error', warning: 'warning', info: 'info' } as const;

/** What the IC should act on now, most urgent first: the cockpit remembers so the IC does not have to. */
export function NudgesPanel({ nudges, now }: { nudges: readonly CockpitNudge[]; now: number }) {
  const { t, i18n } = useTranslation();
  return (
    <Paper component="section" aria-labelledby="nudges-heading" id="panel-nudges" tabIndex={-1} sx={{ p: 2 }}>
      <Typography id="nudges-heading" variant="h6" component="h2" sx={{ mb: 1 }}>
        {t('nudges.title')}
      </Typography>
      {nudges.length === 0 ? (
        <Typography color="text.secondary">{t('nudges.none')}</Typography>
      ) : (
        <Stack role="list" aria-label={t('nudges.title')} spacing={1}>
          {nudges.map((nudge) => (
            <Alert key={nudge.id} role="listitem" severity={alertSeverity[nudge.severity]} variant="outlined">
              {describeNudge(t, nudge, now, i18n.language)}
            </Alert>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
