import { useSyncExternalStore } from 'react';
import type { RecordContext } from '../../db/append';
import { createDeskStore, type DeskStore } from './deskStore';

/** This window's desk: the one place every write path asks who is recording. */
export const desk: DeskStore = createDeskStore(window.localStorage, window);

/** Who is at this desk, re-rendering the caller when it changes anywhere. */
export function useDesk(): string {
  return useSyncExternalStore(desk.subscribe, desk.read);
}

/** The actor for a change when nobody has said who is at the desk yet. */
export function actorName(name: string): string {
  return name.trim() === '' ? 'War Room' : name.trim();
}

/** Who records a change and when, read at the moment the IC acts (never a name kept from a render). */
export function deskContext(): RecordContext {
  return { now: Date.now(), actor: actorName(desk.read()) };
}
