import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { RosterEntry } from '../../domain/roster/roster';
import { RosterCard, type RosterAction } from './RosterCard';

type Props = {
  entries: readonly RosterEntry[];
  now: number;
  onAction: (entry: RosterEntry, action: RosterAction, tenureId?: string) => void;
  label: string;
  emptyText: string;
};

/**
 * Who is on duty, virtualised: only the cards on screen (and a few either side) are drawn, so 200
 * responders cost what a dozen do, at each tick of the clock too. Fatigue is computed once per tick for
 * the whole roster (useRoster); a card only formats what it shows. The list is focusable, so the arrow
 * keys and Page Down scroll it to the cards below.
 */
export function RosterList({ entries, now, onAction, label, emptyText }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual is the virtualiser we chose.
  const virtualizer = useVirtualizer({
    count: entries.length,
    getScrollElement: () => scroller.current,
    // A card with a role chip and an assignment line; each is measured once drawn.
    estimateSize: () => 96,
    overscan: 4,
    getItemKey: (index) => entries[index]?.checkIn.id ?? index,
  });

  if (entries.length === 0) return <Typography color="text.secondary">{emptyText}</Typography>;
  return (
    // At least a card and a half: on a short screen the panel scrolls before the list vanishes.
    <Box ref={scroller} tabIndex={0} sx={{ overflow: 'auto', minHeight: 120 }} data-testid="roster-scroller">
      <Box role="list" aria-label={label} sx={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((row) => {
          const entry = entries[row.index];
          return entry === undefined ? null : (
            <Box
              key={row.key}
              data-index={row.index}
              ref={virtualizer.measureElement}
              sx={{ position: 'absolute', top: 0, left: 0, width: '100%' }}
              style={{ transform: `translateY(${row.start}px)` }}
            >
              <RosterCard entry={entry} now={now} onAction={onAction} />
            </Box>
          );
        })}
      </Box>
    </Box>
  );
}
