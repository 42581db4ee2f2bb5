import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ChooseFileButton } from '../../app/ChooseFileButton';
import { ErrorText } from '../../app/ErrorText';
import { describeError } from '../../app/errors';
import { actorName, useOperator } from '../../app/operator';
import { db } from '../../db';
import { startDrill } from '../../db/repositories/drills';
import { parseScenarioFile } from '../../domain/drills/file';
import { scenarioLimits, type Scenario } from '../../domain/drills/types';
import { limits } from '../../domain/incident/types';
import { ScenarioPreview } from './ScenarioPreview';
import { shippedScenarios } from './shippedScenarios';

type Props = { onClose: () => void; onStarted: (incidentId: string) => void };

const importedKey = 'imported';

/**
 * The game master picks a shipped scenario or imports a file, sees what the players may see of it, names
 * who plays IC, and starts: the drill incident and its scenario are written at once, and the cockpit opens
 * on it. A refused file says what is wrong and where, and changes nothing.
 */
export function StartDrillDialog({ onClose, onStarted }: Props) {
  const { t } = useTranslation();
  const [operator, rememberOperator] = useOperator();
  const [key, setKey] = useState(shippedScenarios[0]?.key ?? '');
  const [imported, setImported] = useState<{ name: string; scenario: Scenario } | null>(null);
  const [commanderName, setCommanderName] = useState(operator);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submitting = useRef(false);

  const scenario =
    key === importedKey
      ? (imported?.scenario ?? null)
      : (shippedScenarios.find((s) => s.key === key)?.scenario ?? null);

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file === undefined) return;
    // Far too large is refused before it is read (four bytes a character at most); the parser checks the rest.
    if (file.size > scenarioLimits.maxChars * 4) {
      setError(t('drills.problem.too-large', { detail: String(file.size) }));
      return;
    }
    const parsed = parseScenarioFile(await file.text());
    if (!parsed.ok) {
      const { code, where, detail } = parsed.problem;
      setError(t(`drills.problem.${code}`, { where, detail: detail ?? '' }));
      return;
    }
    setError(null);
    setImported({ name: file.name, scenario: parsed.scenario });
    setKey(importedKey);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    // A ref, not state: a quick second Enter must not start two drills.
    if (submitting.current) return;
    if (scenario === null) {
      setError(t('drills.run.pickFirst'));
      return;
    }
    if (commanderName.trim() === '') {
      setError(t('drills.run.commanderRequired'));
      return;
    }
    submitting.current = true;
    setBusy(true);
    try {
      const id = await startDrill(
        db,
        { scenario, commanderName },
        { now: Date.now(), actor: actorName(operator || commanderName) },
      );
      // As when declaring: whoever names the first IC at an unnamed desk is likely at it.
      if (operator.trim() === '') rememberOperator(commanderName.trim());
      onStarted(id);
    } catch (failure) {
      setError(describeError(t, failure));
    } finally {
      submitting.current = false;
      setBusy(false);
    }
  }

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="start-drill-title">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <DialogTitle id="start-drill-title">{t('drills.run.startTitle')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2}>
            <DialogContentText>{t('drills.run.startHelp')}</DialogContentText>
            <TextField
              select
              label={t('drills.run.shipped')}
              value={key}
              onChange={(e) => {
                setKey(e.target.value);
                setError(null);
              }}
            >
              {shippedScenarios.map((s) => (
                <MenuItem key={s.key} value={s.key}>
                  {s.scenario.title}
                </MenuItem>
              ))}
              {imported === null ? null : (
                <MenuItem value={importedKey}>
                  {imported.scenario.title} · {t('drills.run.fileChosen', { name: imported.name })}
                </MenuItem>
              )}
            </TextField>
            <Stack direction="row" sx={{ gap: 2, alignItems: 'center' }}>
              <ChooseFileButton
                variant="outlined"
                label={t('drills.run.importFile')}
                onFile={(e) => void onFile(e)}
              />
              {imported === null ? null : (
                <Typography variant="body2">{t('drills.run.fileChosen', { name: imported.name })}</Typography>
              )}
            </Stack>
            {scenario === null ? null : <ScenarioPreview scenario={scenario} />}
            <TextField
              label={t('drills.run.commander')}
              value={commanderName}
              onChange={(e) => setCommanderName(e.target.value)}
              required
              slotProps={{ htmlInput: { maxLength: limits.nameMaxLength } }}
            />
            <ErrorText message={error} />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('drills.run.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={busy}>
            {t('drills.run.start')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
