import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import ListItemText from '@mui/material/ListItemText';
import MenuItem from '@mui/material/MenuItem';
import MenuList from '@mui/material/MenuList';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, useNotices } from '../../app/errors';
import { ErrorText } from '../../app/ErrorText';
import { useOperator } from '../../app/operator';
import { db } from '../../db';
import { useRunbooks } from '../../db/hooks/useRunbooks';
import { applyRunbook } from '../../db/repositories/runbooks';
import type { Runbook } from '../../domain/runbooks/types';
import { recordContext } from '../tasks/recordContext';

type Props = { incidentId: string; onClose: () => void; onImport: () => void };

/** Pick a runbook, Enter: its steps land on the board as unassigned tasks, for the IC to assign. */
export function ApplyRunbookDialog({ incidentId, onClose, onImport }: Props) {
  const { t } = useTranslation();
  const { notify } = useNotices();
  const [operator] = useOperator();
  const runbooks = useRunbooks();
  const [error, setError] = useState<string | null>(null);

  async function apply(runbook: Runbook) {
    try {
      const count = await applyRunbook(db, { incidentId, runbookId: runbook.id }, recordContext(operator));
      notify({ severity: 'success', message: t('runbooks.applied', { name: runbook.name, count }) });
      onClose();
    } catch (failure) {
      setError(describeError(t, failure));
    }
  }

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="runbook-apply-title">
      <DialogTitle id="runbook-apply-title">{t('runbooks.applyTitle')}</DialogTitle>
      <DialogContent>
        <Stack spacing={1}>
          <DialogContentText>
            {runbooks?.length === 0 ? t('runbooks.empty') : t('runbooks.applyHelp')}
          </DialogContentText>
          <MenuList autoFocusItem aria-label={t('runbooks.library')}>
            {(runbooks ?? []).map((runbook) => (
              <MenuItem key={runbook.id} onClick={() => void apply(runbook)}>
                <ListItemText
                  primary={runbook.name}
                  secondary={`${t('runbooks.steps', { count: runbook.steps.length })}${runbook.description === '' ? '' : ` · ${runbook.description}`}`}
                />
              </MenuItem>
            ))}
          </MenuList>
          <ErrorText message={error} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onImport}>{t('runbooks.import')}</Button>
        <Button onClick={onClose}>{t('runbooks.cancel')}</Button>
      </DialogActions>
    </Dialog>
  );
}
