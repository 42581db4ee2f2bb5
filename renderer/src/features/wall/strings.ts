/**
 * The wall display's words (English). They travel with the wall's own code (wallStrings.ts adds them when
 * it loads), not with the first screen's: a desk that never shows the wall never fetches them.
 */
export const wallEn = {
  title: 'Wall display',
  keywords: 'big screen tv projector room read-only full',
  drill: 'DRILL: practice, not a real incident',
  elapsed: 'Elapsed {{duration}}',
  declared: 'Declared {{time}}',
  ic: 'IC {{name}}',
  nextUpdate: 'Next stakeholder update',
  roster: 'On the incident',
  tasks: 'Open tasks',
  starred: 'Starred in the log',
  nobodyOnDuty: 'Nobody is checked in.',
  noTasks: 'No open tasks.',
  noStarred: 'Nothing starred yet.',
  unowned: 'Nobody owns it',
  checkBack: 'check back {{time}}',
  checkBackOverdue: 'check back was due {{time}}',
  resting: 'Resting',
  onDuty: '{{duration}} on duty',
  more_one: 'and {{count}} more',
  more_other: 'and {{count}} more',
  leave: 'Esc leaves the wall display · F full screen',
  noIncident: 'No incident is open.',
};
