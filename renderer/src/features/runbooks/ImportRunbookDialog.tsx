import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type ChangeEvent, type ClipboardEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, useNotices } from '../../app/errors';
import { ErrorText } from '../../app/ErrorText';
import { ChooseFileButton } from '../../app/ChooseFileButton';
import { useOperator } from '../../app/operator';
import { db } from '../../db';
import { importRunbook } from '../../db/repositories/runbooks';
import { recordContext } from '../tasks/recordContext';

/** Larger than any honest runbook; refused before reading so a wrong file cannot stall the cockpit. */
const maxFileBytes = 1024 * 1024;

function megabytes(characters: number): string {
  return `${(characters / (1024 * 1024)).toFixed(1)} MB`;
}

/** Imports a runbook file (chosen, or pasted); a bad file is refused with what is wrong in it. */
export function ImportRunbookDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { notify } = useNotices();
  const [operator] = useOperator();
  const [content, setContent] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function importText(text: string) {
    try {
      const id = await importRunbook(db, text, recordContext(operator));
      const runbook = await db.runbooks.get(id);
      notify({ severity: 'success', message: t('runbooks.imported', { name: runbook?.name ?? '' }) });
      onClose();
    } catch (failure) {
      setError(describeError(t, failure));
    }
  }

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file === undefined) return;
    setFileName(file.name);
    if (file.size > maxFileBytes) {
      setError(t('errors.runbook-invalid', { problem: `${Math.round(file.size / 1024)} KB` }));
      return;
    }
    const text = await file.text();
    setContent(text);
    await importText(text);
  }

  // The same limit as a chosen file, checked before the text reaches the box: a 20 MB paste rendered in
  // a textarea froze the cockpit for minutes. Characters stand in for bytes (close enough for JSON).
  function onPaste(event: ClipboardEvent<HTMLDivElement>) {
    const pasted = event.clipboardData.getData('text');
    if (content.length + pasted.length <= maxFileBytes) return;
    event.preventDefault();
    setError(t('capped.pasteTooLarge', { max: megabytes(maxFileBytes), size: megabytes(pasted.length) }));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void importText(content);
  }

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="runbook-import-title">
      <form onSubmit={submit} noValidate>
        <DialogTitle id="runbook-import-title">{t('runbooks.importTitle')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2}>
            <DialogContentText>{t('runbooks.importHelp')}</DialogContentText>
            <Stack direction="row" sx={{ gap: 2, alignItems: 'center' }}>
              <ChooseFileButton
                variant="outlined"
                label={t('runbooks.chooseFile')}
                onFile={(e) => void onFile(e)}
              />
              {fileName === null ? null : (
                <Typography variant="body2">{t('runbooks.fileChosen', { name: fileName })}</Typography>
              )}
            </Stack>
            <TextField
              label={t('runbooks.pasteJson')}
              value={content}
              onChange={(e) => setContent(e.target.value)}
              onPaste={onPaste}
              multiline
              minRows={4}
              maxRows={12}
              slotProps={{
                htmlInput: { spellCheck: false, style: { fontFamily: 'monospace', fontSize: 12 } },
              }}
            />
            <ErrorText message={error} />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('runbooks.cancel')}</Button>
          <Button type="submit" variant="contained">
            {t('runbooks.importSubmit')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
