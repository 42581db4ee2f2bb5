import type { FatigueThresholds } from '../fatigue/thresholds';
import type { EventOf } from '../log/event-of';
import type { LoadThresholds } from './load-settings';

/** Pseudo stream for team settings: they change how facts are judged, so they are logged too. */
export const settingsStream = 'settings';

export type SettingsChanged = EventOf<
  'settings.changed',
  | { key: 'fatigueThresholds'; value: FatigueThresholds }
  | { key: 'loadThresholds'; value: LoadThresholds }
  /** The reaction whose messages an import of the incident channel stars (emoji name, no colons). */
  | { key: 'slackStarReaction'; value: string }
>;

export type SettingsEvent = SettingsChanged;
