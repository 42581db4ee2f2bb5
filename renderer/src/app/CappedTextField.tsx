import TextField, { type TextFieldProps } from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';

type Props = TextFieldProps & { value: string; max: number };

/**
 * A text field with a length limit that never cuts what was typed or pasted (a `maxLength` attribute
 * drops the rest silently): past the limit everything stays in the box and the field says by how much,
 * and saving is refused by the same limit until it is shortened.
 */
export function CappedTextField({ max, value, helperText, error, ...rest }: Props) {
  const { t } = useTranslation();
  const over = value.length - max;
  return (
    <TextField
      {...rest}
      value={value}
      error={over > 0 || error === true}
      helperText={over > 0 ? t('capped.over', { max, over }) : helperText}
    />
  );
}
