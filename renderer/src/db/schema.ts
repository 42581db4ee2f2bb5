/**
 * The one Dexie database. Version 1 creates every table ARCHITECTURE.md lists, so later features
 * extend rows rather than reshape the store. Versions are numbered and kept forever; each upgrade
 * gets a test that opens a fixture of the previous version.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { Incident } from '../domain/incident/types';
import type { IncidentEvent } from '../domain/log/events';
import type {
  BroadcastPlanRow,
  BroadcastRow,
  LogCountRow,
  CheckInRow,
  ImportRow,
  LoadMinuteRow,
  OutboxRow,
  PersonRow,
  RestRow,
  RoleTenureRow,
  RoomStateRow,
  RunbookRow,
  SettingRow,
  StarRow,
  SyncOutboxRow,
  TaskRevisionRow,
  TaskRow,
} from './rows';
import { fillV3Projections } from './projections/upgrade-v3';

export const databaseName = 'war-room';

export const schemaV1 = {
  incidents: 'id, status, declaredAt, updatedAt',
  events: 'id, [incidentId+ts], [incidentId+type], incidentId, type',
  stars: 'eventId, incidentId',
  people: 'id, name',
  checkIns: 'id, incidentId, personId, [incidentId+personId], checkedInAt',
  roleTenures: 'id, incidentId, personId, [incidentId+personId], [incidentId+role]',
  rests: 'id, incidentId, personId, checkInId',
  tasks: 'id, incidentId, ownerId, [incidentId+status]',
  runbooks: 'id, name',
  broadcasts: 'id, incidentId, [incidentId+createdAt]',
  outbox: 'id, state, broadcastId',
  broadcastPlans: 'incidentId',
  settings: 'key',
  logCounts: 'incidentId',
} as const;

/** Version 2 adds the device-local record of backups imported here; every v1 table is kept as it was. */
export const schemaV2 = {
  ...schemaV1,
  imports: 'id, checksum, importedAt',
} as const;

/**
 * Version 3 adds two projections so what is opened costs what it shows, not the incident's history: each
 * incident's task revision (the board watches it instead of the log's count) and its load per minute (the
 * load charts read it instead of the task events). The upgrade fills both from the events already stored.
 */
export const schemaV3 = {
  ...schemaV2,
  taskRevisions: 'incidentId',
  loadMinutes: 'id, incidentId',
} as const;

/**
 * Version 4 adds the shared war room's device-local state: the sync outbox (each event this desk wrote
 * while in a room, until the room's stream has stored it; oldest first by event id among those waiting)
 * and the one row saying which room this desk has joined and how far into its stream it has applied.
 * Neither is projected: another desk's queue is not this one's history. Every v3 table is kept as it was.
 */
export const schemaV4 = {
  ...schemaV3,
  syncOutbox: 'eventId, state, [state+eventId]',
  roomState: 'key',
} as const;

export class WarRoomDatabase extends Dexie {
  incidents!: EntityTable<Incident, 'id'>;
  events!: EntityTable<IncidentEvent, 'id'>;
  stars!: EntityTable<StarRow, 'eventId'>;
  people!: EntityTable<PersonRow, 'id'>;
  checkIns!: EntityTable<CheckInRow, 'id'>;
  roleTenures!: EntityTable<RoleTenureRow, 'id'>;
  rests!: EntityTable<RestRow, 'id'>;
  tasks!: EntityTable<TaskRow, 'id'>;
  runbooks!: EntityTable<RunbookRow, 'id'>;
  broadcasts!: EntityTable<BroadcastRow, 'id'>;
  outbox!: EntityTable<OutboxRow, 'id'>;
  broadcastPlans!: EntityTable<BroadcastPlanRow, 'incidentId'>;
  settings!: EntityTable<SettingRow, 'key'>;
  /** Lines in each incident's log, kept by the projector so nothing counts 100k rows. */
  logCounts!: EntityTable<LogCountRow, 'incidentId'>;
  /** Backup files imported on this desktop (device-local, not projected). */
  imports!: EntityTable<ImportRow, 'id'>;
  /** Bumped by every task event of the incident. */
  taskRevisions!: EntityTable<TaskRevisionRow, 'incidentId'>;
  /** Each minute of an incident in which someone's open tasks or presence changed. */
  loadMinutes!: EntityTable<LoadMinuteRow, 'id'>;
  /** Events waiting to be (or already) stored by the room's stream (device-local, not projected). */
  syncOutbox!: EntityTable<SyncOutboxRow, 'eventId'>;
  /** The room this desk has joined, if any, and the last stream sequence applied (device-local). */
  roomState!: EntityTable<RoomStateRow, 'key'>;

  constructor(name: string = databaseName) {
    // A broadcast or a check-in must survive a power cut: flush each transaction to disk.
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores(schemaV1);
    this.version(2).stores(schemaV2);
    this.version(3)
      .stores(schemaV3)
      .upgrade((tx) => fillV3Projections(tx));
    this.version(4).stores(schemaV4);
  }
}

/** The tables the projector writes: everything but the log itself and device-local state. */
export const projectedTables = [
  'incidents',
  'stars',
  'people',
  'checkIns',
  'roleTenures',
  'rests',
  'tasks',
  'runbooks',
  'broadcasts',
  'broadcastPlans',
  'settings',
  'logCounts',
  'taskRevisions',
  'loadMinutes',
] as const satisfies readonly (keyof WarRoomDatabase)[];
export type ProjectedTable = (typeof projectedTables)[number];
