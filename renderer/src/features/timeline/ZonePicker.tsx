import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { deskTimeZone } from '../roster/localClock';

type Props = {
  value: string;
  onChange: (zone: string) => void;
  /** Zones worth offering first: the responders' own. */
  suggested: readonly string[];
};

/** The one zone a timeline is read in: this desk's first, then UTC and the responders' zones, then any IANA zone. */
export function ZonePicker({ value, onChange, suggested }: Props) {
  const { t } = useTranslation();
  const desk = deskTimeZone();
  const zones = useMemo(
    () => [...new Set([desk, 'UTC', ...suggested, ...Intl.supportedValuesOf('timeZone')])],
    [desk, suggested],
  );
  return (
    <Autocomplete
      size="small"
      sx={{ minWidth: 260 }}
      options={zones}
      value={value}
      disableClearable
      autoHighlight
      getOptionLabel={(zone) => (zone === desk ? t('timeline.thisDesk', { zone }) : zone)}
      onChange={(_, zone) => onChange(zone)}
      renderInput={(params) => <TextField {...params} label={t('timeline.zone')} />}
    />
  );
}
