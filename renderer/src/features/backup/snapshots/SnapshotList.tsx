import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Snapshot } from './BackupsDialog';
import { snapshotSize } from './snapshotWords';

type Props = {
  snapshots: Snapshot[] | null;
  timeOf: (snapshot: Snapshot) => string;
  onChoose: (snapshot: Snapshot) => void;
};

/** Arrow keys, Home and End move between the snapshots (Tab leaves the list); Enter chooses one. */
function moveFocus(event: KeyboardEvent<HTMLElement>) {
  const items = [...event.currentTarget.querySelectorAll<HTMLElement>('[role="button"], button')];
  const at = items.indexOf(document.activeElement as HTMLElement);
  const next =
    event.key === 'ArrowDown'
      ? Math.min(items.length - 1, at + 1)
      : event.key === 'ArrowUp'
        ? Math.max(0, at - 1)
        : event.key === 'Home'
          ? 0
          : event.key === 'End'
            ? items.length - 1
            : null;
  if (next === null) return;
  event.preventDefault();
  items[next]?.focus();
}

/** The snapshots, newest first: when (the desk's zone), why and how big; choosing one asks to restore it. */
export function SnapshotList({ snapshots, timeOf, onChoose }: Props) {
  const { t } = useTranslation();
  if (snapshots === null) return <Typography sx={{ mt: 2 }}>{t('snapshots.loading')}</Typography>;
  if (snapshots.length === 0) return <Typography sx={{ mt: 2 }}>{t('snapshots.none')}</Typography>;
  return (
    <List aria-label={t('snapshots.list')} onKeyDown={moveFocus} sx={{ mt: 1 }}>
      {snapshots.map((snapshot, index) => {
        const detail = t('snapshots.detail', {
          reason: t(`snapshots.reasons.${snapshot.reason}`),
          size: snapshotSize(t, snapshot.bytes),
        });
        return (
          <ListItemButton
            key={snapshot.name}
            autoFocus={index === 0}
            onClick={() => onChoose(snapshot)}
            aria-label={`${timeOf(snapshot)}, ${detail}`}
          >
            <ListItemText primary={timeOf(snapshot)} secondary={detail} />
          </ListItemButton>
        );
      })}
    </List>
  );
}
