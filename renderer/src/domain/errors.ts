/**
 * A refusal the IC should read: the code is an i18n key under `errors.`, `values` fill its blanks.
 * Repositories throw it before anything is written, so a refused action changes nothing.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly values: Record<string, string | number> = {},
  ) {
    super(code);
  }
}
