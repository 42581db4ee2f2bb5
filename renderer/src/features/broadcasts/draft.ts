import type { Incident } from '../../domain/incident/types';
import type { BroadcastDraft } from '../../domain/broadcasts/message';
import type { BroadcastSectionKey, BroadcastTemplate } from '../../domain/broadcasts/types';

/** The draft of a broadcast about this incident, as it stands at `now`. */
export function draftFor(
  incident: Incident,
  input: {
    template: BroadcastTemplate;
    sections: Partial<Record<BroadcastSectionKey, string>>;
    nextUpdateBy: number | null;
    now: number;
    timeZone: string;
  },
): BroadcastDraft {
  return {
    template: input.template,
    incidentTitle: incident.title,
    severity: incident.severity,
    status: incident.status,
    commanderName: incident.commanderName,
    sections: input.sections,
    nextUpdateBy: input.nextUpdateBy,
    declaredAt: incident.declaredAt,
    now: input.now,
    timeZone: input.timeZone,
    isDrill: incident.isDrill,
  };
}
