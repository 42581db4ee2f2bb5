import type { MethodOutput } from '../../preload/contract';

export type AppIdentity = Omit<MethodOutput<'app:info'>, 'platform'>;

/** What the shell or the browser host says about itself; the transport fills in where the data lives. */
export function describeApp(
  identity: AppIdentity,
  platform: string = process.platform,
): MethodOutput<'app:info'> {
  return { ...identity, platform };
}
