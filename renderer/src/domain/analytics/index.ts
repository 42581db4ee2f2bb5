/** Load analytics: is the load concentrated on a few heroes, during an incident and across incidents. */
export {
  busiestShare,
  concentrationNudge,
  defaultConcentrationThreshold,
  defaultMinCheckedIn,
  gini,
  openTasksGini,
  type BusiestPerson,
  type ConcentrationNudgeInput,
  type OpenTasksByPerson,
} from './concentration';
export {
  analyticsWindowDays,
  crossIncidentFigures,
  median,
  type AnalyticsWindowDays,
  type CrossIncidentFigures,
  type CrossIncidentInput,
  type DutyInterval,
  type IncidentFacts,
  type PersonFacts,
  type ResponderHours,
  type SeverityFigures,
} from './cross-incident';
export { checkedInOpenTasks, currentLoad, type CurrentLoad, type CurrentLoadOptions } from './current-load';
export { bandStartHours, mergeIntervals, splitHours, type HoursSplit, type Interval } from './hours-split';
export {
  bucketSizeFor,
  defaultMaxPoints,
  openTasksOverTime,
  type OpenTasksPoint,
  type OpenTasksSeries,
  type OpenTasksSeriesOptions,
  type PresenceMarker,
  type RestPeriod,
} from './incident-series';
export {
  addToLoadMinute,
  emptyLoadMinute,
  loadHolder,
  loadLogOfMinutes,
  loadMinuteId,
  loadMinuteOf,
  presenceLoadTouch,
  taskLoadTouch,
  type LoadMinute,
  type LoadTouch,
  type PresenceChange,
  type RecordedName,
} from './load-minutes';
export { loadChangeKinds, type LoadChange, type LoadChangeKind, type PresenceKind } from './load-changes';
export {
  currentLoadTableRows,
  openTasksTableRows,
  responderHoursTableRows,
  roundTo,
  severityTableRows,
  type OpenTasksTableRow,
} from './table-rows';
export {
  isLoadEvent,
  loadChangesFromLog,
  loadEventTypes,
  type LoadEvent,
  type LoadEventType,
  type LoadLog,
} from './from-log';
export {
  crossIncidentInputOf,
  dutyIntervalsOf,
  firstResponderCheckIns,
  overlapsWindow,
  windowStartOf,
  type CrossIncidentStore,
} from './from-store';
export { concentrationOf, loadNudges, openTaskCount, type Concentration, type LoadNudge } from './load-nudge';
export { changedTableRows, defaultNamedBands, foldSeries, othersId } from './series-view';
