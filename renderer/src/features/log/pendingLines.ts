/**
 * Lines the IC has entered that the database has not confirmed yet. The log shows them in the frame
 * after Enter, marked "saving…", while the durable write (strict durability, projected in the same
 * transaction) runs; a line whose write failed stays on screen saying so, with its text back in the box.
 */
import { useCallback, useMemo, useState } from 'react';
import type { IncidentEvent, LogEntryAdded } from '../../domain/log/events';
import { matchesLogQuery, type LogQuery } from '../../domain/log/query';

export type PendingState = 'saving' | 'saved' | 'failed';
export type PendingLine = { event: LogEntryAdded; state: PendingState };

/** Newest first, as the log reads: by event time, then by id (ULIDs sort by when they were made). */
function newestFirst(a: IncidentEvent, b: IncidentEvent): number {
  return b.ts - a.ts || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

/**
 * The page the log shows: the stored lines with the pending ones the query matches merged in at their
 * time. A saved line leaves the pending list once the stored page holds it, so it never flickers out
 * between the commit and the live query's next answer.
 */
export function mergePending(
  stored: readonly IncidentEvent[],
  pending: readonly PendingLine[],
  query: LogQuery,
): { entries: IncidentEvent[]; states: ReadonlyMap<string, PendingState> } {
  const storedIds = new Set(stored.map((event) => event.id));
  const shown = pending.filter((line) => !storedIds.has(line.event.id) && matchesLogQuery(line.event, query));
  const states = new Map<string, PendingState>(
    shown.filter((line) => line.state !== 'saved').map((line) => [line.event.id, line.state]),
  );
  if (shown.length === 0) return { entries: [...stored], states };
  return { entries: [...stored, ...shown.map((line) => line.event)].sort(newestFirst), states };
}

export type PendingLines = {
  lines: readonly PendingLine[];
  add: (event: LogEntryAdded) => void;
  settle: (id: string, state: 'saved' | 'failed') => void;
  dismiss: (id: string) => void;
  /**
   * Drops saved lines the stored page now holds, and saved lines dated before the page's oldest line
   * (a line back-dated past the page is found by scrolling, like any older line).
   */
  prune: (stored: readonly IncidentEvent[], hasMore: boolean) => void;
};

export function usePendingLines(): PendingLines {
  const [lines, setLines] = useState<readonly PendingLine[]>([]);
  const add = useCallback((event: LogEntryAdded) => {
    // A new line replaces any failed one: its text went back into the box and is being sent again.
    setLines((current) => [...current.filter((line) => line.state !== 'failed'), { event, state: 'saving' }]);
  }, []);
  const settle = useCallback((id: string, state: 'saved' | 'failed') => {
    setLines((current) => current.map((line) => (line.event.id === id ? { ...line, state } : line)));
  }, []);
  const dismiss = useCallback((id: string) => {
    setLines((current) => current.filter((line) => line.event.id !== id));
  }, []);
  const prune = useCallback((stored: readonly IncidentEvent[], hasMore: boolean) => {
    const storedIds = new Set(stored.map((event) => event.id));
    const oldest = hasMore ? (stored.at(-1)?.ts ?? null) : null;
    const gone = (line: PendingLine) =>
      line.state === 'saved' && (storedIds.has(line.event.id) || (oldest !== null && line.event.ts < oldest));
    setLines((current) => {
      if (!current.some(gone)) return current;
      return current.filter((line) => !gone(line));
    });
  }, []);
  return useMemo(() => ({ lines, add, settle, dismiss, prune }), [lines, add, settle, dismiss, prune]);
}
