/**
 * A drill's injects as the players meet them in the nudges: one for the role each reaches, standing
 * until the expected response comes (as a real stakeholder's question stands until answered), its
 * contingency takes its place, the drill ends, or a player dismisses it.
 */
import type { ResponderRole } from '../roster/types';
import type { DrillInjectShown } from './events';
import type { DrillState } from './timing';
import type { InjectKind, ResponseKind } from './types';

export type DrillInjectNudge = {
  /** Named by the `drill.inject-shown` event, so a dismissal holds across renders and reloads. */
  id: string;
  kind: 'drill-inject';
  severity: 'warning';
  dueAt: number;
  injectId: string;
  contingency: boolean;
  target: ResponderRole;
  injectKind: InjectKind;
  from: string;
  text: string;
  /** What acting on it opens (the task board, the composer...), never shown to the players. */
  answer: ResponseKind;
};

/** The nudges of the injects shown so far, oldest first, leaving out the dismissed (by nudge id). */
export function drillNudges(
  state: DrillState,
  shown: readonly DrillInjectShown[],
  dismissed: ReadonlySet<string>,
): DrillInjectNudge[] {
  if (state.ended) return [];
  const byId = new Map(state.injects.map((s) => [s.inject.id, s]));
  const contingencyShown = new Set(shown.filter((e) => e.payload.contingency).map((e) => e.payload.injectId));
  return shown
    .flatMap((event): DrillInjectNudge[] => {
      const { injectId, contingency, target, kind, from, text } = event.payload;
      const s = byId.get(injectId);
      const id = `drill-inject:${event.id}`;
      if (s === undefined || s.response.happened || dismissed.has(id)) return [];
      if (!contingency && contingencyShown.has(injectId)) return [];
      const base = { id, kind: 'drill-inject' as const, severity: 'warning' as const, dueAt: event.ts };
      return [
        {
          ...base,
          injectId,
          contingency,
          target,
          injectKind: kind,
          from,
          text,
          answer: s.inject.expect.kind,
        },
      ];
    })
    .sort((a, b) => a.dueAt - b.dueAt);
}
