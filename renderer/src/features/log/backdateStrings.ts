/**
 * The words of dating a line earlier than now ("happened at…") and of the recorded time the log then
 * shows, in English (backdateStrings-ja.ts has the Japanese); app/locales/ mounts them under `backdate`.
 */
export const backdateEn = {
  happenedEarlier: 'Happened earlier…',
  happenedEarlierHelp: 'Date this entry to when it happened',
  happenedAt: 'Happened at',
  happenedAtHelp: 'Not in the future, not before the declaration',
  reason: 'Why it is recorded late',
  now: 'Happened now',
  recorded: 'recorded {{time}}',
  recordedWhy: 'recorded {{time}}: {{reason}}',
  changeEarlier: 'Change status or severity at an earlier time…',
  changeTitle: 'A change that happened earlier',
  changeBody:
    'Record a status or severity change at the time it happened. It cannot be dated before the last change of the same kind.',
  save: 'Record the change',
};

/** The refusals of a back-dated line, mounted under `errors`. */
export const backdateErrorsEn = {
  'time-in-future': 'That time is in the future: War Room records what has happened.',
  'backdated-needs-reason': 'A time other than now needs a reason.',
  'before-declaration':
    'That time is before the incident was declared, where the log starts. Write what happened earlier into an entry’s text.',
  'before-last-status':
    'The status last changed after that time: a status change cannot be dated before the change it follows.',
  'before-last-severity':
    'The severity last changed after that time: a severity change cannot be dated before the change it follows.',
  'resolve-backdated':
    'Resolving is recorded when it is done: resolve now, and write in the log when it was fixed.',
};
