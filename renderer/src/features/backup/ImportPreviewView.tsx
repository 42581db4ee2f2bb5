import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useDeskLocale } from '../../app/format';
import type { ImportPreview } from '../../db/repositories/backup-preview';
import type { BackupFile } from '../../domain/backup/parse';
import { formatTime } from '../../domain/time/format';

type Props = { file: BackupFile; preview: ImportPreview };

/** What a chosen file holds against this desktop: its incidents, events and people, new or already here. */
export function ImportPreviewView({ file, preview }: Props) {
  const { t } = useTranslation();
  const locale = useDeskLocale();
  const time = (at: number | string) =>
    formatTime(new Date(at).getTime(), { locale, date: 'always', numericDate: true });
  const made = { time: time(file.createdAt), version: file.appVersion };
  const nothingNew = preview.events.new === 0 && preview.outbox === 0;
  return (
    <Stack spacing={1.5}>
      <Typography>
        {file.scope.kind === 'incident'
          ? t('backupUi.scopeIncident', { ...made, title: file.scope.title })
          : t('backupUi.scopeAll', made)}
      </Typography>
      {preview.importedAt === null ? null : (
        <Typography color="warning.main">
          {t('backupUi.alreadyImported', { time: time(preview.importedAt) })}
        </Typography>
      )}
      <Table size="small" aria-label={t('backupUi.incidents')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('backupUi.incident')}</TableCell>
            <TableCell>{t('backupUi.eventsColumn')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {preview.incidents.map((incident) => (
            <TableRow key={incident.id}>
              <TableCell>
                <bdi>{incident.title}</bdi> —{' '}
                {t(incident.isNew ? 'backupUi.newIncident' : 'backupUi.knownIncident')}
              </TableCell>
              <TableCell>
                {incident.newEvents} / {incident.knownEvents}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Typography variant="body2">
        {t('backupUi.summaryEvents', { new: preview.events.new, known: preview.events.known })}
      </Typography>
      <Typography variant="body2">
        {t('backupUi.summaryPeople', { new: preview.people.new, known: preview.people.known })}
      </Typography>
      {preview.outbox === 0 ? null : (
        <Typography variant="body2">{t('backupUi.summaryOutbox', { count: preview.outbox })}</Typography>
      )}
      {nothingNew ? <Typography variant="body2">{t('backupUi.nothingNew')}</Typography> : null}
    </Stack>
  );
}
