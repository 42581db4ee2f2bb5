import { useTranslation } from 'react-i18next';
import { PagedList } from '../../app/PagedList';
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

/** The log, newest first, read page by page and virtualised (PagedList). */
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
  return (
    <PagedList
      items={entries}
      hasMore={hasMore}
      onNeedMore={onNeedMore}
      renderItem={(entry) => (
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
      label={t('log.list')}
      emptyText={t('log.empty')}
      loadingMoreText={t('log.loadingMore')}
      scrollerTestId="log-scroller"
    />
  );
}
