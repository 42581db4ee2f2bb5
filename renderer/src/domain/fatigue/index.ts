export * from './intervals';
export { zoneOffsetAt, localNights } from './localTime';
export * from './thresholds';
export type * from './types';
export { assessFatigue, assessTeamFatigue, hoursAndMinutes } from './model';
export { responderNudges, type Nudge, type NudgeSeverity, type ResponderState } from './nudges';
