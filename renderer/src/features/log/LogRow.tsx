import Star from '@mui/icons-material/Star';
import Close from '@mui/icons-material/Close';
import StarBorder from '@mui/icons-material/StarBorder';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import Typography from '@mui/material/Typography';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { logCategoryOf, type IncidentEvent } from '../../domain/log/events';
import { isTaggable } from '../../domain/postmortem/tags';
import { EntryTagMenu } from '../postmortem/EntryTagMenu';
import { authorOf, describeEvent, formatEntryTime } from './describeEvent';
import { useSlackMessageNow } from '../../db/hooks/useSlackImport';
import { slackLine } from '../slack-import/slackLine';
import { SlackLink } from '../slack-import/SlackLink';
import type { PendingState } from './pendingLines';
import { recordedNote } from './recordedNote';

const categoryColour = {
  fact: 'info',
  hypothesis: 'warning',
  decision: 'success',
  action: 'primary',
  note: 'default',
  system: 'default',
  slack: 'secondary',
} as const;

type Props = {
  entry: IncidentEvent;
  starred: boolean;
  showDate: boolean;
  /** Name the zone: people on the incident read other clocks than this desk. */
  showZone: boolean;
  /** Not yet confirmed by the database (null once stored): saving, or its write failed. */
  pending: PendingState | null;
  onDismiss: (id: string) => void;
  onToggleStar: (entry: IncidentEvent, starred: boolean) => void;
};

/** A note after a line's text, for screen readers: " (edited)", " (recorded 19:42)". */
const aside = (note: string | null) => (note === null ? '' : ` (${note})`);

/** One line of the log: when, what kind, what, who; starrable for the postmortem. */
export const LogRow = memo(
  function LogRow({ entry, starred, showDate, showZone, pending, onDismiss, onToggleStar }: Props) {
    const { t, i18n } = useTranslation();
    const category = logCategoryOf(entry) ?? 'system';
    const slack = useSlackMessageNow(entry);
    const { text, mark } = slack ? slackLine(t, slack) : { text: describeEvent(t, entry), mark: null };
    const recorded = recordedNote(t, entry, i18n.language, showZone);
    const pendingNote =
      pending === 'saving' ? t('log.saving') : pending === 'failed' ? t('log.notSaved') : null;
    // A line the database has not confirmed cannot be starred or tagged yet: there is nothing to mark.
    const stored = pending === null || pending === 'saved';
    return (
      <Box
        role="listitem"
        aria-label={`${t(`kinds.${category}`)}: ${text}${aside(mark)}${aside(recorded)}${aside(pendingNote)}`}
        sx={{
          display: 'flex',
          gap: 1.5,
          alignItems: 'flex-start',
          px: 1,
          py: 0.75,
          borderBottom: 1,
          borderColor: 'divider',
          opacity: pending === 'saving' ? 0.7 : 1,
        }}
      >
        <Typography
          component="time"
          dateTime={new Date(entry.ts).toISOString()}
          variant="body2"
          color="text.secondary"
          sx={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap', pt: 0.25 }}
        >
          {formatEntryTime(entry.ts, showDate, i18n.language, showZone)}
        </Typography>
        <Chip
          size="small"
          label={t(`kinds.${category}`)}
          color={categoryColour[category]}
          variant={category === 'system' ? 'outlined' : 'filled'}
        />
        <Typography
          variant="body2"
          sx={{ flexGrow: 1, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', pt: 0.25 }}
        >
          {/* Isolated, so a right-to-left override in someone's text cannot reorder what follows it. */}
          <bdi>{text}</bdi>
          {mark === null ? null : (
            <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 1 }}>
              ({mark})
            </Typography>
          )}
          <SlackLink entry={entry} />
          {recorded === null ? null : (
            <Typography component="span" variant="caption" color="text.secondary" sx={{ display: 'block' }}>
              <bdi>{recorded}</bdi>
            </Typography>
          )}
          {pendingNote === null ? null : (
            <Typography
              component="span"
              variant="caption"
              color={pending === 'failed' ? 'error' : 'text.secondary'}
              sx={{ display: 'block' }}
            >
              {pendingNote}
            </Typography>
          )}
        </Typography>
        <Typography variant="caption" color="text.secondary" sx={{ whiteSpace: 'nowrap', pt: 0.5 }}>
          <bdi>{authorOf(entry)}</bdi>
        </Typography>
        {stored && isTaggable(entry) ? <EntryTagMenu entry={entry} /> : null}
        {pending === 'failed' ? (
          <IconButton size="small" aria-label={t('log.dismissNotSaved')} onClick={() => onDismiss(entry.id)}>
            <Close fontSize="small" />
          </IconButton>
        ) : (
          <IconButton
            size="small"
            aria-label={starred ? t('log.unstar') : t('log.star')}
            aria-pressed={starred}
            disabled={!stored}
            onClick={() => onToggleStar(entry, !starred)}
          >
            {starred ? <Star fontSize="small" color="warning" /> : <StarBorder fontSize="small" />}
          </IconButton>
        )}
      </Box>
    );
  },
  // Log events never change once written, so a row with the same event id shows the same thing;
  // each live-query result holds fresh objects, which would otherwise re-render every row.
  (before, after) =>
    before.entry.id === after.entry.id &&
    before.starred === after.starred &&
    before.showDate === after.showDate &&
    before.showZone === after.showZone &&
    before.pending === after.pending &&
    before.onDismiss === after.onDismiss &&
    before.onToggleStar === after.onToggleStar,
);
