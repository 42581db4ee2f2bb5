import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CappedTextField } from '../../../app/CappedTextField';
import { offsetText } from '../../../domain/drills/meaning';
import type { OutcomeVerdict } from '../../../domain/drills/outcome';
import { retroTextMaxLength, type RetroLine } from '../../../domain/drills/retro';
import type { PostmortemWords } from '../../../domain/postmortem';
import { expectedText, happenedText } from '../../../domain/postmortem/drill';

const verdictColour: Record<OutcomeVerdict, 'success' | 'warning' | 'error' | 'default'> = {
  'in-time': 'success',
  late: 'warning',
  missing: 'error',
  'not-shown': 'default',
  skipped: 'default',
};

type Props = {
  line: RetroLine;
  words: PostmortemWords;
  note: string;
  onNote: (note: string) => void;
};

/** One inject as the evaluators see it: what it said, what was expected, what happened, and the note. */
export function InjectOutcomeCard({ line, words, note, onNote }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const at = offsetText((line.shownAtMs ?? line.inject.atSeconds * 1000) / 1000);
  const verdict = t(`postmortem.say.drill.verdicts.${line.verdict}`);
  return (
    <Paper component="section" variant="outlined" aria-labelledby={headingId} sx={{ p: 2 }}>
      <Stack spacing={1}>
        <Stack direction="row" sx={{ gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
          <Typography id={headingId} component="h3" variant="subtitle2" sx={{ flexGrow: 1 }}>
            {t('drillRetro.inject', { at, role: words.role(line.inject.target) })}
          </Typography>
          <Chip
            size="small"
            color={verdictColour[line.verdict]}
            label={verdict}
            aria-label={`${t('drillRetro.verdict')}: ${verdict}`}
          />
        </Stack>
        <Typography variant="body2">{line.inject.text}</Typography>
        <Typography
          component="dl"
          variant="body2"
          sx={{ m: 0, '& dt': { fontWeight: 600 }, '& dd': { m: 0 } }}
        >
          <dt>{t('drillRetro.expected')}</dt>
          <dd>{expectedText(line.expected, words)}</dd>
          <dt>{t('drillRetro.happened')}</dt>
          <dd>{happenedText(line, words)}</dd>
        </Typography>
        {line.contingencyFired ? (
          <Typography variant="body2" color="warning.main">
            {t('drillRetro.contingency')}
          </Typography>
        ) : null}
        <CappedTextField
          label={t('drillRetro.noteFor', { at })}
          size="small"
          multiline
          minRows={1}
          max={retroTextMaxLength}
          value={note}
          onChange={(e) => onNote(e.target.value)}
        />
      </Stack>
    </Paper>
  );
}
