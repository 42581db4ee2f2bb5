import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../domain/drills/types';

/**
 * What the players may see before the drill: title, source, limit, roles, people and how many injects.
 * Never the injects themselves: the screen may be in front of the players.
 */
export function ScenarioPreview({ scenario }: { scenario: Scenario }) {
  const { t } = useTranslation();
  const { source } = scenario;
  const people = scenario.people.map((p) => `${p.name} (${t(`terms.roles.${p.role}`)})`).join(', ');
  return (
    <Stack component="section" aria-label={scenario.title} spacing={0.5}>
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
        {scenario.title} · {scenario.severity}
      </Typography>
      <Typography variant="body2">
        {t('drills.run.builtFrom', {
          organisation: source.organisation,
          date: source.date,
          title: source.title,
        })}{' '}
        <Link href={source.url} target="_blank" rel="noreferrer noopener">
          {t('drills.run.readSource')}
        </Link>
      </Typography>
      <Typography variant="body2">
        {t('drills.run.timeLimit', { minutes: scenario.timeLimitMinutes })}
      </Typography>
      <Typography variant="body2">
        {t('drills.run.roles', { roles: scenario.roles.map((r) => t(`terms.roles.${r}`)).join(', ') })}
      </Typography>
      <Typography variant="body2">
        {t('drills.run.people', { people: people === '' ? t('drills.run.noPeople') : people })}
      </Typography>
      <Typography variant="body2">{t('drills.run.injects', { count: scenario.injects.length })}</Typography>
      {scenario.briefing === '' ? null : (
        <Typography variant="body2" color="text.secondary" sx={{ whiteSpace: 'pre-wrap' }}>
          {scenario.briefing}
        </Typography>
      )}
    </Stack>
  );
}
