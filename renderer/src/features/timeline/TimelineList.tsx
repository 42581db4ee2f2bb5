import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimelineClock, TimelineLine } from '../../domain/timeline';
import { TimelineRow } from './TimelineRow';

type Props = {
  lines: TimelineLine[];
  hasMore: boolean;
  clock: TimelineClock;
  onNeedMore: () => void;
};

/** The timeline, virtualised like the log: only the rows on screen (plus a few) are in the DOM, however long it is. */
export function TimelineList({ lines, hasMore, clock, onNeedMore }: Props) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual is the virtualiser we chose.
  const virtualizer = useVirtualizer({
    count: lines.length + (hasMore ? 1 : 0),
    getScrollElement: () => scroller.current,
    estimateSize: () => 40,
    overscan: 10,
    getItemKey: (index) => lines[index]?.id ?? 'more',
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? -1;

  useEffect(() => {
    if (hasMore && lastIndex >= lines.length - 1) onNeedMore();
  }, [hasMore, lastIndex, lines.length, onNeedMore]);

  if (lines.length === 0) {
    return (
      <Typography color="text.secondary" sx={{ p: 2 }}>
        {t('timeline.empty')}
      </Typography>
    );
  }
  return (
    <Box
      ref={scroller}
      // Focusable, so the arrow keys and Page Down scroll it.
      tabIndex={0}
      sx={{ flex: 1, minHeight: 0, overflow: 'auto' }}
      data-testid="timeline-scroller"
    >
      <Box
        role="list"
        aria-label={t('timeline.list')}
        sx={{ height: virtualizer.getTotalSize(), position: 'relative' }}
      >
        {items.map((item) => {
          const line = lines[item.index];
          return (
            <Box
              key={item.key}
              data-index={item.index}
              ref={virtualizer.measureElement}
              sx={{ position: 'absolute', top: 0, left: 0, width: '100%' }}
              style={{ transform: `translateY(${item.start}px)` }}
            >
              {line === undefined ? (
                <Typography color="text.secondary" sx={{ p: 1 }}>
                  {t('timeline.loadingMore')}
                </Typography>
              ) : (
                <TimelineRow line={line} clock={clock} />
              )}
            </Box>
          );
        })}
      </Box>
    </Box>
  );
}
