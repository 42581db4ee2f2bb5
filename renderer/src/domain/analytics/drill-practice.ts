/**
 * Who has led drills: per person, how many drills they played as incident commander (declared with
 * command, or handed it during the drill) and when they last did, so the team can rotate the role and no
 * one becomes the only person who can lead. Counted from drills only, which every other figure leaves out.
 */
import type { TenureFact } from '../roster/types';

export type DrillFacts = { id: string; isDrill: boolean };

export type DrillPracticeInput = {
  incidents: readonly DrillFacts[];
  /** Role tenures on those incidents; only the incident-commander ones count. */
  tenures: readonly TenureFact[];
  /** Who checked in to each drill, so someone who played but never led is listed too. */
  players: readonly { incidentId: string; personId: string }[];
  names: ReadonlyMap<string, string>;
};

export type IcPractice = {
  personId: string;
  name: string;
  /** Drills in which they held command, at any point. */
  drillsAsIc: number;
  /** When they last took command in a drill; null when they never have. */
  lastAsIcAt: number | null;
};

/**
 * Everyone who played a drill, those who have led least first (never, then fewest, then longest ago):
 * the top of the list is whom to ask to take IC next.
 */
export function drillPractice(input: DrillPracticeInput): IcPractice[] {
  const drills = new Set(input.incidents.filter((i) => i.isDrill).map((i) => i.id));
  const led = new Map<string, { drills: Set<string>; last: number }>();
  for (const tenure of input.tenures) {
    if (tenure.role !== 'incident-commander' || !drills.has(tenure.incidentId)) continue;
    const known = led.get(tenure.personId) ?? { drills: new Set<string>(), last: tenure.assumedAt };
    known.drills.add(tenure.incidentId);
    known.last = Math.max(known.last, tenure.assumedAt);
    led.set(tenure.personId, known);
  }
  const people = new Set(led.keys());
  for (const player of input.players) if (drills.has(player.incidentId)) people.add(player.personId);
  const rows = [...people].map((personId): IcPractice => {
    const ic = led.get(personId);
    return {
      personId,
      name: input.names.get(personId) ?? personId,
      drillsAsIc: ic?.drills.size ?? 0,
      lastAsIcAt: ic?.last ?? null,
    };
  });
  return rows.sort(
    (a, b) =>
      a.drillsAsIc - b.drillsAsIc ||
      (a.lastAsIcAt ?? -Infinity) - (b.lastAsIcAt ?? -Infinity) ||
      a.name.localeCompare(b.name),
  );
}
