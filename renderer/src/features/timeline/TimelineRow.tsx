import Star from '@mui/icons-material/Star';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimelineClock, TimelineLine } from '../../domain/timeline';
import { changedInSlackWords, recordedWords } from './words';

type Props = { line: TimelineLine; clock: TimelineClock };

/** One line of the timeline: when (and when written down, if later), what kind, what, who, starred or not. */
export const TimelineRow = memo(
  function TimelineRow({ line, clock }: Props) {
    const { t } = useTranslation();
    const kind = t(`timeline.lineKinds.${line.kind}`);
    const recorded =
      line.recordedAt === null
        ? null
        : recordedWords(t)(clock.recorded(line.recordedAt, line.ts), line.backdatedReason);
    return (
      <Box
        role="listitem"
        aria-label={`${clock.time(line.ts)} ${kind}: ${line.text}`}
        sx={{
          display: 'flex',
          gap: 1.5,
          alignItems: 'flex-start',
          px: 1,
          py: 0.75,
          borderBottom: 1,
          borderColor: 'divider',
        }}
      >
        <Box sx={{ minWidth: clock.dated ? 190 : 90, pt: 0.25 }}>
          <Typography
            component="time"
            dateTime={new Date(line.ts).toISOString()}
            variant="body2"
            color="text.secondary"
            sx={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap', display: 'block' }}
          >
            {clock.time(line.ts)}
          </Typography>
          {recorded === null ? null : (
            <Typography variant="caption" color="text.secondary">
              <bdi>{recorded}</bdi>
            </Typography>
          )}
        </Box>
        <Chip size="small" label={kind} variant="outlined" />
        <Box sx={{ flexGrow: 1, minWidth: 0, pt: 0.25 }}>
          <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {/* Isolated, so a right-to-left override in someone's text cannot reorder what follows it. */}
            <bdi>{line.text}</bdi>
            {line.changedInSlack === null ? null : (
              <Typography component="span" variant="caption" color="text.secondary">
                {` (${changedInSlackWords(t)(line.changedInSlack)})`}
              </Typography>
            )}
          </Typography>
          {line.message === null ? null : (
            <Typography
              variant="body2"
              color="text.secondary"
              sx={{
                whiteSpace: 'pre-wrap',
                overflowWrap: 'anywhere',
                pl: 1,
                borderLeft: 2,
                borderColor: 'divider',
              }}
            >
              <bdi>{line.message}</bdi>
            </Typography>
          )}
          {line.link === null ? null : (
            <Link href={line.link} target="_blank" rel="noreferrer" variant="body2">
              {t('timeline.openInSlack')}
            </Link>
          )}
        </Box>
        <Typography variant="caption" color="text.secondary" sx={{ whiteSpace: 'nowrap', pt: 0.5 }}>
          <bdi>{line.by}</bdi>
        </Typography>
        <Box sx={{ width: 20, pt: 0.25 }}>
          {line.starred ? (
            <Star fontSize="small" color="warning" titleAccess={t('timeline.starred')} />
          ) : null}
        </Box>
      </Box>
    );
  },
  // Each live-query result holds fresh line objects; a line with the same event id reads the same
  // unless its star or (for a Slack message) its text changed.
  (before, after) =>
    before.line.id === after.line.id &&
    before.line.starred === after.line.starred &&
    before.line.text === after.line.text &&
    before.line.changedInSlack === after.line.changedInSlack &&
    before.clock === after.clock,
);
