import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { useNow } from '../../app/clock';
import { fromDateTimeLocal, toDateTimeLocal } from '../roster/toDateTimeLocal';

/** What the IC typed: `at` is empty until they pick a time, so an untouched field means now. */
export type HappenedAtDraft = { at: string; reason: string };
export const happenedNow: HappenedAtDraft = { at: '', reason: '' };

/** The draft as the repositories take it: no time means now. */
export function happenedAtInput(draft: HappenedAtDraft): { at?: number; reason: string } {
  const at = draft.at === '' ? undefined : fromDateTimeLocal(draft.at);
  return at === undefined ? { reason: draft.reason } : { at, reason: draft.reason };
}

type Props = {
  value: HappenedAtDraft;
  onChange: (next: HappenedAtDraft) => void;
  /** The earliest the picker offers (the declaration); the repository refuses earlier anyway. */
  earliest?: number;
  /** Side by side under the log's entry box; stacked in a narrow dialog. */
  direction?: 'row' | 'column';
  autoFocus?: boolean;
};

/**
 * "Happened at" and why it is recorded late, as the check-in dialog asks: the field shows the
 * current minute until the IC picks another, and the reason appears once they do. Its own
 * component, so only it re-renders with the clock.
 */
export function HappenedAtFields({ value, onChange, earliest, direction = 'row', autoFocus = false }: Props) {
  const { t } = useTranslation();
  const now = useNow();
  return (
    <Stack direction={direction} spacing={direction === 'row' ? 1 : 2} sx={{ flexGrow: 1 }}>
      <TextField
        type="datetime-local"
        size="small"
        label={t('backdate.happenedAt')}
        value={value.at === '' ? toDateTimeLocal(now) : value.at}
        onChange={(e) => onChange({ ...value, at: e.target.value })}
        helperText={t('backdate.happenedAtHelp')}
        autoFocus={autoFocus}
        slotProps={{
          inputLabel: { shrink: true },
          htmlInput: {
            max: toDateTimeLocal(now),
            ...(earliest === undefined ? {} : { min: toDateTimeLocal(earliest) }),
          },
        }}
      />
      {value.at === '' ? null : (
        <TextField
          size="small"
          label={t('backdate.reason')}
          value={value.reason}
          onChange={(e) => onChange({ ...value, reason: e.target.value })}
          sx={{ flexGrow: 1 }}
        />
      )}
    </Stack>
  );
}
