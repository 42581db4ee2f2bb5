/**
 * Who hears about an incident and how often: its stakeholder channels, its cadence, whether a due update may
 * go out without the IC, and its own war-room channel in Slack. Projected from the log, one per incident.
 */
import type { CadenceInput } from './cadence';
import type { BroadcastTemplate } from './types';

/** A Slack channel as the log names it: the id Slack needs and the name people read. */
export type ChannelRef = { channelId: string; channelName: string };

/** The incident's own cadence: the team's settings, a fixed interval, or status changes only. */
export type CadenceChoice =
  { kind: 'settings' } | { kind: 'every'; minutes: number } | { kind: 'status-change' };

export type WarRoomChannel = ChannelRef & {
  createdAt: number;
  archivedAt: number | null;
  /** The topic last set by War Room; null until set. */
  topic: string | null;
  /** Slack user ids already invited, so checking in later invites only the newcomers. */
  invitedSlackUserIds: string[];
};

export type BroadcastPlan = {
  incidentId: string;
  stakeholderChannels: ChannelRef[];
  cadence: CadenceChoice;
  /** When true, a due update is queued without asking; never one that came due while War Room was closed. */
  autoSend: boolean;
  template: BroadcastTemplate;
  warRoomChannel: WarRoomChannel | null;
  updatedAt: number;
};

/** Shortest and longest intervals the IC may pick for one incident. */
export const cadenceBounds = { minMinutes: 1, maxMinutes: 24 * 60 } as const;

/** A plan for an incident nobody has planned yet: team settings, ask before sending, executive summary. */
export function emptyPlan(incidentId: string, now: number): BroadcastPlan {
  return {
    incidentId,
    stakeholderChannels: [],
    cadence: { kind: 'settings' },
    autoSend: false,
    template: 'executive',
    warRoomChannel: null,
    updatedAt: now,
  };
}

/** The choice in the shape the cadence functions read: undefined follows the settings, null means status only. */
export function cadenceOverrideOf(choice: CadenceChoice): CadenceInput['cadenceOverride'] {
  switch (choice.kind) {
    case 'settings':
      return undefined;
    case 'every':
      return choice.minutes;
    case 'status-change':
      return null;
  }
}
