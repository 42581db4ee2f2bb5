import { actorName, desk, useDesk } from './desk/desk';

export { actorName };

/**
 * Who is at this desk, and a way to change it. Every caller reads the one shared store
 * (app/desk/desk.ts), so a hand-over or a new name at the app bar reaches all of them at once.
 */
export function useOperator(): [string, (name: string) => void] {
  return [useDesk(), desk.change];
}
