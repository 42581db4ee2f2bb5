/**
 * The SDK's errors go to our logger. Its warnings ("http request failed") repeat what our own error
 * mapping already turns into an outbox state the IC sees, so they stay quiet unless asked for.
 */
import { LogLevel, type Logger } from '@slack/web-api';
import { logger } from '../logger';

const text = (parts: unknown[]): string => `slack: ${parts.map(String).join(' ')}`;

export const sdkLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: (...parts: unknown[]) => {
    if (process.env.WARROOM_SLACK_DEBUG !== undefined) logger.warn(text(parts));
  },
  error: (...parts: unknown[]) => logger.error(text(parts)),
  setLevel: () => undefined,
  getLevel: () => LogLevel.WARN,
  setName: () => undefined,
};
