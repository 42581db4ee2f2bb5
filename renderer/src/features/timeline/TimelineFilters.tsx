import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import InputLabel from '@mui/material/InputLabel';
import MenuItem from '@mui/material/MenuItem';
import Select from '@mui/material/Select';
import Switch from '@mui/material/Switch';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../domain/roster/types';
import { timelineKinds, type TimelineFilter, type TimelineKind } from '../../domain/timeline';

type Props = {
  filter: TimelineFilter;
  onChange: (filter: TimelineFilter) => void;
  responders: readonly Person[];
};

const everyone = '';

/** Starred only, which kinds, whose lines: none of them changes the log, and the export follows them. */
export function TimelineFilters({ filter, onChange, responders }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <FormControlLabel
        control={
          <Switch
            checked={filter.starredOnly}
            onChange={(e) => onChange({ ...filter, starredOnly: e.target.checked })}
          />
        }
        label={t('timeline.starredOnly')}
      />
      <FormControl size="small" sx={{ minWidth: 200, maxWidth: 360 }}>
        {/* Always raised: "All kinds" and "Everyone" are values, not an empty field. */}
        <InputLabel id="timeline-kinds-label" shrink>
          {t('timeline.kinds')}
        </InputLabel>
        <Select<TimelineKind[]>
          multiple
          labelId="timeline-kinds-label"
          label={t('timeline.kinds')}
          notched
          value={[...filter.kinds]}
          displayEmpty
          renderValue={(kinds) =>
            kinds.length === 0
              ? t('timeline.allKinds')
              : kinds.map((k) => t(`timeline.lineKinds.${k}`)).join(', ')
          }
          onChange={(e) => {
            const value = e.target.value;
            onChange({ ...filter, kinds: typeof value === 'string' ? [] : value });
          }}
        >
          {timelineKinds.map((kind) => (
            <MenuItem key={kind} value={kind}>
              {t(`timeline.lineKinds.${kind}`)}
            </MenuItem>
          ))}
        </Select>
      </FormControl>
      <FormControl size="small" sx={{ minWidth: 160 }}>
        <InputLabel id="timeline-person-label" shrink>
          {t('timeline.person')}
        </InputLabel>
        <Select
          labelId="timeline-person-label"
          label={t('timeline.person')}
          notched
          displayEmpty
          value={filter.personId ?? everyone}
          onChange={(e) =>
            onChange({ ...filter, personId: e.target.value === everyone ? null : e.target.value })
          }
        >
          <MenuItem value={everyone}>{t('timeline.everyone')}</MenuItem>
          {responders.map((person) => (
            <MenuItem key={person.id} value={person.id}>
              <bdi>{person.name}</bdi>
            </MenuItem>
          ))}
        </Select>
      </FormControl>
    </>
  );
}
