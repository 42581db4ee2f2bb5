import Autocomplete from '@mui/material/Autocomplete';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { usePeople } from '../../db/hooks/useRoster';
import { limits } from '../../domain/incident/types';
import { desk } from './desk';

type Props = { initial: string; autoFocus?: boolean; onDone: () => void; onCancel?: () => void };

/** A name from the directory or typed: whoever it is, from now on this desk records as them. */
export function DeskNameForm({ initial, autoFocus, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const names = (usePeople() ?? []).map((p) => p.name);
  const [name, setName] = useState(initial);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (name.trim() === '') return;
    desk.change(name.slice(0, limits.nameMaxLength));
    onDone();
  }

  return (
    <Stack component="form" spacing={1.5} onSubmit={submit} noValidate>
      <Autocomplete
        freeSolo
        autoHighlight
        options={names}
        inputValue={name}
        onInputChange={(_, typed) => setName(typed)}
        renderInput={(params) => (
          <TextField {...params} label={t('desk.name')} size="small" autoFocus={autoFocus} />
        )}
      />
      <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
        {onCancel === undefined ? null : <Button onClick={onCancel}>{t('desk.cancel')}</Button>}
        <Button type="submit" variant="contained" disabled={name.trim() === ''}>
          {t('desk.save')}
        </Button>
      </Stack>
    </Stack>
  );
}
