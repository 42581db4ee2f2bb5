import Download from '@mui/icons-material/Download';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControl from '@mui/material/FormControl';
import InputLabel from '@mui/material/InputLabel';
import MenuItem from '@mui/material/MenuItem';
import Select from '@mui/material/Select';
import Stack from '@mui/material/Stack';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTimelineView } from '../../db/hooks/useTimeline';
import type { Incident } from '../../domain/incident/types';
import { exportIcs214, type ExportFormat } from './exportTimeline';
import { useExportNotice } from './useExportNotice';
import { ZonePicker } from './ZonePicker';

const wholeIncident = 'whole-incident';

type Props = {
  incident: Incident;
  timeZone: string;
  onTimeZone: (zone: string) => void;
  onClose: () => void;
};

/** Picks whose ICS-214 to export (one responder's, or the whole incident's), the zone and the format. */
export function Ics214Dialog({ incident, timeZone, onTimeZone, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const view = useTimelineView(incident.id);
  const [subject, setSubject] = useState(wholeIncident);
  const suggested = useMemo(() => [...new Set(view?.responders.map((p) => p.timeZone))], [view]);
  const showSaved = useCallback(
    (where: string | null) => t('timeline.ics214.exported', { path: where }),
    [t],
  );
  const notice = useExportNotice(showSaved);
  const save = (format: ExportFormat) =>
    notice(
      exportIcs214(t, i18n.language, {
        incident,
        subject: subject === wholeIncident ? 'whole-incident' : { personId: subject },
        timeZone,
        format,
        now: Date.now(),
      }),
    );

  return (
    <Dialog open onClose={onClose} aria-labelledby="ics214-title" fullWidth maxWidth="sm">
      <DialogTitle id="ics214-title">{t('timeline.ics214.title')}</DialogTitle>
      <DialogContent>
        <Stack sx={{ gap: 2, pt: 1 }}>
          <FormControl size="small">
            <InputLabel id="ics214-subject-label">{t('timeline.ics214.subject')}</InputLabel>
            <Select
              labelId="ics214-subject-label"
              label={t('timeline.ics214.subject')}
              value={subject}
              autoFocus
              onChange={(e) => setSubject(e.target.value)}
            >
              <MenuItem value={wholeIncident}>{t('timeline.ics214.wholeIncident')}</MenuItem>
              {(view?.responders ?? []).map((person) => (
                <MenuItem key={person.id} value={person.id}>
                  <bdi>{person.name}</bdi>
                </MenuItem>
              ))}
            </Select>
          </FormControl>
          <ZonePicker value={timeZone} onChange={onTimeZone} suggested={suggested} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('timeline.ics214.close')}</Button>
        <Button startIcon={<Download />} onClick={() => save('csv')}>
          {t('timeline.ics214.exportCsv')}
        </Button>
        <Button variant="contained" startIcon={<Download />} onClick={() => save('markdown')}>
          {t('timeline.ics214.exportMarkdown')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
