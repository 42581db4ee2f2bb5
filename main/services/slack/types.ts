/** The Slack service's answers, in War Room's own types (never the SDK's). */

export type VerifiedToken = {
  teamName: string;
  teamId: string;
  botName: string;
  botUserId: string;
  /** The workspace address, e.g. https://acme.slack.com/. */
  url: string;
  /** The permissions granted to the token, as Slack reports them. */
  scopes: string[];
  /** Permissions War Room needs that the token lacks: the IC can fix them before the incident. */
  missingScopes: string[];
};

export type ChannelSummary = {
  id: string;
  name: string;
  isPrivate: boolean;
  isArchived: boolean;
  isMember: boolean;
  topic: string;
  memberCount?: number;
};

export type ChannelPage = { channels: ChannelSummary[]; nextCursor?: string };

/** Slack message metadata; War Room puts its broadcast id in `event_payload.broadcast_id`. */
export type BroadcastMetadata = {
  event_type: string;
  event_payload: { broadcast_id: string } & Record<string, string | number | boolean>;
};

export type OutgoingMessage = {
  channel: string;
  /** The fallback text: notifications and screen readers show it. */
  text: string;
  /** Block Kit blocks as the renderer built them. */
  blocks?: unknown[];
  metadata?: BroadcastMetadata;
};

export type PostedMessage = { channel: string; ts: string };

/** Scopes War Room cannot work without: post, find channels, re-read history, open/close channels. */
export const REQUIRED_SCOPES = [
  'chat:write',
  'channels:read',
  'channels:history',
  'channels:manage',
] as const;
