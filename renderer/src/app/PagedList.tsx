import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type ReactNode } from 'react';

type Props<T extends { id: string }> = {
  items: readonly T[];
  /** More items exist past the last: a "loading" row stands at the end and asks for them when seen. */
  hasMore: boolean;
  onNeedMore: () => void;
  renderItem: (item: T) => ReactNode;
  label: string;
  emptyText: string;
  loadingMoreText: string;
  scrollerTestId: string;
};

/**
 * A long list read page by page and virtualised: only the rows on screen (plus a few) are in the DOM,
 * however long it is. The log and the timeline are both this list. The scroller is focusable, so the
 * arrow keys and Page Down scroll it.
 */
export function PagedList<T extends { id: string }>(props: Props<T>) {
  const { items, hasMore, onNeedMore, renderItem } = props;
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual is the virtualiser we chose.
  const virtualizer = useVirtualizer({
    count: items.length + (hasMore ? 1 : 0),
    getScrollElement: () => scroller.current,
    estimateSize: () => 40,
    overscan: 10,
    getItemKey: (index) => items[index]?.id ?? 'more',
  });
  const rows = virtualizer.getVirtualItems();
  const lastIndex = rows.at(-1)?.index ?? -1;

  useEffect(() => {
    if (hasMore && lastIndex >= items.length - 1) onNeedMore();
  }, [hasMore, lastIndex, items.length, onNeedMore]);

  if (items.length === 0) {
    return (
      <Typography color="text.secondary" sx={{ p: 2 }}>
        {props.emptyText}
      </Typography>
    );
  }
  return (
    <Box
      ref={scroller}
      tabIndex={0}
      sx={{ flex: 1, minHeight: 0, overflow: 'auto' }}
      data-testid={props.scrollerTestId}
    >
      <Box
        role="list"
        aria-label={props.label}
        sx={{ height: virtualizer.getTotalSize(), position: 'relative' }}
      >
        {rows.map((row) => {
          const item = items[row.index];
          return (
            <Box
              key={row.key}
              data-index={row.index}
              ref={virtualizer.measureElement}
              sx={{ position: 'absolute', top: 0, left: 0, width: '100%' }}
              style={{ transform: `translateY(${row.start}px)` }}
            >
              {item === undefined ? (
                <Typography color="text.secondary" sx={{ p: 1 }}>
                  {props.loadingMoreText}
                </Typography>
              ) : (
                renderItem(item)
              )}
            </Box>
          );
        })}
      </Box>
    </Box>
  );
}
