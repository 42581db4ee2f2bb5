import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Props = {
  title: string;
  help?: string;
  chart: ReactNode;
  /** The same numbers as the chart, for screen readers and for anyone who prefers to read them. */
  table: () => ReactNode;
};

/** A chart with its "show as table" toggle; a region named by its title, so each is found by name. */
export function ChartCard({ title, help, chart, table }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const [asTable, setAsTable] = useState(false);
  return (
    <Stack component="section" aria-labelledby={headingId} spacing={1} sx={{ minWidth: 0 }}>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', gap: 1 }}>
        <Typography id={headingId} variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
          {title}
        </Typography>
        <FormControlLabel
          control={<Switch size="small" checked={asTable} onChange={(e) => setAsTable(e.target.checked)} />}
          label={t('analytics.showAsTable')}
        />
      </Stack>
      {help === undefined ? null : (
        <Typography variant="body2" color="text.secondary">
          {help}
        </Typography>
      )}
      {asTable ? table() : chart}
    </Stack>
  );
}
