/** The facts of an incident as the cockpit shows them; projected from the log, never written directly. */
export const severities = ['SEV-1', 'SEV-2', 'SEV-3', 'SEV-4', 'SEV-5'] as const;
export type Severity = (typeof severities)[number];

/** The status path of DOMAIN.md's timeline; moving back (e.g. a relapse to investigating) is allowed. */
export const incidentStatuses = ['investigating', 'identified', 'monitoring', 'resolved'] as const;
export type IncidentStatus = (typeof incidentStatuses)[number];

export type Incident = {
  id: string;
  title: string;
  severity: Severity;
  status: IncidentStatus;
  /** The person holding the incident-commander role now; exactly one at any time. */
  commanderId: string;
  commanderName: string;
  summary: string;
  isDrill: boolean;
  declaredAt: number;
  resolvedAt: number | null;
  updatedAt: number;
};

export const limits = {
  titleMaxLength: 200,
  summaryMaxLength: 4_000,
  nameMaxLength: 120,
  logEntryMaxLength: 4_000,
} as const;
