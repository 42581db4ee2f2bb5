/**
 * The outbox dispatcher: the one loop, across windows, that delivers queued broadcasts to Slack through the
 * bridge. Every state is stored before the dispatcher acts on it (see domain/broadcasts/outbox.ts), so a crash,
 * a lost response or a closed laptop never loses a broadcast and never posts one twice.
 */
import { liveQuery } from 'dexie';
import type { BridgeResult, MethodInput, MethodName, MethodOutput } from '../../../../preload/contract';
import { dueCheck, nextCheckAt } from '../../domain/broadcasts/duplicates';
import { isDrillSandbox } from '../../domain/broadcasts/drill';
import { broadcastMetadataEventType } from '../../domain/broadcasts/events';
import {
  afterFailure,
  afterNotFound,
  isBridgeRejected,
  defaultRetryPolicy,
  lookupOldest,
  mustLookUpFirst,
  nextDelivery,
  nextWakeAt,
  recoverInterrupted,
  startAttempt,
  type Delivery,
  type RetryPolicy,
} from '../../domain/broadcasts/outbox';
import type { WarRoomDatabase } from '../schema';
import { checkForCopies } from './check';
import { defaultLock, type LockRunner } from './locks';
import { recordDeliveredToDrill } from './drill';
import { deliveriesToCheck, pendingDeliveries, recordFailed, recordSent, saveDelivery } from './store';

/** The bridge's `call`: the dispatcher posts through main, which alone holds the token. */
export type BridgeCall = <M extends MethodName>(
  method: M,
  input: MethodInput<M>,
) => Promise<BridgeResult<MethodOutput<M>>>;

export type DispatcherOptions = {
  db: WarRoomDatabase;
  call: BridgeCall;
  now?: () => number;
  random?: () => number;
  policy?: RetryPolicy;
  lock?: LockRunner;
  /** Who the log says sent it. */
  actor?: string;
  /**
   * Called when War Room's own service refused this window (stale launch token): the dispatcher stops and
   * frees its lock, so a reloaded or other window delivers the queue, which stays intact.
   */
  onBridgeRejected?: () => void;
};

export type Dispatcher = {
  /** Look at the outbox now (something was queued, or Slack was connected). */
  wake: () => void;
  /** Stops after the current step. */
  stop: () => Promise<void>;
  /** Stops at once, writing nothing more, as if the window had crashed: for restart tests. */
  crash: () => void;
};

export const dispatcherLockName = 'war-room.broadcast-dispatcher';
/** Even with nothing due, look again this often: a window that lost its wake-up still delivers. */
const idleLookMs = 5_000;

function earliest(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  return b === null ? a : Math.min(a, b);
}

/** Starts a dispatcher; it waits for the lock if another window already dispatches. */
export function startDispatcher(options: DispatcherOptions): Dispatcher {
  const { db, call } = options;
  const now = options.now ?? (() => Date.now());
  const random = options.random ?? Math.random;
  const policy = options.policy ?? defaultRetryPolicy;
  const context = () => ({ now: now(), actor: options.actor ?? 'War Room' });
  const holds = new Map<string, number>();
  /** Sent rows whose channel is still to be checked for extra copies; this dispatcher alone adds to them. */
  const checks = new Map<string, Delivery>();
  const stopping = new AbortController();
  let alive = true;
  let wakeUp: () => void = () => {};

  const wake = () => wakeUp();
  const sleep = (until: number | null) =>
    new Promise<void>((resolve) => {
      const ms = Math.min(idleLookMs, Math.max(0, (until ?? Infinity) - now()));
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        stopping.signal.removeEventListener('abort', done);
        wakeUp = () => {};
        resolve();
      }
      wakeUp = done;
      stopping.signal.addEventListener('abort', done, { once: true });
    });

  async function fail(delivery: Delivery, error: Delivery['lastError'] & object, posting: boolean) {
    const next = afterFailure(delivery, error, { now: now(), jitter: random(), posting, policy });
    if (!alive) return;
    if (isBridgeRejected(error)) {
      // Every further call would be refused too: stop instead of spinning, keep the row as it is.
      await saveDelivery(db, next);
      alive = false;
      stopping.abort();
      options.onBridgeRejected?.();
      return;
    }
    if (error.code === 'rate_limited') holds.set(delivery.channelId, next.nextAttemptAt);
    if (next.state === 'failed') await recordFailed(db, next, error, context());
    else await saveDelivery(db, next);
  }

  async function finish(delivery: Delivery, posted: { ts: string }) {
    const link = await call('slack:get-permalink', { channel: delivery.channelId, ts: posted.ts });
    if (!alive) return;
    const sent = await recordSent(
      db,
      delivery,
      { ts: posted.ts, permalink: link.ok ? link.value.permalink : '' },
      context(),
    );
    checks.set(sent.id, sent);
  }

  async function check(delivery: Delivery) {
    const checked = await checkForCopies({ db, call, policy, now, context, alive: () => alive }, delivery);
    if (checked.checkAt === undefined) checks.delete(checked.id);
    else checks.set(checked.id, checked);
  }

  async function deliver(found: Delivery) {
    let delivery = recoverInterrupted(found, policy);
    if (mustLookUpFirst(delivery)) {
      if (delivery !== found) await saveDelivery(db, delivery);
      const lookup = await call('slack:find-message', {
        channel: delivery.channelId,
        eventType: broadcastMetadataEventType,
        broadcastId: delivery.broadcastId,
        oldest: lookupOldest(delivery, policy),
      });
      if (!alive) return;
      if (!lookup.ok) return fail(delivery, lookup.error, false);
      if (lookup.value.found !== null) return finish(delivery, lookup.value.found);
      // "Not found" proves nothing while an earlier unanswered post may still land: look again later.
      const decision = afterNotFound(delivery, { now: now(), jitter: random(), policy });
      if (!decision.post) return saveDelivery(db, decision.delivery);
    }
    const broadcast = await db.broadcasts.get(delivery.broadcastId);
    if (broadcast === undefined) {
      const message = 'The broadcast is missing from this desktop.';
      return recordFailed(db, { ...delivery, state: 'failed' }, { code: 'internal', message }, context());
    }
    // An incident this desktop does not know is treated as a drill: main then refuses any real channel.
    const drill = (await db.incidents.get(delivery.incidentId))?.isDrill ?? true;
    if (isDrillSandbox(delivery.channelId)) return recordDeliveredToDrill(db, delivery, drill, context());
    delivery = startAttempt(delivery, now());
    await saveDelivery(db, delivery);
    if (!alive) return;
    const posted = await call('slack:post-message', {
      channel: delivery.channelId,
      drill,
      text: broadcast.text,
      blocks: broadcast.blocks,
      metadata: {
        event_type: broadcastMetadataEventType,
        event_payload: { broadcast_id: delivery.broadcastId, incident_id: delivery.incidentId },
      },
    });
    if (!alive) return;
    holds.set(delivery.channelId, now() + policy.channelSpacingMs);
    if (posted.ok) return finish(delivery, posted.value);
    return fail(delivery, posted.error, true);
  }

  async function loop() {
    // Wake when any window queues something: liveQuery follows IndexedDB changes across windows.
    const watch = liveQuery(() => db.outbox.where('state').equals('queued').primaryKeys()).subscribe({
      next: () => wake(),
      error: () => undefined,
    });
    try {
      for (const row of await deliveriesToCheck(db).catch(() => [])) checks.set(row.id, row);
      while (alive) {
        try {
          const due = dueCheck(checks.values(), now());
          if (due !== undefined) {
            await check(due);
            continue;
          }
          const pending = await pendingDeliveries(db);
          const next = nextDelivery(pending, now(), holds);
          if (next === undefined)
            await sleep(earliest(nextWakeAt(pending, holds), nextCheckAt(checks.values())));
          else await deliver(next);
        } catch {
          // A storage hiccup (disk full, a closing database): every state is stored, so look again shortly.
          if (alive) await sleep(now() + policy.baseDelayMs);
        }
      }
    } finally {
      watch.unsubscribe();
    }
  }

  let crashed = () => {};
  const dead = new Promise<void>((resolve) => {
    crashed = resolve;
  });
  const running = (options.lock ?? defaultLock())(dispatcherLockName, stopping.signal, async () => {
    // A crash frees the lock at once, whatever the loop was waiting for, as a closed window's lock is freed.
    await Promise.race([loop(), dead]);
  });

  return {
    wake,
    stop: async () => {
      alive = false;
      stopping.abort();
      await running.catch(() => undefined);
    },
    crash: () => {
      alive = false;
      stopping.abort();
      crashed();
    },
  };
}
