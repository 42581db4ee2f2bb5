import Search from '@mui/icons-material/Search';
import FormControlLabel from '@mui/material/FormControlLabel';
import InputAdornment from '@mui/material/InputAdornment';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { logEntryKinds, type LogCategory } from '../../domain/log/events';
import type { LogQuery } from '../../domain/log/query';

const categories: readonly LogCategory[] = [...logEntryKinds, 'system', 'slack'];

type Props = { query: LogQuery; onChange: (query: LogQuery) => void };

/** Type filter, starred-only and text search; none of them changes the log itself. */
export function LogFilters({ query, onChange }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState(query.search);

  useEffect(() => {
    // Typing fast should not run a search per key over a long log.
    const timer = setTimeout(() => {
      if (search !== query.search) onChange({ ...query, search });
    }, 200);
    return () => clearTimeout(timer);
  }, [search, query, onChange]);

  return (
    <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
      <ToggleButtonGroup
        size="small"
        aria-label={t('log.filterKinds')}
        value={query.categories}
        onChange={(_, value: LogCategory[]) => onChange({ ...query, categories: value })}
      >
        {categories.map((c) => (
          <ToggleButton key={c} value={c} aria-label={t(`kinds.${c}`)}>
            {t(`kinds.${c}`)}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
      <FormControlLabel
        control={
          <Switch
            checked={query.starredOnly}
            onChange={(e) => onChange({ ...query, starredOnly: e.target.checked })}
          />
        }
        label={t('log.starredOnly')}
      />
      <TextField
        size="small"
        type="search"
        label={t('log.search')}
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        slotProps={{
          input: {
            startAdornment: (
              <InputAdornment position="start">
                <Search fontSize="small" />
              </InputAdornment>
            ),
          },
        }}
      />
    </Stack>
  );
}
