import Delete from '@mui/icons-material/Delete';
import Download from '@mui/icons-material/Download';
import Edit from '@mui/icons-material/Edit';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import IconButton from '@mui/material/IconButton';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotices } from '../../app/errors';
import { useOperator } from '../../app/operator';
import { db } from '../../db';
import { useRunbooks } from '../../db/hooks/useRunbooks';
import { deleteRunbook } from '../../db/repositories/runbooks';
import { runbookFile, runbookFileName } from '../../domain/runbooks/file';
import type { Runbook } from '../../domain/runbooks/types';
import { saveExport } from '../../platform';
import { ImportRunbookDialog } from './ImportRunbookDialog';
import { RunbookEditorDialog } from './RunbookEditorDialog';
import { recordContext } from '../tasks/recordContext';

type Inner = { kind: 'edit'; runbook: Runbook | null } | { kind: 'import' } | null;

/** The runbook library: write, edit, import, export and delete the team's runbooks. */
export function RunbookLibraryDialog({
  onClose,
  startWith = null,
}: {
  onClose: () => void;
  startWith?: Inner;
}) {
  const { t } = useTranslation();
  const { notify, reportError } = useNotices();
  const [operator] = useOperator();
  const runbooks = useRunbooks();
  const [inner, setInner] = useState<Inner>(startWith);

  async function exportRunbook(runbook: Runbook) {
    const result = await saveExport(runbookFileName(runbook.name), 'json', runbookFile(runbook));
    if (result.error !== undefined) notify({ severity: 'error', message: result.error });
    else if (result.saved)
      notify({ severity: 'success', message: t('runbooks.exported', { path: result.where }) });
  }

  async function remove(runbook: Runbook) {
    try {
      await deleteRunbook(db, runbook.id, recordContext(operator));
      notify({ severity: 'info', message: t('runbooks.deleted', { name: runbook.name }) });
    } catch (failure) {
      reportError(failure);
    }
  }

  return (
    <>
      <Dialog
        open={inner === null}
        onClose={onClose}
        fullWidth
        maxWidth="sm"
        aria-labelledby="runbook-library-title"
      >
        <DialogTitle id="runbook-library-title">{t('runbooks.library')}</DialogTitle>
        <DialogContent>
          {runbooks?.length === 0 ? (
            <Typography color="text.secondary">{t('runbooks.empty')}</Typography>
          ) : null}
          <List aria-label={t('runbooks.library')}>
            {(runbooks ?? []).map((runbook) => (
              <ListItem
                key={runbook.id}
                secondaryAction={
                  <>
                    <IconButton
                      aria-label={t('runbooks.edit', { name: runbook.name })}
                      onClick={() => setInner({ kind: 'edit', runbook })}
                    >
                      <Edit />
                    </IconButton>
                    <IconButton
                      aria-label={t('runbooks.export', { name: runbook.name })}
                      onClick={() => void exportRunbook(runbook)}
                    >
                      <Download />
                    </IconButton>
                    <IconButton
                      aria-label={t('runbooks.delete', { name: runbook.name })}
                      onClick={() => void remove(runbook)}
                    >
                      <Delete />
                    </IconButton>
                  </>
                }
              >
                <ListItemText
                  primary={runbook.name}
                  secondary={t('runbooks.steps', { count: runbook.steps.length })}
                />
              </ListItem>
            ))}
          </List>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setInner({ kind: 'edit', runbook: null })}>{t('runbooks.new')}</Button>
          <Button onClick={() => setInner({ kind: 'import' })}>{t('runbooks.import')}</Button>
          <Button onClick={onClose} autoFocus>
            {t('runbooks.close')}
          </Button>
        </DialogActions>
      </Dialog>
      {inner?.kind === 'edit' ? (
        <RunbookEditorDialog runbook={inner.runbook} onClose={() => setInner(null)} />
      ) : null}
      {inner?.kind === 'import' ? <ImportRunbookDialog onClose={() => setInner(null)} /> : null}
    </>
  );
}
