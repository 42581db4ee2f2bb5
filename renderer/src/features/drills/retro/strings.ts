/**
 * The drill retrospective's words and the IC-practice panel's; app/locales/en.ts mounts them under
 * `drillRetro`. The Japanese is in strings-ja.ts, which only locales/ja.ts imports. The expected
 * responses, what happened and the verdicts are the postmortem's (`postmortem.say.drill`), so the form
 * and the draft say them the same way.
 */
export const drillRetroEn = {
  open: 'Retrospective',
  keywords: 'retrospective drill after-action review lessons went well lucky improve',
  title: 'Retrospective of the drill “{{title}}”',
  close: 'Close',
  intro:
    'What the team says now the drill is over. Each answer and note is kept in the drill’s log and goes into its postmortem.',
  ended: 'Ended by the game master at {{time}}',
  timeUp: 'Time ran out at {{time}}',
  wentWell: 'What went well',
  wentWellHelp: 'What should we keep doing?',
  lucky: 'What was lucky',
  luckyHelp: 'Where did chance help us?',
  improve: 'What to improve',
  improveHelp: 'What will we change before the next one, for real or in a drill?',
  injects: 'Each inject: expected against what happened',
  inject: 'At {{at}} · {{role}}',
  contingency: 'Its contingency came because the response had not.',
  expected: 'Expected',
  happened: 'What happened',
  verdict: 'Verdict',
  note: 'Note',
  noteFor: 'Note on the inject at {{at}}',
  save: 'Save the retrospective',
  saved: 'Retrospective saved. The postmortem draft includes it.',
  lastSaved: 'Last saved at {{time}} by {{actor}}',
  notSaved: 'Not saved yet',
  unreadable:
    'This drill’s scenario cannot be read by this version of War Room, so its retrospective cannot open.',
  practice: {
    title: 'Who has led drills',
    help: 'Drills played as incident commander, counted even though drills are left out of every other figure. Those at the top have led least: ask them to take IC in the next drill.',
    person: 'Person',
    drillsAsIc: 'Drills as IC',
    lastAsIc: 'Last time as IC',
    never: 'Never',
    none: 'Nobody has played a drill yet.',
  },
};

/** Refusals of the retrospective, mounted among `errors.` like the other features' refusals. */
export const drillRetroErrorsEn = {
  'drill-not-ended': 'The drill is still running: end it in the game master view first.',
  'not-a-drill': 'This incident is not a drill started from a scenario.',
};
