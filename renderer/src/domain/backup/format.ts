/**
 * War Room's backup file: the log's events (the source of truth) and the device-local state worth
 * keeping (undelivered outbox rows), with what made it and a checksum. Never a Slack token: tokens live
 * in the main process's keychain, never in the database a backup is read from.
 */
import type { Delivery } from '../broadcasts/outbox';
import type { IncidentEvent } from '../log/events';

export const backupFormat = 'war-room-backup';
/** The version this build writes; older files are upgraded on import (upgrade.ts), newer ones refused. */
export const backupFormatVersion = 1;

export type BackupScope = { kind: 'all' } | { kind: 'incident'; incidentId: string; title: string };

export type BackupFile = {
  format: typeof backupFormat;
  formatVersion: typeof backupFormatVersion;
  appVersion: string;
  /** ISO 8601, UTC. */
  createdAt: string;
  scope: BackupScope;
  /** In (ts, id) order: the order the log is read in. */
  events: IncidentEvent[];
  /** Broadcasts not yet delivered, so the other desktop can finish them. */
  outbox: Delivery[];
  /** `sha256:<hex>` over the canonical JSON of every other field (canonical.ts). */
  checksum: string;
};

/** Bounds that no honest file reaches; past them a file is refused before anything is built from it. */
export const backupBounds = {
  /** Characters of text (a 100k-event incident is well under a quarter of it). */
  maxChars: 200 * 1024 * 1024,
  /** Nesting of arrays and objects: an event is about eight deep; JSON.parse and zod recurse. */
  maxDepth: 64,
  maxEvents: 2_000_000,
  maxOutboxRows: 100_000,
  /** How far ahead of this desk's clock a time may be: clocks disagree, but not by more. */
  clockSkewMs: 5 * 60_000,
} as const;
