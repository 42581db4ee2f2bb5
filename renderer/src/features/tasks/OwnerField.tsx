import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import type { OwnerChoice, OwnerOption } from './owners';

type Props = {
  owners: readonly OwnerOption[];
  value: OwnerChoice;
  onChange: (choice: OwnerChoice) => void;
  helperText?: string;
  autoFocus?: boolean;
};

/**
 * Type a few letters of a name, Enter to pick: the first match is highlighted. A name that matches
 * nobody on duty is kept as typed, so the refusal can say why that person cannot take the task.
 */
export function OwnerField({ owners, value, onChange, helperText, autoFocus }: Props) {
  const { t } = useTranslation();
  const labelOf = (option: OwnerOption | string) =>
    typeof option === 'string'
      ? option
      : option.resting
        ? t('tasks.resting', { name: option.name })
        : option.name;
  return (
    <Autocomplete
      freeSolo
      autoHighlight
      autoSelect
      options={owners}
      value={value}
      onChange={(_, choice) => onChange(choice)}
      getOptionLabel={labelOf}
      isOptionEqualToValue={(a, b) => typeof b !== 'string' && a.personId === b.personId}
      renderInput={(params) => (
        <TextField {...params} label={t('tasks.owner')} helperText={helperText} autoFocus={autoFocus} />
      )}
    />
  );
}
