import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';

export type NewPerson = {
  team: string;
  contact: string;
  slackUserId: string;
  email: string;
  timeZone: string;
};

export const blankPerson = (): NewPerson => ({
  team: '',
  contact: '',
  slackUserId: '',
  email: '',
  timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
});

/** The directory fields asked only when the IC types a name that is not in the directory yet. */
export function PersonFields({ value, onChange }: { value: NewPerson; onChange: (next: NewPerson) => void }) {
  const { t } = useTranslation();
  const field = (key: keyof NewPerson, label: string) => (
    <TextField
      size="small"
      label={label}
      value={value[key]}
      onChange={(e) => onChange({ ...value, [key]: e.target.value })}
      sx={{ flex: 1, minWidth: 160 }}
    />
  );
  return (
    <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1.5 }}>
      {field('team', t('roster.team'))}
      {field('contact', t('roster.contact'))}
      {field('slackUserId', t('roster.slackUserId'))}
      {field('email', t('roster.email'))}
      {field('timeZone', t('roster.timeZone'))}
    </Stack>
  );
}
