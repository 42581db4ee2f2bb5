import EditCalendar from '@mui/icons-material/EditCalendar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotices } from '../../app/errors';
import { useOperator } from '../../app/operator';
import { db } from '../../db';
import { prepareLogEntry, saveLogEntry } from '../../db/repositories/log';
import { limits } from '../../domain/incident/types';
import { capEntryText, type CappedEntry } from '../../domain/log/entry';
import { logEntryKinds, type LogEntryAdded, type LogEntryKind } from '../../domain/log/events';
import { HappenedAtFields, happenedAtInput, happenedNow, type HappenedAtDraft } from './HappenedAt';

/** The failed entry back in the box, with whatever was typed after it kept on its own line. */
function putBack(submitted: string, rest: string, current: string): string {
  const typedSince = (current.startsWith(rest) ? current.slice(rest.length) : current).trim();
  return typedSince === '' ? submitted : `${submitted}\n${typedSince}`;
}

type Props = {
  incidentId: string;
  commanderName: string;
  declaredAt: number;
  /** The line, shown at once while it is written; then whether the write held. */
  onPending: (event: LogEntryAdded) => void;
  onSettled: (id: string, state: 'saved' | 'failed') => void;
};

/**
 * Typed entries keep facts apart from hypotheses, as ICS asks of every record. Type and Enter records
 * it now; "Happened earlier…" dates it to when it happened, with the reason it is written late.
 */
export function LogEntryForm({ incidentId, commanderName, declaredAt, onPending, onSettled }: Props) {
  const { t } = useTranslation();
  const { reportError, notify } = useNotices();
  const [operator] = useOperator();
  const [kind, setKind] = useState<LogEntryKind>('fact');
  const [text, setText] = useState('');
  // The box follows whoever is at the desk; a name typed over it holds only until the desk changes
  // hands, so after a hand-over entries are never left credited to the previous IC.
  const [typed, setTyped] = useState<{ desk: string; author: string } | null>(null);
  const author = typed !== null && typed.desk === operator ? typed.author : operator || commanderName;
  const setAuthor = (next: string) => setTyped({ desk: operator, author: next });
  const [earlier, setEarlier] = useState<HappenedAtDraft | null>(null);

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    let entry: CappedEntry;
    let prepared: LogEntryAdded;
    const when = earlier === null ? {} : happenedAtInput(earlier);
    try {
      entry = capEntryText(text);
      prepared = prepareLogEntry(
        { incidentId, kind, text, author, ...when },
        { now: Date.now(), actor: author },
        declaredAt,
      ).event;
    } catch (failure) {
      // Refused before anything was shown (no text, a time in the future): the box keeps it all.
      reportError(failure);
      return;
    }
    // The text leaves the box now, not when the save resolves: what the scribe types meanwhile is
    // the next entry and must not be overwritten by a late answer. The line shows in the next frame.
    const submitted = text;
    setText(entry.rest);
    onPending(prepared);
    if (entry.rest !== '')
      notify({ severity: 'warning', message: t('log.capped', { max: limits.logEntryMaxLength }) });
    // The next entry is about now again: a time kept open would back-date it without anyone noticing.
    if (earlier !== null) setEarlier(null);
    try {
      await saveLogEntry(db, prepared);
      onSettled(prepared.id, 'saved');
    } catch (failure) {
      // A refused or failed save loses nothing: the line says so, and its text goes back in the box,
      // ahead of anything typed since.
      onSettled(prepared.id, 'failed');
      setText((current) => putBack(submitted, entry.rest, current));
      if (earlier !== null) setEarlier(earlier);
      reportError(failure);
    }
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      void submit();
    }
  }

  return (
    <Box component="form" onSubmit={(e) => void submit(e)}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
        <TextField
          select
          size="small"
          label={t('log.kind')}
          value={kind}
          onChange={(e) => setKind(logEntryKinds.find((k) => k === e.target.value) ?? 'note')}
          sx={{ minWidth: 130 }}
        >
          {logEntryKinds.map((k) => (
            <MenuItem key={k} value={k}>
              {t(`kinds.${k}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          size="small"
          label={t('log.text')}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
          helperText={
            text.length > limits.logEntryMaxLength
              ? `${text.length} / ${limits.logEntryMaxLength}`
              : t('log.textHelp')
          }
          multiline
          maxRows={6}
          sx={{ flexGrow: 1 }}
        />
        <TextField
          size="small"
          label={t('log.author')}
          value={author}
          onChange={(e) => setAuthor(e.target.value)}
          sx={{ width: 160 }}
          slotProps={{ htmlInput: { maxLength: limits.nameMaxLength } }}
        />
        <Tooltip title={t('backdate.happenedEarlierHelp')}>
          <IconButton
            aria-label={t('backdate.happenedEarlier')}
            aria-pressed={earlier !== null}
            onClick={() => setEarlier(earlier === null ? happenedNow : null)}
          >
            <EditCalendar fontSize="small" color={earlier === null ? undefined : 'primary'} />
          </IconButton>
        </Tooltip>
        <Button type="submit" variant="contained">
          {t('log.add')}
        </Button>
      </Stack>
      {earlier === null ? null : (
        <Stack direction="row" sx={{ mt: 1 }}>
          <HappenedAtFields value={earlier} onChange={setEarlier} earliest={declaredAt} autoFocus />
        </Stack>
      )}
    </Box>
  );
}
