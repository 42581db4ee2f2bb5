import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import { useEffect, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../app/errors';
import { ErrorText } from '../../app/ErrorText';
import { ChooseFileButton } from '../../app/ChooseFileButton';
import { db } from '../../db';
import { importBackup } from '../../db/repositories/backup';
import { BackupRefusal } from '../../db/repositories/backup-preview';
import type { BackupFile } from '../../domain/backup/parse';
import { ProgressLine, type Progress } from './ExportProgressDialog';
import { ImportedView, type Imported } from './ImportedView';
import { describeProblem, readBackup, type ReadOutcome } from './importFlow';
import { ImportPreviewView } from './ImportPreviewView';

/** Saves the database as it is before an import writes (the snapshots' "before-import"); may refuse. */
export type BeforeImport = () => Promise<void>;

type Step =
  | { kind: 'choose'; refusal: string | null }
  | { kind: 'reading'; name: string }
  | (Extract<ReadOutcome, { ok: true }> & { kind: 'preview'; name: string })
  | { kind: 'importing'; progress: Progress | null }
  | ({ kind: 'done' } & Imported);

type Props = {
  onClose: () => void;
  onOpenIncident: (incidentId: string) => void;
  beforeImport?: BeforeImport | undefined;
};

function incidentOf(file: BackupFile): Imported['incident'] {
  return file.scope.kind === 'incident' ? { id: file.scope.incidentId, title: file.scope.title } : null;
}

/**
 * Import a backup: choose a file, see what it holds against this desktop (read in a worker, nothing
 * written), then Import (Enter) or Cancel (Escape). A refused file says what is wrong and where.
 */
export function ImportBackupDialog({ onClose, onOpenIncident, beforeImport }: Props) {
  const { t } = useTranslation();
  const reading = useRef<AbortController | null>(null);
  const [step, setStep] = useState<Step>({ kind: 'choose', refusal: null });
  useEffect(() => () => reading.current?.abort(), []);
  const choosing = step.kind === 'choose';

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.target.files?.[0];
    event.target.value = '';
    if (chosen === undefined) return;
    const controller = new AbortController();
    reading.current = controller;
    setStep({ kind: 'reading', name: chosen.name });
    try {
      const outcome = await readBackup(t, chosen, controller.signal);
      if (controller.signal.aborted) return;
      if (outcome.ok) setStep({ ...outcome, kind: 'preview', name: chosen.name });
      else
        setStep({
          kind: 'choose',
          refusal: t('backupUi.refusedFile', { name: chosen.name, problem: outcome.message }),
        });
    } catch (error) {
      if (!controller.signal.aborted) setStep({ kind: 'choose', refusal: describeError(t, error) });
    }
  }

  async function importFile(file: BackupFile) {
    setStep({ kind: 'importing', progress: null });
    try {
      if (beforeImport !== undefined) await beforeImport();
    } catch (error) {
      setStep({
        kind: 'choose',
        refusal: t('backupUi.snapshotFailed', { message: describeError(t, error) }),
      });
      return;
    }
    try {
      const result = await importBackup(db, file, {
        now: Date.now(),
        onProgress: (done, total) => setStep({ kind: 'importing', progress: { done, total } }),
      });
      setStep({ kind: 'done', ...result, incident: incidentOf(file) });
    } catch (error) {
      // The database may have changed since the preview (a person deleted meanwhile): said like a parse's.
      const refusal =
        error instanceof BackupRefusal ? describeProblem(t, error.problem) : describeError(t, error);
      setStep({ kind: 'choose', refusal });
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (step.kind === 'preview') void importFile(step.file);
  }

  // An import is one transaction: closing the window mid-way would not stop it, so it is not offered.
  const close = step.kind === 'importing' ? undefined : onClose;
  return (
    <Dialog open onClose={close} fullWidth maxWidth="sm" aria-labelledby="backup-import-title">
      <form onSubmit={submit} noValidate>
        <DialogTitle id="backup-import-title">{t('backupUi.importTitle')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2}>
            {choosing ? <DialogContentText>{t('backupUi.importHelp')}</DialogContentText> : null}
            {choosing ? <ErrorText message={step.refusal} /> : null}
            {step.kind === 'reading' ? (
              <ProgressLine label={t('backupUi.reading', { name: step.name })} progress={null} />
            ) : null}
            {step.kind === 'reading' ? (
              <DialogContentText>{t('backupUi.reading', { name: step.name })}</DialogContentText>
            ) : null}
            {step.kind === 'preview' ? <ImportPreviewView file={step.file} preview={step.preview} /> : null}
            {step.kind === 'importing' ? (
              <ProgressLine label={t('backupUi.importing')} progress={step.progress} />
            ) : null}
            {step.kind === 'done' ? <ImportedView imported={step} /> : null}
          </Stack>
        </DialogContent>
        <DialogActions>
          {step.kind === 'done' ? null : (
            <Button onClick={onClose} disabled={step.kind === 'importing'}>
              {t('backupUi.cancel')}
            </Button>
          )}
          {choosing ? (
            <ChooseFileButton
              variant="contained"
              label={t(step.refusal === null ? 'backupUi.chooseFile' : 'backupUi.chooseAnother')}
              onFile={(e) => void onFile(e)}
            />
          ) : null}
          {step.kind === 'preview' ? (
            <Button type="submit" variant="contained" autoFocus>
              {t('backupUi.importSubmit')}
            </Button>
          ) : null}
          {step.kind === 'done' && step.incident !== null ? (
            <Button
              variant="contained"
              autoFocus
              onClick={() => step.incident && onOpenIncident(step.incident.id)}
            >
              {t('backupUi.openIncident', { title: step.incident.title })}
            </Button>
          ) : null}
          {step.kind === 'done' ? (
            <Button onClick={onClose} autoFocus={step.incident === null}>
              {t('backupUi.close')}
            </Button>
          ) : null}
        </DialogActions>
      </form>
    </Dialog>
  );
}
