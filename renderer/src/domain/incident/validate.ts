import { DomainError } from '../errors';
import { incidentStatuses, limits, severities, type IncidentStatus, type Severity } from './types';

/** Trims and checks a required short text; an empty one is refused with the field's name. */
export function requiredText(value: string, field: string, maxLength: number): string {
  const text = value.trim();
  if (text === '') throw new DomainError('required', { field });
  if (text.length > maxLength) throw new DomainError('too-long', { field, max: maxLength });
  return text;
}

export function optionalText(value: string, field: string, maxLength: number): string {
  const text = value.trim();
  if (text.length > maxLength) throw new DomainError('too-long', { field, max: maxLength });
  return text;
}

export function checkSeverity(value: string): Severity {
  const found = severities.find((s) => s === value);
  if (found === undefined) throw new DomainError('unknown-severity', { value });
  return found;
}

export function checkStatus(value: string): IncidentStatus {
  const found = incidentStatuses.find((s) => s === value);
  if (found === undefined) throw new DomainError('unknown-status', { value });
  return found;
}

export type DeclareInput = {
  title: string;
  severity: string;
  commanderName: string;
  summary: string;
  isDrill?: boolean;
};

/** Checks a declaration; several incidents may be active at once, so an open one is no reason to refuse. */
export function checkDeclaration(input: DeclareInput) {
  return {
    title: requiredText(input.title, 'title', limits.titleMaxLength),
    severity: checkSeverity(input.severity),
    commanderName: requiredText(input.commanderName, 'commander', limits.nameMaxLength),
    summary: optionalText(input.summary, 'summary', limits.summaryMaxLength),
    isDrill: input.isDrill ?? false,
  };
}
