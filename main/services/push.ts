/**
 * The push channel's hub in main: services say something changed, each transport (the desktop's IPC, the
 * browser host's event stream) forwards it to its renderer. Listeners are called synchronously and one
 * listener's failure never stops the others.
 */
import type { PushMessage } from '../../preload/contract/push';
import { logger } from './logger';

export type PushHub = {
  emit: (message: PushMessage) => void;
  /** Returns the function that stops listening. */
  listen: (listener: (message: PushMessage) => void) => () => void;
};

export function createPushHub(): PushHub {
  const listeners = new Set<(message: PushMessage) => void>();
  return {
    emit: (message) => {
      for (const listener of listeners) {
        try {
          listener(message);
        } catch (error) {
          logger.warn('a push listener failed', error);
        }
      }
    },
    listen: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
