/**
 * The chain that brings an older backup file up to the version this build reads. Each entry turns a
 * file of version N into version N + 1; a file is walked from its own version to the current one, so
 * a file written years ago still imports. Version 1 is the first format: the table is empty today,
 * and the next format change adds `1: (file) => …` here instead of teaching the parser two shapes.
 */
import { backupFormatVersion } from './format';

export type Upgrade = (file: Record<string, unknown>) => Record<string, unknown>;

export const upgrades: Readonly<Record<number, Upgrade>> = {};

/**
 * The file as `current` would have written it, or null when a step of the chain is missing (a version
 * this build never knew). Pure: the input is left as it was, so its checksum is checked as written.
 */
export function upgradeBackup(
  file: Record<string, unknown>,
  fromVersion: number,
  current: number = backupFormatVersion,
  table: Readonly<Record<number, Upgrade>> = upgrades,
): Record<string, unknown> | null {
  let upgraded = file;
  for (let version = fromVersion; version < current; version += 1) {
    const step = table[version];
    if (step === undefined) return null;
    upgraded = { ...step(upgraded), formatVersion: version + 1 };
  }
  return upgraded;
}
