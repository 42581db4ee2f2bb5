/**
 * Whether Slack is connected, shared by every panel that needs to know: read once from main, and again after
 * connecting or disconnecting. Main never says more than the workspace and bot; the token stays there.
 */
import { useSyncExternalStore } from 'react';
import type { MethodOutput } from '../../../../preload/contract';
import { call } from '../../bridge';

export type SlackStatus = MethodOutput<'slack:status'>;

let current: SlackStatus | undefined;
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

/** Asks main again; every subscriber re-renders with the answer. */
export async function refreshSlackStatus(): Promise<void> {
  const answer = await call('slack:status', {});
  current = answer.ok
    ? answer.value
    : {
        connected: false,
        apiUrl: current?.apiUrl ?? '',
        workspace: null,
        protection: 'file',
        drillChannel: current?.drillChannel ?? null,
      };
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  loading ??= refreshSlackStatus();
  return () => listeners.delete(listener);
}

/** The Slack connection; `undefined` until main has answered once. */
export function useSlackStatus(): SlackStatus | undefined {
  return useSyncExternalStore(subscribe, () => current);
}
