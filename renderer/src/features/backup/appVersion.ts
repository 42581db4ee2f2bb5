import { call } from '../../bridge';

let asked: Promise<string> | null = null;

/**
 * The version of War Room writing a backup, as the host reports it (package.json is read in main only);
 * asked once per window. A host that does not answer does not stop an export: the file then says so.
 */
export function appVersion(): Promise<string> {
  asked ??= (async () => {
    const info = await call('app:info', {});
    if (info.ok) return info.value.version;
    asked = null;
    return 'unknown';
  })();
  return asked;
}
