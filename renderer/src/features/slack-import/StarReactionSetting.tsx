import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../app/errors';
import { useOperator } from '../../app/operator';
import { db } from '../../db';
import { useStarReaction } from '../../db/hooks/useSlackImport';
import { saveStarReaction } from '../../db/repositories/slack-import';
import { recordContext } from '../tasks/recordContext';

/** Which reaction stars a message when the incident channel is imported (pinned ones always are). */
export function StarReactionSetting() {
  const { t } = useTranslation();
  const [operator] = useOperator();
  const saved = useStarReaction();
  const [typed, setTyped] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const shown = typed ?? (saved === undefined ? '' : `:${saved}:`);

  async function save(event: FormEvent) {
    event.preventDefault();
    try {
      await saveStarReaction(db, shown, recordContext(operator));
      setTyped(null);
      setError(null);
    } catch (failure) {
      setError(describeError(t, failure));
    }
  }

  return (
    <Stack
      component="form"
      direction="row"
      spacing={1}
      onSubmit={(e) => void save(e)}
      sx={{ alignItems: 'flex-start' }}
    >
      <TextField
        size="small"
        label={t('slackImport.starReaction')}
        value={shown}
        onChange={(e) => setTyped(e.target.value)}
        error={error !== null}
        helperText={error ?? t('slackImport.starReactionHelp')}
        sx={{ flexGrow: 1 }}
      />
      <Button type="submit" disabled={typed === null}>
        {t('slackImport.saveStarReaction')}
      </Button>
    </Stack>
  );
}
