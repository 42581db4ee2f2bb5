/**
 * The Slack service's answers, in War Room's own types (never the SDK's). Each is the bridge contract's own
 * shape (preload/contract/slack.ts), so what main answers and what the renderer reads are written once.
 */
import type { MethodInput, MethodOutput } from '../../../preload/contract';
import type { SlackChannelSummary, SlackWorkspace } from '../../../preload/contract/slack';
import type { GrantedScopes } from './scopes';

export { REQUIRED_SCOPES } from './scopes';

/** The workspace and bot a token belongs to, and what Slack said (or did not say) about its permissions. */
export type VerifiedToken = SlackWorkspace & GrantedScopes;

export type ChannelSummary = SlackChannelSummary;

export type ChannelPage = MethodOutput<'slack:list-channels'>;

type PostInput = MethodInput<'slack:post-message'>;

/** Slack message metadata; War Room puts its broadcast id in `event_payload.broadcast_id`. */
export type BroadcastMetadata = PostInput['metadata'];

/** A post as the contract takes it; blocks and metadata may be left out (the fallback text alone posts). */
export type OutgoingMessage = Pick<PostInput, 'channel' | 'text'> &
  Partial<Pick<PostInput, 'blocks' | 'metadata'>>;

export type PostedMessage = MethodOutput<'slack:post-message'>;

/** The incident channel's conversation, as the log imports it. */
export type ChannelConversation = MethodOutput<'slack:channel-history'>;
export type ChannelMessage = ChannelConversation['messages'][number];
