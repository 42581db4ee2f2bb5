import { useLiveQuery } from 'dexie-react-hooks';
import type { Runbook } from '../../domain/runbooks/types';
import { db } from '../index';

/** The runbook library, by name; `undefined` while loading. */
export function useRunbooks(): Runbook[] | undefined {
  return useLiveQuery(() => db.runbooks.orderBy('name').toArray(), []);
}
