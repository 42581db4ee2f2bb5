/**
 * The Slack methods of the bridge: connect and disconnect, channels, posting broadcasts, and reading the
 * incident channel's conversation back for the log.
 */
import type { SlackWorkspace } from '../../preload/contract/slack';
import { SLACK_TOKEN_KEY } from '../services/secrets';
import { checkDrillPost, drillSandboxError } from '../services/slack';
import { checkSlackApiUrl } from '../services/slack-settings';
import { HandlerError, type HandlerContext, type HandlerGroup } from './context';
import { createSlackConnection, slackCall } from './slack-connection';

type SlackMethod =
  | 'slack:save-token'
  | 'slack:status'
  | 'slack:forget-token'
  | 'slack:set-drill-channel'
  | 'slack:list-channels'
  | 'slack:create-channel'
  | 'slack:invite'
  | 'slack:set-topic'
  | 'slack:archive-channel'
  | 'slack:post-message'
  | 'slack:find-message'
  | 'slack:delete-message'
  | 'slack:get-permalink'
  | 'slack:channel-history';

/** Handlers for every `slack:` method; none of them ever answers with the token. */
export function slackHandlers(context: HandlerContext): HandlerGroup<SlackMethod> {
  const connection = createSlackConnection(context);
  const { secrets } = context.platform;

  return {
    'slack:save-token': async ({ token, apiUrl, acceptWeakStorage }) => {
      const previous = await connection.settings.read();
      const base = await slackCall(async () => checkSlackApiUrl(apiUrl ?? previous.apiUrl));
      const verified = await slackCall(() => connection.clientFor(token, base).verifyToken());
      const workspace: SlackWorkspace = {
        teamName: verified.teamName,
        teamId: verified.teamId,
        botName: verified.botName,
        botUserId: verified.botUserId,
        url: verified.url,
        missingScopes: verified.missingScopes,
        ...(verified.scopesUnknown ? { scopesUnknown: true } : {}),
      };
      await slackCall(() =>
        secrets.set(SLACK_TOKEN_KEY, token, { acceptWeakStorage: acceptWeakStorage === true }),
      );
      await connection.settings.write({ apiUrl: base, workspace });
      connection.forgetClient();
      return { ...workspace, apiUrl: base };
    },
    'slack:status': async () => {
      const settings = await connection.settings.read();
      const token = await secrets.get(SLACK_TOKEN_KEY).catch(() => undefined);
      const connected = token !== undefined && settings.workspace !== null;
      return {
        connected,
        apiUrl: settings.apiUrl,
        workspace: connected ? settings.workspace : null,
        protection: secrets.protection?.() ?? 'file',
        drillChannel: settings.drillChannel ?? null,
      };
    },
    'slack:set-drill-channel': async ({ channel }) => {
      const settings = await connection.settings.read();
      await connection.settings.write({ ...settings, drillChannel: channel });
      return { drillChannel: channel };
    },
    'slack:forget-token': async () => {
      await secrets.delete(SLACK_TOKEN_KEY);
      const { apiUrl } = await connection.settings.read();
      await connection.settings.write({ apiUrl, workspace: null });
      connection.forgetClient();
      return { forgotten: true };
    },
    'slack:list-channels': async (options) => {
      const client = await connection.client();
      return slackCall(() => client.listChannels(options));
    },
    'slack:create-channel': async ({ name, isPrivate }) => {
      const client = await connection.client();
      return slackCall(() => client.createChannel(name, isPrivate ?? false));
    },
    'slack:invite': async ({ channel, userIds }) => {
      const client = await connection.client();
      await slackCall(() => client.inviteToChannel(channel, userIds));
      return { invited: userIds.length };
    },
    'slack:set-topic': async ({ channel, topic }) => {
      const client = await connection.client();
      await slackCall(() => client.setTopic(channel, topic));
      return { topic };
    },
    'slack:archive-channel': async ({ channel }) => {
      const client = await connection.client();
      await slackCall(() => client.archiveChannel(channel));
      return { archived: true };
    },
    'slack:post-message': async ({ channel, drill, text, blocks, metadata }) => {
      const { drillChannel } = await connection.settings.read();
      const refusal = checkDrillPost({ channel, text, drill }, drillChannel ?? null);
      if (refusal !== null) {
        throw new HandlerError('forbidden', refusal.message, undefined, {
          permanent: true,
          slackError: drillSandboxError,
        });
      }
      const client = await connection.client();
      return slackCall(() => client.postMessage({ channel, text, blocks, metadata }));
    },
    'slack:find-message': async ({ channel, eventType, broadcastId, oldest }) => {
      const client = await connection.client();
      const copies = await slackCall(() =>
        client.findBroadcastCopies(channel, eventType, broadcastId, oldest),
      );
      const first = copies[0];
      return { found: first === undefined ? null : { channel, ts: first }, copies };
    },
    'slack:delete-message': async ({ channel, ts }) => {
      const client = await connection.client();
      await slackCall(() => client.deleteMessage(channel, ts));
      return { deleted: true };
    },
    'slack:get-permalink': async ({ channel, ts }) => {
      const client = await connection.client();
      return { permalink: await slackCall(() => client.getPermalink(channel, ts)) };
    },
    'slack:channel-history': async ({ channel }) => {
      const client = await connection.client();
      // Links are built from the address auth.test gave when the token was saved.
      const { workspace } = await connection.settings.read();
      return slackCall(() => client.channelConversation(channel, workspace?.url ?? ''));
    },
  };
}
