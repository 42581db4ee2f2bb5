import Button from '@mui/material/Button';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CappedTextField } from '../../../app/CappedTextField';
import { useNotices } from '../../../app/errors';
import { useOperator } from '../../../app/operator';
import { db } from '../../../db';
import { saveRetrospective } from '../../../db/repositories/drill-retrospective';
import { retroTextMaxLength, type RetroAnswers, type Retrospective } from '../../../domain/drills/retro';
import type { PostmortemWords } from '../../../domain/postmortem';
import { recordContext } from '../../tasks/recordContext';
import { InjectOutcomeCard } from './InjectOutcomeCard';

type Props = { incidentId: string; retro: Retrospective; words: PostmortemWords; onClose: () => void };

const questions = ['wentWell', 'lucky', 'improve'] as const;

/** The answers as the team last saved them, or empty: the form opens with what counts now. */
function initialAnswers(retro: Retrospective): RetroAnswers {
  if (retro.saved !== null) return retro.saved;
  return { wentWell: '', lucky: '', improve: '', notes: {} };
}

/** The retrospective's questions and one card per inject; saving appends a new retrospective. */
export function RetroForm({ incidentId, retro, words, onClose }: Props) {
  const { t } = useTranslation();
  const { reportError } = useNotices();
  const [operator] = useOperator();
  // Taken once: the drill is read again every second, and the team's typing must not be replaced.
  const [answers, setAnswers] = useState(() => initialAnswers(retro));
  const [saving, setSaving] = useState(false);
  // Said inside the dialog: a notice at the foot of the window is hidden from screen readers behind it.
  const [saved, setSaved] = useState(false);
  const edit = (change: (a: RetroAnswers) => RetroAnswers) => {
    setSaved(false);
    setAnswers(change);
  };
  const texts = [...questions.map((q) => answers[q]), ...Object.values(answers.notes)];
  const tooLong = texts.some((text) => text.length > retroTextMaxLength);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (tooLong || saving) return;
    setSaving(true);
    saveRetrospective(db, incidentId, answers, recordContext(operator))
      .then(() => setSaved(true))
      .catch(reportError)
      .finally(() => setSaving(false));
  };

  return (
    <form onSubmit={submit} style={{ display: 'contents' }}>
      <DialogContent dividers>
        <Stack spacing={2}>
          <Typography variant="body2">{t('drillRetro.intro')}</Typography>
          <Typography variant="body2" color="text.secondary" role="status">
            {saved ? `${t('drillRetro.saved')} ` : null}
            {retro.endedAt === null
              ? null
              : t(retro.timeUp ? 'drillRetro.timeUp' : 'drillRetro.ended', {
                  time: words.time(retro.endedAt),
                })}
            {' · '}
            {retro.saved === null
              ? t('drillRetro.notSaved')
              : t('drillRetro.lastSaved', { time: words.time(retro.saved.at), actor: retro.saved.actor })}
          </Typography>
          {questions.map((question, index) => (
            <CappedTextField
              key={question}
              label={t(`drillRetro.${question}`)}
              helperText={t(`drillRetro.${question}Help`)}
              multiline
              minRows={2}
              autoFocus={index === 0}
              max={retroTextMaxLength}
              value={answers[question]}
              onChange={(e) => edit((a) => ({ ...a, [question]: e.target.value }))}
            />
          ))}
          <Typography component="h2" variant="subtitle1">
            {t('drillRetro.injects')}
          </Typography>
          {retro.lines.map((line) => (
            <InjectOutcomeCard
              key={line.injectId}
              line={line}
              words={words}
              note={answers.notes[line.injectId] ?? ''}
              onNote={(note) => edit((a) => ({ ...a, notes: { ...a.notes, [line.injectId]: note } }))}
            />
          ))}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('drillRetro.close')}</Button>
        <Button type="submit" variant="contained" disabled={tooLong || saving}>
          {t('drillRetro.save')}
        </Button>
      </DialogActions>
    </form>
  );
}
