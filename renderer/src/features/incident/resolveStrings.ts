/** The words of resolving an incident, in English (resolveStrings-ja.ts has the Japanese); app/locales/ mounts them under `resolve`. */
export const resolveEn = {
  title: 'Resolve “{{title}}”?',
  openTasks_one: '{{count}} task is still open:',
  openTasks_other: '{{count}} tasks are still open:',
  unassigned: 'unassigned',
  choice: 'What becomes of them',
  followUp: 'Move them to follow-ups (owner kept, due in a week)',
  drop: 'Drop them',
  reason: 'Why they are dropped',
  checkOut_one: 'Check out the {{count}} person still on the incident at the resolution time',
  checkOut_other: 'Check out the {{count}} people still on the incident at the resolution time',
  resolve: 'Resolve',
  checkOutButton: 'Check everyone out ({{count}})',
  checkOutTitle: 'Check everyone out at {{time}}?',
  checkOutBody: 'Each of them is checked out at the resolution time, one log entry each: {{names}}.',
  checkOutSubmit: 'Check everyone out',
  finalUpdate: 'The incident is resolved: send stakeholders the final update.',
};
