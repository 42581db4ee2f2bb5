import { useTranslation } from 'react-i18next';
import { PagedList } from '../../app/PagedList';
import type { TimelineClock, TimelineLine } from '../../domain/timeline';
import { TimelineRow } from './TimelineRow';

type Props = {
  lines: TimelineLine[];
  hasMore: boolean;
  clock: TimelineClock;
  onNeedMore: () => void;
};

/** The timeline, read page by page and virtualised like the log. */
export function TimelineList({ lines, hasMore, clock, onNeedMore }: Props) {
  const { t } = useTranslation();
  return (
    <PagedList
      items={lines}
      hasMore={hasMore}
      onNeedMore={onNeedMore}
      renderItem={(line) => <TimelineRow line={line} clock={clock} />}
      label={t('timeline.list')}
      emptyText={t('timeline.empty')}
      loadingMoreText={t('timeline.loadingMore')}
      scrollerTestId="timeline-scroller"
    />
  );
}
