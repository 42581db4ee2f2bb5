import Delete from '@mui/icons-material/Delete';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CappedTextField } from '../../app/CappedTextField';
import { describeError } from '../../app/errors';
import { ErrorText } from '../../app/ErrorText';
import { useOperator } from '../../app/operator';
import { db } from '../../db';
import { createRunbook, updateRunbook } from '../../db/repositories/runbooks';
import { limits } from '../../domain/incident/types';
import { runbookLimits, type Runbook, type RunbookStep } from '../../domain/runbooks/types';
import { taskCategories } from '../../domain/tasks/types';
import { recordContext } from '../tasks/recordContext';

const blankStep: RunbookStep = { title: '', description: '', category: 'restore-service' };

/** Writes or edits a runbook: a name, when to use it, and its steps in order. */
export function RunbookEditorDialog({ runbook, onClose }: { runbook: Runbook | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [operator] = useOperator();
  const [name, setName] = useState(runbook?.name ?? '');
  const [description, setDescription] = useState(runbook?.description ?? '');
  const [steps, setSteps] = useState<RunbookStep[]>(runbook?.steps ?? [blankStep]);
  const [error, setError] = useState<string | null>(null);

  const changeStep = (index: number, change: Partial<RunbookStep>) =>
    setSteps((all) => all.map((step, i) => (i === index ? { ...step, ...change } : step)));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const context = recordContext(operator);
    try {
      const definition = { name, description, steps };
      if (runbook === null) await createRunbook(db, definition, context);
      else await updateRunbook(db, runbook.id, definition, context);
      onClose();
    } catch (failure) {
      setError(describeError(t, failure));
    }
  }

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" aria-labelledby="runbook-editor-title">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <DialogTitle id="runbook-editor-title">
          {runbook === null ? t('runbooks.newTitle') : t('runbooks.editTitle')}
        </DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1 }}>
            <CappedTextField
              label={t('runbooks.name')}
              helperText={t('runbooks.nameHelp')}
              value={name}
              onChange={(e) => setName(e.target.value)}
              required
              autoFocus
              max={runbookLimits.nameMaxLength}
            />
            <CappedTextField
              label={t('runbooks.description')}
              value={description}
              onChange={(e) => setDescription(e.target.value)}
              multiline
              max={limits.summaryMaxLength}
            />
            <Typography variant="subtitle1" component="h3">
              {t('runbooks.steps', { count: steps.length })}
            </Typography>
            {steps.map((step, index) => {
              const n = index + 1;
              return (
                <Stack
                  key={index}
                  direction="row"
                  sx={{ gap: 1, alignItems: 'flex-start' }}
                  role="group"
                  aria-label={t('runbooks.stepTitle', { n })}
                >
                  <Stack spacing={1} sx={{ flexGrow: 1 }}>
                    <Stack direction="row" sx={{ gap: 1 }}>
                      <CappedTextField
                        size="small"
                        label={t('runbooks.stepTitle', { n })}
                        value={step.title}
                        onChange={(e) => changeStep(index, { title: e.target.value })}
                        sx={{ flexGrow: 1 }}
                        max={limits.titleMaxLength}
                      />
                      <TextField
                        select
                        size="small"
                        label={t('runbooks.stepCategory', { n })}
                        value={step.category}
                        onChange={(e) =>
                          changeStep(index, {
                            category: taskCategories.find((c) => c === e.target.value) ?? 'restore-service',
                          })
                        }
                        sx={{ minWidth: 190 }}
                      >
                        {taskCategories.map((c) => (
                          <MenuItem key={c} value={c}>
                            {t(`tasks.categories.${c}`)}
                          </MenuItem>
                        ))}
                      </TextField>
                    </Stack>
                    <CappedTextField
                      size="small"
                      label={t('runbooks.stepDescription', { n })}
                      value={step.description}
                      onChange={(e) => changeStep(index, { description: e.target.value })}
                      multiline
                      max={limits.summaryMaxLength}
                    />
                  </Stack>
                  <IconButton
                    aria-label={t('runbooks.removeStep', { n })}
                    disabled={steps.length === 1}
                    onClick={() => setSteps((all) => all.filter((_, i) => i !== index))}
                  >
                    <Delete />
                  </IconButton>
                </Stack>
              );
            })}
            <Button
              onClick={() => setSteps((all) => [...all, blankStep])}
              disabled={steps.length >= runbookLimits.maxSteps}
              sx={{ alignSelf: 'flex-start' }}
            >
              {t('runbooks.addStep')}
            </Button>
            <ErrorText message={error} />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('runbooks.cancel')}</Button>
          <Button type="submit" variant="contained">
            {t('runbooks.save')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
