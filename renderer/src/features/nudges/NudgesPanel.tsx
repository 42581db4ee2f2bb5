import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import ButtonBase from '@mui/material/ButtonBase';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CockpitNudge } from '../../domain/nudges';
import { sendIntent } from '../cockpit/intents';
import { DismissDrillNudge } from '../drills/DismissDrillNudge';
import { describeNudge } from './describeNudge';
import { nudgeIntent } from './nudgeIntent';

const alertSeverity = { critical: 'error', warning: 'warning', info: 'info' } as const;

// Three is what the IC reads at a glance; the rest wait behind a count so the roster stays on screen.
const shownFirst = 3;

/** What the IC should act on now, most urgent first: the cockpit remembers so the IC does not have to. */
export function NudgesPanel({ nudges, now }: { nudges: readonly CockpitNudge[]; now: number }) {
  const { t, i18n } = useTranslation();
  const [showAll, setShowAll] = useState(false);
  const hidden = Math.max(0, nudges.length - shownFirst);
  const shown = showAll ? nudges : nudges.slice(0, shownFirst);
  return (
    <Paper
      component="section"
      aria-labelledby="nudges-heading"
      id="panel-nudges"
      tabIndex={-1}
      sx={{ p: 2, display: 'flex', flexDirection: 'column', minHeight: 0, maxHeight: '100%' }}
    >
      <Typography id="nudges-heading" variant="h6" component="h2" sx={{ mb: 1 }}>
        {t('nudges.title')}
      </Typography>
      {nudges.length === 0 ? (
        <Typography color="text.secondary">{t('nudges.none')}</Typography>
      ) : (
        <Stack role="list" aria-label={t('nudges.title')} spacing={1} sx={{ overflow: 'auto', minHeight: 0 }}>
          {shown.map((nudge) => (
            <Box key={nudge.id} role="listitem" sx={{ display: 'flex', alignItems: 'flex-start' }}>
              {/* The whole nudge is the button: Enter or a click opens what it asks for. */}
              <ButtonBase
                focusRipple
                onClick={() => sendIntent(nudgeIntent(nudge))}
                sx={{ display: 'block', width: '100%', textAlign: 'left', borderRadius: 1 }}
              >
                {/* Not a live alert: its words are the button's name, and the panel is not re-announced. */}
                <Alert
                  component="span"
                  role="none"
                  severity={alertSeverity[nudge.severity]}
                  variant="outlined"
                  // Dense, so three nudges leave the roster below them its room.
                  sx={{ py: 0, px: 1.5 }}
                >
                  {describeNudge(t, nudge, now, i18n.language)}
                </Alert>
              </ButtonBase>
              {nudge.kind === 'drill-inject' ? <DismissDrillNudge id={nudge.id} /> : null}
            </Box>
          ))}
        </Stack>
      )}
      {hidden === 0 ? null : (
        <Button
          size="small"
          aria-expanded={showAll}
          onClick={() => setShowAll(!showAll)}
          sx={{ alignSelf: 'flex-start', mt: 1, flexShrink: 0 }}
        >
          {showAll ? t('cockpit.fewerNudges') : t('cockpit.moreNudges', { count: hidden })}
        </Button>
      )}
    </Paper>
  );
}
