import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotices } from '../../app/errors';
import { useOperator } from '../../app/operator';
import { db } from '../../db';
import { addLogEntry } from '../../db/repositories/log';
import { limits } from '../../domain/incident/types';
import { capEntryText, type CappedEntry } from '../../domain/log/entry';
import { logEntryKinds, type LogEntryKind } from '../../domain/log/events';

/** The failed entry back in the box, with whatever was typed after it kept on its own line. */
function putBack(submitted: string, rest: string, current: string): string {
  const typedSince = (current.startsWith(rest) ? current.slice(rest.length) : current).trim();
  return typedSince === '' ? submitted : `${submitted}\n${typedSince}`;
}

/** Typed entries keep facts apart from hypotheses, as ICS asks of every record. */
export function LogEntryForm({ incidentId, commanderName }: { incidentId: string; commanderName: string }) {
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

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    let entry: CappedEntry;
    try {
      entry = capEntryText(text);
    } catch (failure) {
      reportError(failure);
      return;
    }
    // The text leaves the box now, not when the save resolves: what the scribe types meanwhile is
    // the next entry and must not be overwritten by a late answer.
    const submitted = text;
    setText(entry.rest);
    if (entry.rest !== '')
      notify({ severity: 'warning', message: t('log.capped', { max: limits.logEntryMaxLength }) });
    try {
      await addLogEntry(
        db,
        { incidentId, kind, text: submitted, author },
        { now: Date.now(), actor: author },
      );
    } catch (failure) {
      // A refused or failed save loses nothing: the text goes back, ahead of anything typed since.
      setText((current) => putBack(submitted, entry.rest, current));
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
    <Stack
      component="form"
      direction="row"
      spacing={1}
      onSubmit={(e) => void submit(e)}
      sx={{ alignItems: 'flex-start' }}
    >
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
      <Button type="submit" variant="contained">
        {t('log.add')}
      </Button>
    </Stack>
  );
}
