/**
 * What the drill runner must write now: every inject and contingency the drill clock has brought due
 * that the log does not hold yet, dated when it was due. Pure, so two renders, a late tick or a desk
 * that was closed for ten minutes all come to the same answer, and nothing is told to the players twice.
 */
import type { DrillInjectShown } from './events';
import type { DrillState } from './timing';
import type { InjectMessage } from './types';

/** One `drill.inject-shown` to append: `at` is when it was due (the event's `ts`). */
export type InjectDue = InjectMessage & { injectId: string; contingency: boolean; at: number };

const key = (injectId: string, contingency: boolean) => `${contingency ? 'c' : 'i'}:${injectId}`;

/**
 * The injects due at `state` and missing from `shown`, oldest first. A contingency is due only when the
 * timing says it fired: its expected response had not come by then, and the game master did not skip it.
 */
export function injectsDue(state: DrillState, shown: readonly DrillInjectShown[]): InjectDue[] {
  const recorded = new Set(shown.map((e) => key(e.payload.injectId, e.payload.contingency)));
  const due: InjectDue[] = [];
  for (const s of state.injects) {
    const { inject } = s;
    if (s.shown !== null && !recorded.has(key(inject.id, false))) {
      const { target, kind, from, text } = inject;
      due.push({ injectId: inject.id, contingency: false, at: s.shown.at, target, kind, from, text });
    }
    const c = inject.contingency;
    if (c !== null && s.contingency?.status === 'fired' && !recorded.has(key(inject.id, true))) {
      const { target, kind, from, text } = c;
      due.push({
        injectId: inject.id,
        contingency: true,
        at: s.contingency.firedAt,
        target,
        kind,
        from,
        text,
      });
    }
  }
  return due.sort((a, b) => a.at - b.at);
}
