import { actorName } from '../../app/operator';
import type { RecordContext } from '../../db/append';

/** Who records a change and when: read at the moment the IC acts, never while rendering. */
export function recordContext(operator: string): RecordContext {
  return { now: Date.now(), actor: actorName(operator) };
}
