import Autocomplete from '@mui/material/Autocomplete';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNow } from '../../app/clock';
import { describeError } from '../../app/errors';
import { ErrorText } from '../../app/ErrorText';
import { actorName, useOperator } from '../../app/operator';
import { db } from '../../db';
import { usePeople } from '../../db/hooks/useRoster';
import { addPerson, findPersonByName } from '../../db/repositories/people';
import { checkIn } from '../../db/repositories/roster';
import { locations, responderRoles, type Location, type ResponderRole } from '../../domain/roster/types';
import { blankPerson, PersonFields } from './PersonFields';
import { fromDateTimeLocal, toDateTimeLocal } from './toDateTimeLocal';

type Props = { incidentId: string; open: boolean; onClose: () => void };
const checkInRoles = responderRoles.filter((r) => r !== 'incident-commander');

/**
 * ICS-211 check-in: who, in which role, where, reachable how, on what, since when. Every open starts
 * from a blank form (a new key per open): a draft left by the previous person, or by a cancelled
 * check-in, would otherwise be recorded for the next one.
 */
export function CheckInDialog({ incidentId, open, onClose }: Props) {
  const [opens, setOpens] = useState(0);
  const [wasOpen, setWasOpen] = useState(open);
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) setOpens(opens + 1);
  }
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="check-in-title">
      <CheckInForm key={opens} incidentId={incidentId} onClose={onClose} />
    </Dialog>
  );
}

function CheckInForm({ incidentId, onClose }: Omit<Props, 'open'>) {
  const { t } = useTranslation();
  const [operator] = useOperator();
  const people = usePeople() ?? [];
  const now = useNow();
  const [name, setName] = useState('');
  const [person, setPerson] = useState(blankPerson);
  const [roles, setRoles] = useState<ResponderRole[]>(['responder']);
  // No default: a location nobody chose would go into the ICS-211 as if someone had.
  const [location, setLocation] = useState<Location>('unstated');
  const [locationDetail, setLocationDetail] = useState('');
  const [assignment, setAssignment] = useState('');
  const [at, setAt] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submitting = useRef(false);
  const known = people.find((p) => p.name.toLocaleLowerCase() === name.trim().toLocaleLowerCase());
  const isNew = name.trim() !== '' && known === undefined;

  async function submit(event: FormEvent) {
    event.preventDefault();
    // Two quick Enters must not check in (or add to the directory) twice.
    if (submitting.current) return;
    submitting.current = true;
    const context = { now: Date.now(), actor: actorName(operator) };
    try {
      const personId =
        known?.id ??
        (await findPersonByName(db, name))?.id ??
        (await addPerson(db, { name, ...person }, context));
      await checkIn(
        db,
        {
          incidentId,
          personId,
          roles,
          location,
          locationDetail,
          assignment,
          at: at === '' ? undefined : fromDateTimeLocal(at),
          reason,
        },
        context,
      );
      onClose();
    } catch (failure) {
      setError(describeError(t, failure));
    } finally {
      submitting.current = false;
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <DialogTitle id="check-in-title">{t('roster.checkInTitle')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }}>
          <Autocomplete
            freeSolo
            options={people.map((p) => p.name)}
            inputValue={name}
            onInputChange={(_, value) => setName(value)}
            renderInput={(params) => (
              <TextField
                {...params}
                label={t('roster.person')}
                helperText={isNew ? t('roster.newPerson', { name: name.trim() }) : t('roster.personHelp')}
                required
                autoFocus
              />
            )}
          />
          {isNew ? <PersonFields value={person} onChange={setPerson} /> : null}
          <TextField
            select
            label={t('roster.roles')}
            value={roles}
            onChange={(e) => {
              const value = e.target.value as unknown;
              const picked = Array.isArray(value) ? value : [value];
              setRoles(checkInRoles.filter((r) => picked.includes(r)));
            }}
            slotProps={{ select: { multiple: true } }}
          >
            {checkInRoles.map((r) => (
              <MenuItem key={r} value={r}>
                {t(`terms.roles.${r}`)}
              </MenuItem>
            ))}
          </TextField>
          <Stack direction="row" spacing={1.5}>
            <TextField
              select
              label={t('roster.location')}
              value={location === 'unstated' ? '' : location}
              onChange={(e) => setLocation(locations.find((l) => l === e.target.value) ?? 'unstated')}
              sx={{ minWidth: 140 }}
            >
              {locations
                .filter((l) => l !== 'unstated')
                .map((l) => (
                  <MenuItem key={l} value={l}>
                    {t(`terms.locations.${l}`)}
                  </MenuItem>
                ))}
            </TextField>
            <TextField
              label={t('roster.locationDetail')}
              value={locationDetail}
              onChange={(e) => setLocationDetail(e.target.value)}
              sx={{ flex: 1 }}
            />
          </Stack>
          <TextField
            label={t('roster.assignment')}
            value={assignment}
            onChange={(e) => setAssignment(e.target.value)}
          />
          <Stack direction="row" spacing={1.5}>
            <TextField
              type="datetime-local"
              label={t('roster.checkInTime')}
              value={at === '' ? toDateTimeLocal(now) : at}
              onChange={(e) => setAt(e.target.value)}
              helperText={t('roster.checkInTimeHelp')}
              slotProps={{ inputLabel: { shrink: true } }}
            />
            {at === '' ? null : (
              <TextField
                label={t('roster.timeReason')}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                sx={{ flex: 1 }}
              />
            )}
          </Stack>
          <ErrorText message={error} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('roster.cancel')}</Button>
        <Button type="submit" variant="contained">
          {t('roster.submitCheckIn')}
        </Button>
      </DialogActions>
    </form>
  );
}
