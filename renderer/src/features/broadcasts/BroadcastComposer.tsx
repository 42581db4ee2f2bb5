import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, useNotices } from '../../app/errors';
import { ErrorText } from '../../app/ErrorText';
import { actorName, useOperator } from '../../app/operator';
import { db } from '../../db';
import { queueBroadcast } from '../../db/repositories/broadcasts';
import { readIncidentFacts } from '../../db/repositories/broadcasts-reads';
import { updateChannelsFor } from '../../domain/broadcasts/drill';
import type { BroadcastTrigger } from '../../domain/broadcasts/events';
import { checkSlackLimits, type LimitProblem } from '../../domain/broadcasts/limits';
import { buildBroadcastMessage, sectionAtBlock, summaryFieldLabel } from '../../domain/broadcasts/message';
import { prefillSections } from '../../domain/broadcasts/prefill';
import { formatClock } from '../../domain/broadcasts/time';
import {
  templateSections,
  type BroadcastSectionKey,
  type BroadcastTemplate,
} from '../../domain/broadcasts/types';
import type { Incident } from '../../domain/incident/types';
import { useSlackStatus } from '../slack/slackStatus';
import { BroadcastPreview } from './BroadcastPreview';
import { DrillDestination } from './DrillDestination';
import { wakeDispatcher } from './dispatcherSignal';
import { draftFor } from './draft';
import { labelsFor, localTimeZone } from './messageLabels';
import { nextUpdateAfter, type BroadcastState } from './useBroadcastState';

/** When the IC pressed send, taken at the press (never during render). */
function recordedNow(actor: string) {
  return { now: Date.now(), actor };
}

type Sections = Partial<Record<BroadcastSectionKey, string>>;
type Props = { incident: Incident; state: BroadcastState; trigger: BroadcastTrigger; onClose: () => void };

/** Compose a stakeholder update from a pre-filled template, preview it exactly as sent, and queue it. */
export function BroadcastComposer({ incident, state, trigger, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const { notify } = useNotices();
  const [operator] = useOperator();
  // A drill never goes to the plan's stakeholder channels: the drill channel, or the drill itself.
  const drillChannel = useSlackStatus()?.drillChannel ?? null;
  const labels = labelsFor(i18n.language);
  const timeZone = localTimeZone();
  const [template, setTemplate] = useState<BroadcastTemplate>(state.plan.template);
  const [drafts, setDrafts] = useState<Partial<Record<BroadcastTemplate, Sections>>>({});
  const [prefilled, setPrefilled] = useState<Partial<Record<BroadcastTemplate, Sections>>>({});
  const [error, setError] = useState<string | null>(null);
  const now = state.now;

  useEffect(() => {
    let live = true;
    void readIncidentFacts(db, incident, Date.now(), timeZone).then((facts) => {
      if (live)
        setPrefilled({
          tactical: prefillSections('tactical', facts, labels),
          executive: prefillSections('executive', facts, labels),
        });
    });
    return () => {
      live = false;
    };
    // Pre-filled once when the composer opens: later log lines must not overwrite what the IC is editing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const sections = useMemo(
    () => drafts[template] ?? prefilled[template] ?? {},
    [drafts, prefilled, template],
  );
  const nextUpdateBy = nextUpdateAfter(state, now);
  const message = useMemo(
    () =>
      buildBroadcastMessage(draftFor(incident, { template, sections, nextUpdateBy, now, timeZone }), labels),
    [incident, template, sections, nextUpdateBy, now, timeZone, labels],
  );
  const problems = checkSlackLimits(message);
  // Which typed section each too-long problem is about, so the message and the field itself name it.
  const sectionOf = (problem: LimitProblem) =>
    problem.kind === 'section-too-long' && problem.blockIndex !== undefined
      ? sectionAtBlock(template, problem.blockIndex)
      : undefined;
  const tooLong = new Map(problems.map((p) => [sectionOf(p), p] as const));
  const sectionName = (problem: LimitProblem) => {
    if (problem.kind === 'field-too-long') return summaryFieldLabel(problem.fieldIndex ?? -1, labels);
    const key = sectionOf(problem);
    return key === undefined ? '' : labels.sections[key];
  };
  const channels = updateChannelsFor(incident, state.plan.stakeholderChannels, drillChannel);

  function edit(key: BroadcastSectionKey, text: string) {
    setDrafts((previous) => ({ ...previous, [template]: { ...sections, [key]: text } }));
  }

  async function send() {
    try {
      await queueBroadcast(
        db,
        {
          incidentId: incident.id,
          template,
          sections,
          message,
          channels,
          nextUpdateBy,
          snapshot: state.snapshotNow,
          trigger,
        },
        recordedNow(actorName(operator)),
      );
      wakeDispatcher();
      notify({ severity: 'success', message: t('broadcasts.composer.queued') });
      onClose();
    } catch (failure) {
      setError(describeError(t, failure));
    }
  }

  return (
    <Dialog open onClose={onClose} aria-labelledby="composer-title" fullWidth maxWidth="lg">
      <DialogTitle id="composer-title">{t('broadcasts.composer.title')}</DialogTitle>
      <DialogContent>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={3} sx={{ pt: 1 }}>
          <Stack spacing={2} sx={{ flex: 1, minWidth: 0 }}>
            <ToggleButtonGroup
              exclusive
              size="small"
              value={template}
              aria-label={t('broadcasts.composer.template')}
              onChange={(_, value: BroadcastTemplate | null) => value !== null && setTemplate(value)}
            >
              <ToggleButton value="tactical">{t('broadcasts.templates.tactical')}</ToggleButton>
              <ToggleButton value="executive">{t('broadcasts.templates.executive')}</ToggleButton>
            </ToggleButtonGroup>
            {state.nothingChanged && state.lastBroadcast !== null ? (
              <Alert severity="info">
                {t('broadcasts.composer.nothingChanged', {
                  time: formatClock(state.lastBroadcast.createdAt, timeZone),
                })}
              </Alert>
            ) : null}
            {templateSections[template].map((key) => {
              const over = tooLong.get(key);
              return (
                <TextField
                  key={`${template}-${key}`}
                  label={labels.sections[key]}
                  value={sections[key] ?? ''}
                  onChange={(e) => edit(key, e.target.value)}
                  multiline
                  minRows={3}
                  maxRows={12}
                  error={over !== undefined}
                  helperText={
                    over === undefined
                      ? undefined
                      : t('broadcasts.limits.section-over', { over: over.length - over.limit })
                  }
                />
              );
            })}
            {incident.isDrill ? (
              <DrillDestination drillChannel={drillChannel} />
            ) : (
              <Typography variant="body2" color="text.secondary">
                {channels.length === 0
                  ? t('broadcasts.composer.noChannel')
                  : t('broadcasts.to', { channels: channels.map((c) => `#${c.channelName}`).join(', ') })}
              </Typography>
            )}
            {problems.map((problem, index) => (
              <Alert key={index} severity="error">
                {t(`broadcasts.limits.${problem.kind}`, {
                  length: problem.length,
                  limit: problem.limit,
                  over: problem.length - problem.limit,
                  section: sectionName(problem),
                })}
              </Alert>
            ))}
            <ErrorText message={error} />
          </Stack>
          <Stack sx={{ flex: 1, minWidth: 0 }}>
            <BroadcastPreview message={message} />
          </Stack>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('broadcasts.composer.cancel')}</Button>
        <Button
          variant="contained"
          disabled={problems.length > 0 || channels.length === 0}
          onClick={() => void send()}
        >
          {incident.isDrill
            ? t('drillSandbox.composer.send')
            : t('broadcasts.composer.send', { count: channels.length })}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
