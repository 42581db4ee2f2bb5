import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { IncidentEvent } from '../../domain/log/events';
import { LogRow } from './LogRow';
import type { PendingState } from './pendingLines';

type Props = {
  entries: IncidentEvent[];
  hasMore: boolean;
  starred: ReadonlySet<string>;
  /** Lines not yet confirmed by the database: saving, or failed. */
  pending: ReadonlyMap<string, PendingState>;
  onDismiss: (id: string) => void;
  showDate: boolean;
  showZone: boolean;
  onNeedMore: () => void;
  onToggleStar: (entry: IncidentEvent, starred: boolean) => void;
};

/** The log, virtualised: only the rows on screen (plus a few) are in the DOM, however long the log. */
export function LogList({
  entries,
  hasMore,
  starred,
  pending,
  onDismiss,
  showDate,
  showZone,
  onNeedMore,
  onToggleStar,
}: Props) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const count = entries.length + (hasMore ? 1 : 0);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual is the virtualiser we chose.
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => 40,
    overscan: 10,
    getItemKey: (index) => entries[index]?.id ?? 'more',
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? -1;

  useEffect(() => {
    if (hasMore && lastIndex >= entries.length - 1) onNeedMore();
  }, [hasMore, lastIndex, entries.length, onNeedMore]);

  if (entries.length === 0) {
    return (
      <Typography color="text.secondary" sx={{ p: 2 }}>
        {t('log.empty')}
      </Typography>
    );
  }
  return (
    <Box ref={scroller} sx={{ flex: 1, minHeight: 0, overflow: 'auto' }} data-testid="log-scroller">
      <Box
        role="list"
        aria-label={t('log.list')}
        sx={{ height: virtualizer.getTotalSize(), position: 'relative' }}
      >
        {items.map((item) => {
          const entry = entries[item.index];
          return (
            <Box
              key={item.key}
              data-index={item.index}
              ref={virtualizer.measureElement}
              sx={{ position: 'absolute', top: 0, left: 0, width: '100%' }}
              style={{ transform: `translateY(${item.start}px)` }}
            >
              {entry === undefined ? (
                <Typography color="text.secondary" sx={{ p: 1 }}>
                  {t('log.loadingMore')}
                </Typography>
              ) : (
                <LogRow
                  entry={entry}
                  starred={starred.has(entry.id)}
                  pending={pending.get(entry.id) ?? null}
                  onDismiss={onDismiss}
                  showDate={showDate}
                  showZone={showZone}
                  onToggleStar={onToggleStar}
                />
              )}
            </Box>
          );
        })}
      </Box>
    </Box>
  );
}
