/**
 * Assignments the IC has made that the database has not confirmed yet. The board shows each on its card
 * in the frame after Enter, marked "saving…", while the write (strict durability, projected in the same
 * transaction) runs; one whose write failed stays on the card saying so, with the owner as stored, until
 * the IC dismisses it or assigns the task again. Like the log's pending lines (features/log/pendingLines.ts).
 */
import { useCallback, useMemo, useState } from 'react';
import { assignedView } from '../../domain/tasks/pending';
import type { Task } from '../../domain/tasks/types';

export type PendingCard = { state: 'saving' } | { state: 'failed'; ownerName: string; reason: string };

export type Pending = {
  id: number;
  view: Task;
  ownerName: string;
  state: 'saving' | 'failed';
  reason: string;
};

let nextId = 0;

export type PendingAssignments = {
  /** The tasks with the assignments still saving applied; the cards' marks by task id. */
  apply: (tasks: readonly Task[] | undefined) => {
    tasks: readonly Task[] | undefined;
    cards: ReadonlyMap<string, PendingCard>;
  };
  /** Shows the assignment at once; returns how to settle it when the write has answered. */
  add: (
    task: Task,
    owner: { personId: string; name: string },
    now: number,
  ) => (failure: string | null) => void;
  dismiss: (taskId: string) => void;
};

/** The tasks with the assignments still saving applied, and each pending card's mark. */
export function applyPending(
  tasks: readonly Task[] | undefined,
  pending: ReadonlyMap<string, Pending>,
): { tasks: readonly Task[] | undefined; cards: ReadonlyMap<string, PendingCard> } {
  const cards = new Map<string, PendingCard>();
  for (const [taskId, entry] of pending)
    cards.set(
      taskId,
      entry.state === 'saving'
        ? { state: 'saving' }
        : { state: 'failed', ownerName: entry.ownerName, reason: entry.reason },
    );
  const saving = [...pending.values()].filter((entry) => entry.state === 'saving');
  if (tasks === undefined || saving.length === 0) return { tasks, cards };
  const views = new Map(saving.map((entry) => [entry.view.id, entry.view]));
  return { tasks: tasks.map((task) => views.get(task.id) ?? task), cards };
}

export function usePendingAssignments(): PendingAssignments {
  const [pending, setPending] = useState<ReadonlyMap<string, Pending>>(new Map());

  const add = useCallback((task: Task, owner: { personId: string; name: string }, now: number) => {
    nextId += 1;
    const id = nextId;
    const entry: Pending = {
      id,
      view: assignedView(task, owner, now),
      ownerName: owner.name,
      state: 'saving',
      reason: '',
    };
    setPending((current) => new Map(current).set(task.id, entry));
    return (failure: string | null) =>
      setPending((current) => {
        // A later assignment of the same task replaced this one: it settles on its own.
        if (current.get(task.id)?.id !== id) return current;
        const next = new Map(current);
        // Saved: the board already reads the stored row (task-feed.ts announced it before this resolves).
        if (failure === null) next.delete(task.id);
        else next.set(task.id, { ...entry, state: 'failed', reason: failure });
        return next;
      });
  }, []);

  const dismiss = useCallback((taskId: string) => {
    setPending((current) => {
      if (current.get(taskId)?.state !== 'failed') return current;
      const next = new Map(current);
      next.delete(taskId);
      return next;
    });
  }, []);

  const apply = useCallback((tasks: readonly Task[] | undefined) => applyPending(tasks, pending), [pending]);

  return useMemo(() => ({ apply, add, dismiss }), [apply, add, dismiss]);
}
