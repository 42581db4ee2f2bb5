import { call } from '../../../bridge';

/** Where snapshots live and which War Room writes them, as the host says (asked once per window). */
export type HostFacts = { appVersion: string; folder: string | null };

let asked: Promise<HostFacts> | null = null;

export function hostFacts(): Promise<HostFacts> {
  asked ??= (async () => {
    const info = await call('app:info', {});
    if (info.ok) {
      const { version, dataFolder } = info.value;
      // Main keeps snapshots in <data folder>/backups; a Windows path is shown with its own separator.
      const separator = dataFolder.includes('\\') && !dataFolder.includes('/') ? '\\' : '/';
      return { appVersion: version, folder: `${dataFolder}${separator}backups` };
    }
    asked = null; // a host that did not answer is asked again next time
    return { appVersion: 'unknown', folder: null };
  })();
  return asked;
}
