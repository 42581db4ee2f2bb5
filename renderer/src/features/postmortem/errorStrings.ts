/** The postmortem's refusals in English and Japanese; app/locales/ mounts them under `errors`. */
export const postmortemErrorsEn = {
  'postmortem-drafted': 'The postmortem is already drafted: regenerate a section to bring it up to date.',
  'postmortem-not-drafted': 'Draft the postmortem first.',
  'untaggable-entry': 'Only typed log entries can be tagged for the postmortem.',
  'unknown-section': 'The postmortem has no section “{{value}}”.',
};
