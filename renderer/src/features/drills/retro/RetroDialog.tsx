import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { deskLocale } from '../../../app/format';
import { useDrill } from '../../../db/hooks/useDrill';
import { retrospectiveOf } from '../../../domain/drills/retro';
import type { Incident } from '../../../domain/incident/types';
import { postmortemWords } from '../../postmortem/words';
import { RetroForm } from './RetroForm';

type Props = { incident: Incident; onClose: () => void };

/** The drill's retrospective, over the cockpit: opened from its button or the palette once it has ended. */
export function RetroDialog({ incident, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const drill = useDrill(incident.id);
  const retro = useMemo(
    () => (drill === undefined ? undefined : retrospectiveOf(drill.read, drill.events, drill.now)),
    [drill],
  );
  const locale = deskLocale(i18n.language);
  const words = useMemo(
    () =>
      postmortemWords(t, { locale, from: incident.declaredAt, to: retro?.endedAt ?? incident.declaredAt }),
    [t, locale, incident.declaredAt, retro?.endedAt],
  );
  return (
    <Dialog open fullWidth maxWidth="md" scroll="paper" onClose={onClose} aria-labelledby={titleId}>
      <DialogTitle id={titleId}>{t('drillRetro.title', { title: incident.title })}</DialogTitle>
      {retro === undefined ? null : retro === null ? (
        <DialogContent>
          <Typography>{t('drillRetro.unreadable')}</Typography>
        </DialogContent>
      ) : (
        <RetroForm incidentId={incident.id} retro={retro} words={words} onClose={onClose} />
      )}
    </Dialog>
  );
}
