import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../bridge';
import { db } from '../../db';
import { roomStateOf, waitingCount } from '../../db/repositories/room';
import { startSyncLoop } from './syncLoop';
import type { RoundResult } from './syncRound';

/** Who is here is asked this often (which also says this desk is here: heartbeats expire after 30 s). */
const presenceEveryMs = 10_000;

/**
 * This desk's link to its room: runs the sync loop while the cockpit is open and says, in one line at
 * the foot of the incident list, whether the room is reached and how many desks are in it, or that this
 * desk is working offline with so many changes waiting. A desk in no room shows nothing.
 */
export function RoomLink() {
  const { t } = useTranslation();
  const room = useLiveQuery(async () => (await roomStateOf(db)).room, []);
  const waiting = useLiveQuery(() => waitingCount(db), []) ?? 0;
  const [round, setRound] = useState<RoundResult | null>(null);
  const [desks, setDesks] = useState<number | null>(null);

  useEffect(() => startSyncLoop(db, setRound), []);

  useEffect(() => {
    if (room === null || room === undefined) return;
    let live = true;
    const ask = async () => {
      const answer = await call('room:status', {});
      if (live) setDesks(answer.ok && answer.value.connected ? answer.value.present.length : null);
    };
    void ask();
    const timer = setInterval(() => void ask(), presenceEveryMs);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [room]);

  if (room === null || room === undefined) return null;
  const reached = round === null || (round.joined && round.reached);
  const label = !reached
    ? t('room.chip.offline', { count: waiting })
    : waiting > 0
      ? t('room.chip.sending', { room, count: waiting })
      : t('room.chip.online', { room, count: desks ?? 1 });
  const why = !reached
    ? t('room.offline')
    : round !== null && round.refused > 0
      ? t('room.chip.refused', { count: round.refused })
      : '';
  // Said in words under the line, not in a tooltip: at 3 a.m. nobody hovers to learn why.
  return (
    <div role="status" aria-label={label}>
      <Chip
        label={label}
        color={reached ? 'success' : 'warning'}
        variant={reached ? 'outlined' : 'filled'}
        size="small"
        sx={{ m: 1, mb: 0.5, maxWidth: 'calc(100% - 16px)' }}
      />
      {why === '' ? null : (
        <Typography variant="caption" color="text.secondary" component="p" sx={{ mx: 1, mb: 1 }}>
          {why}
        </Typography>
      )}
    </div>
  );
}
