import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodInput, MethodOutput } from '../../../../preload/contract';
import { describeBridgeError } from '../../app/bridgeErrors';
import { useDesk } from '../../app/desk/desk';
import { ErrorText } from '../../app/ErrorText';
import { call } from '../../bridge';
import { db } from '../../db';
import { joinRoomLocally, leaveRoomLocally } from '../../db/repositories/room';
import { explainRoomFailure } from './explainRoomFailure';

type Status = MethodOutput<'room:status'>;
type CredentialKind = MethodInput<'room:join'>['credentials']['kind'];
const kinds: CredentialKind[] = ['none', 'user', 'token'];
/** Who is here is asked again this often while the dialog is open; heartbeats expire after 30 s. */
const refreshMs = 10_000;

/** Join the team's room (servers, room, credentials), see who is here, or leave; credentials go to main only. */
export function RoomDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const deskName = useDesk();
  const [status, setStatus] = useState<Status | null>(null);
  const [servers, setServers] = useState('nats://127.0.0.1:4222');
  const [room, setRoom] = useState('');
  const [desk, setDesk] = useState(deskName);
  const [kind, setKind] = useState<CredentialKind>('none');
  const [user, setUser] = useState('');
  const [pass, setPass] = useState('');
  const [token, setToken] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [confirmingLeave, setConfirmingLeave] = useState(false);

  const refresh = useCallback(async () => {
    const answer = await call('room:status', {});
    if (answer.ok) setStatus(answer.value);
    else setError(describeBridgeError(t, answer.error));
  }, [t]);

  useEffect(() => {
    // Asked once the dialog is up, then again while it stays open.
    const first = setTimeout(() => void refresh(), 0);
    const timer = setInterval(() => void refresh(), refreshMs);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [refresh]);

  async function join(event: FormEvent) {
    event.preventDefault();
    if (servers.trim() === '' || room.trim() === '' || desk.trim() === '') {
      setError(t('room.missing'));
      return;
    }
    const credentials =
      kind === 'user'
        ? { kind, user, pass }
        : kind === 'token'
          ? { kind, token: token.trim() }
          : { kind: 'none' as const };
    setBusy(true);
    setError(null);
    const answer = await call('room:join', { servers, room: room.trim(), desk: desk.trim(), credentials });
    setBusy(false);
    if (!answer.ok) {
      setError(explainRoomFailure(t, answer.error));
      return;
    }
    setPass('');
    setToken('');
    // From now on this desk queues what it writes for the room, and its log so far once.
    try {
      await joinRoomLocally(db, answer.value.room, Date.now());
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
    await refresh();
  }

  async function leave() {
    setConfirmingLeave(false);
    const answer = await call('room:leave', {});
    if (!answer.ok) setError(describeBridgeError(t, answer.error));
    else await leaveRoomLocally(db).catch((failure: unknown) => setError(String(failure)));
    await refresh();
  }

  const joined = status?.joined === true;
  return (
    <Dialog open onClose={onClose} aria-labelledby="room-title" fullWidth maxWidth="sm">
      <DialogTitle id="room-title">{t('room.title')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <Typography variant="body2" color="text.secondary">
            {t('room.intro')}
          </Typography>
          {joined ? (
            <Stack spacing={1} role="region" aria-label={t('room.title')}>
              <Typography>{t('room.joined', { room: status.room, desk: status.desk })}</Typography>
              {status.connected ? (
                <Alert severity="success">{t('room.connected')}</Alert>
              ) : (
                <Alert severity="warning">{t('room.offline')}</Alert>
              )}
              <Typography variant="subtitle2" component="h3">
                {t('room.here')}
              </Typography>
              {status.present.length === 0 ? (
                <Typography color="text.secondary">{t('room.nobody')}</Typography>
              ) : (
                <List dense aria-label={t('room.here')}>
                  {status.present.map((p) => (
                    <ListItem key={p.desk}>{p.desk}</ListItem>
                  ))}
                </List>
              )}
              {confirmingLeave ? (
                <Alert
                  severity="warning"
                  action={
                    <Stack direction="row" spacing={1}>
                      <Button onClick={() => setConfirmingLeave(false)}>{t('room.cancel')}</Button>
                      <Button color="warning" onClick={() => void leave()}>
                        {t('room.confirm')}
                      </Button>
                    </Stack>
                  }
                >
                  {t('room.confirmLeave', { room: status.room })}
                </Alert>
              ) : (
                <Button sx={{ alignSelf: 'flex-start' }} onClick={() => setConfirmingLeave(true)}>
                  {t('room.leave')}
                </Button>
              )}
            </Stack>
          ) : (
            <Stack component="form" spacing={2} onSubmit={(e) => void join(e)} noValidate>
              <TextField
                label={t('room.servers')}
                helperText={t('room.serversHelp')}
                value={servers}
                onChange={(e) => setServers(e.target.value)}
                autoFocus
              />
              <TextField
                label={t('room.room')}
                helperText={t('room.roomHelp')}
                value={room}
                onChange={(e) => setRoom(e.target.value)}
              />
              <TextField label={t('room.desk')} value={desk} onChange={(e) => setDesk(e.target.value)} />
              <TextField
                select
                label={t('room.credentials')}
                value={kind}
                onChange={(e) => setKind(e.target.value as CredentialKind)}
              >
                {kinds.map((k) => (
                  <MenuItem key={k} value={k}>
                    {t(`room.credentialKinds.${k}`)}
                  </MenuItem>
                ))}
              </TextField>
              {kind === 'user' ? (
                <Stack direction="row" spacing={1}>
                  <TextField label={t('room.user')} value={user} onChange={(e) => setUser(e.target.value)} />
                  <TextField
                    label={t('room.pass')}
                    type="password"
                    value={pass}
                    onChange={(e) => setPass(e.target.value)}
                  />
                </Stack>
              ) : null}
              {kind === 'token' ? (
                <TextField
                  label={t('room.token')}
                  type="password"
                  value={token}
                  onChange={(e) => setToken(e.target.value)}
                />
              ) : null}
              <Typography variant="body2" color="text.secondary">
                {t('room.kept')}
              </Typography>
              <Button type="submit" variant="contained" disabled={busy} sx={{ alignSelf: 'flex-start' }}>
                {busy ? t('room.joining') : t('room.join')}
              </Button>
            </Stack>
          )}
          <ErrorText message={error} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('room.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}
