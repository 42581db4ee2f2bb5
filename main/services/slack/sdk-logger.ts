/** The SDK's warnings go to our logger; its debug and info chatter does not. */
import { LogLevel, type Logger } from '@slack/web-api';
import { logger } from '../logger';

const text = (parts: unknown[]): string => `slack: ${parts.map(String).join(' ')}`;

export const sdkLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: (...parts: unknown[]) => logger.warn(text(parts)),
  error: (...parts: unknown[]) => logger.error(text(parts)),
  setLevel: () => undefined,
  getLevel: () => LogLevel.WARN,
  setName: () => undefined,
};
