import { useSyncExternalStore } from 'react';
import { isWindowRejected, onBridgeRejected } from './dispatcherSignal';

/** True once War Room's own service refused this window: it must be reloaded to send anything. */
export function useWindowRejected(): boolean {
  return useSyncExternalStore(onBridgeRejected, isWindowRejected);
}
