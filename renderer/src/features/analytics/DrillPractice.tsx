import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useDeskLocale } from '../../app/format';
import { useDrillPractice } from '../../db/hooks/useDrillPractice';
import { drillPractice } from '../../domain/analytics/drill-practice';
import { formatDate } from '../../domain/time/format';
import { FigureTable } from './FigureTable';

/**
 * Who has led drills, so the team rotates the IC role: counted from drills, which the figures above leave
 * out unless asked, and whatever the window, since the last time someone led may be months ago.
 */
export function DrillPractice() {
  const { t } = useTranslation();
  const locale = useDeskLocale();
  const headingId = useId();
  const input = useDrillPractice();
  const rows = useMemo(() => (input === undefined ? undefined : drillPractice(input)), [input]);
  if (rows === undefined) return null;
  return (
    <Stack component="section" aria-labelledby={headingId} spacing={1}>
      <Typography id={headingId} variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
        {t('drillRetro.practice.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {t('drillRetro.practice.help')}
      </Typography>
      {rows.length === 0 ? (
        <Typography color="text.secondary">{t('drillRetro.practice.none')}</Typography>
      ) : (
        <FigureTable
          label={t('drillRetro.practice.title')}
          columns={[
            t('drillRetro.practice.person'),
            t('drillRetro.practice.drillsAsIc'),
            t('drillRetro.practice.lastAsIc'),
          ]}
          rows={rows.map((row) => ({
            key: row.personId,
            cells: [
              row.name,
              row.drillsAsIc,
              row.lastAsIcAt === null ? t('drillRetro.practice.never') : formatDate(row.lastAsIcAt, locale),
            ],
          }))}
        />
      )}
    </Stack>
  );
}
