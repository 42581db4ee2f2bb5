import Chip from '@mui/material/Chip';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import ListSubheader from '@mui/material/ListSubheader';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useDeskLocale } from '../../app/format';
import { severityColour } from '../../app/theme';
import type { Incident } from '../../domain/incident/types';
import { formatDate, formatTime } from '../../domain/time/format';

type Props = { incidents: Incident[]; selectedId: string | null; onSelect: (id: string) => void };

/**
 * Every incident, active first, so the IC can switch between simultaneous ones; drills in a group of their
 * own after the real ones, each marked, so a practice run is never picked for a real one.
 */
export function IncidentList({ incidents, selectedId, onSelect }: Props) {
  const { t } = useTranslation();
  const locale = useDeskLocale();
  if (incidents.length === 0) {
    return (
      <Typography variant="body2" sx={{ p: 2 }} color="text.secondary">
        {t('app.noIncidents')}
      </Typography>
    );
  }
  const real = incidents.filter((i) => !i.isDrill);
  const groups = [
    { key: 'active', label: t('app.active'), items: real.filter((i) => i.status !== 'resolved') },
    { key: 'resolved', label: t('app.resolvedList'), items: real.filter((i) => i.status === 'resolved') },
    { key: 'drills', label: t('drillSandbox.listed.drills'), items: incidents.filter((i) => i.isDrill) },
  ];
  return (
    <nav aria-label={t('app.incidents')}>
      {groups.map((group) =>
        group.items.length === 0 ? null : (
          <List key={group.key} dense subheader={<ListSubheader>{group.label}</ListSubheader>}>
            {group.items.map((incident) => (
              <ListItemButton
                key={incident.id}
                selected={incident.id === selectedId}
                aria-current={incident.id === selectedId ? 'true' : undefined}
                onClick={() => onSelect(incident.id)}
              >
                <ListItemText
                  primary={incident.title}
                  secondary={`${t(`status.${incident.status}`)} · ${formatDate(incident.declaredAt, locale)} ${formatTime(incident.declaredAt, { locale })}`}
                />
                {incident.isDrill ? (
                  <Chip
                    label={t('drillSandbox.listed.marker')}
                    size="small"
                    sx={{ mr: 0.5, bgcolor: '#FFD600', color: '#000', fontWeight: 700 }}
                  />
                ) : null}
                <Chip label={incident.severity} color={severityColour[incident.severity]} size="small" />
              </ListItemButton>
            ))}
          </List>
        ),
      )}
    </nav>
  );
}
