/** The incident's timeline: lines in event-time order, their filters, the zone they are read in, exports. */
export { timelineKinds, timelineKindOf, turningPointKinds, type TimelineKind } from './kinds';
export { peopleIndexOf, peopleOf, type PeopleIndex } from './people';
export {
  timelineFactsOf,
  timelineLineOf,
  wholeTimeline,
  type TimelineContext,
  type TimelineFacts,
  type TimelineFilter,
  type TimelineLine,
} from './line';
export {
  buildTimeline,
  byEventTime,
  sentMessagesIn,
  sentMessagesOf,
  slackMessagesIn,
  starredIn,
  timelineContextOf,
  timelineHighlights,
  type TimelineInput,
} from './build';
export { incidentSpan, timelineClock, type TimelineClock, type TimelineSpan } from './clock';
export {
  lineText,
  timelineColumns,
  timelineCsv,
  timelineMarkdown,
  timelineRows,
  type TimelineColumn,
  type TimelineWords,
} from './export';
