/**
 * Why a scenario file was refused, by ScenarioProblemCode (domain/drills/problems.ts), in English and
 * Japanese; app/locales/ mounts them under `drills.problem`. `{{where}}` is the place in the file (a
 * path such as injects[3].contingency.at, or line:column); `{{detail}}` what was found there.
 */
import type { ScenarioProblemCode } from '../../domain/drills/problems';

type ByCode = Record<ScenarioProblemCode, string>;

const problemEn = {
  'too-large': 'This file is too large to be a drill scenario ({{detail}} characters). Nothing was imported.',
  empty: 'This file is empty. Nothing was imported.',
  'too-deep':
    'This file nests data more than {{detail}} levels deep at line:column {{where}}: no scenario does. Nothing was imported.',
  'not-json':
    'This file is not valid JSON at line:column {{where}}: {{detail}}. It may be cut short or damaged. Nothing was imported.',
  'forbidden-key':
    'This file holds a key War Room never writes, at {{where}}. It was refused for safety; nothing was imported.',
  'not-a-scenario': 'This file is not a War Room drill scenario. Nothing was imported.',
  'runbook-file': 'This is a runbook file: import it from Runbooks. Nothing was imported.',
  'backup-file': 'This is a War Room backup: import it from Backups. Nothing was imported.',
  'newer-version':
    'This scenario was made by a newer War Room (format {{detail}}). Update War Room to import it. Nothing was imported.',
  'unknown-version':
    'This scenario has a format version War Room does not know ({{detail}}). Nothing was imported.',
  'missing-field': 'Something is missing at {{where}}. Nothing was imported.',
  'unknown-field': 'This file has a field War Room does not know at {{where}}. Nothing was imported.',
  'wrong-type': 'The value at {{where}} should be a {{detail}}. Nothing was imported.',
  'too-long': 'The text at {{where}} is longer than {{detail}} characters. Nothing was imported.',
  'too-many': 'There are more than {{detail}} entries at {{where}}. Nothing was imported.',
  'invalid-value': 'The value at {{where}} is not one War Room accepts ({{detail}}). Nothing was imported.',
  'bad-offset':
    'The time at {{where}} is “{{detail}}”: write minutes and seconds from the start, like 4:30. Nothing was imported.',
  'unknown-role': 'The role at {{where}} is not one War Room knows ({{detail}}). Nothing was imported.',
  'role-not-played':
    'The inject at {{where}} is for the {{detail}} role, which nobody plays in this scenario: add it to roles. Nothing was imported.',
  'beyond-time-limit':
    'The time at {{where}} is past the drill’s time limit of {{detail}} minutes, so it would never come. Nothing was imported.',
  'contingency-too-early':
    'The contingency at {{where}} comes no later than its inject ({{detail}}): it must come after. Nothing was imported.',
  'duplicate-inject':
    'The inject id at {{where}} is already used by {{detail}}: each inject needs its own. Nothing was imported.',
  'unknown-person':
    'The response at {{where}} names {{detail}}, who is not among the scenario’s people. Nothing was imported.',
} satisfies ByCode;

/** Starting a drill, the injects as the players meet them, the game master's view and the countdown. */
const runEn = {
  startCommand: 'Start a drill…',
  startKeywords: 'drill exercise scenario practise practice game master',
  startButton: 'Start a drill',
  startTitle: 'Start a drill',
  startHelp:
    'Pick a scenario or import one. Its injects are not shown here: the players may be looking at this screen.',
  shipped: 'Scenario',
  importFile: 'Import a scenario file…',
  fileChosen: 'Imported from {{name}}',
  loadingScenarios: 'Loading the scenarios…',
  builtFrom: 'Built from {{organisation}}’s postmortem of {{date}}: {{title}}',
  readSource: 'Read the postmortem',
  timeLimit: 'Time limit: {{minutes}} minutes',
  roles: 'Roles to play: {{roles}}',
  people: 'People who will join (played by the game master): {{people}}',
  noPeople: 'none',
  injects_one: '{{count}} inject',
  injects_other: '{{count}} injects',
  commander: 'Who plays IC',
  commanderRequired: 'Name who plays the incident commander.',
  start: 'Start the drill',
  cancel: 'Cancel',
  pickFirst: 'Pick a scenario or import one first.',
  businessSide: 'Business side',
  startedLine: 'Drill started: {{title}} ({{minutes}} minutes)',
  nudge: '{{from}}, to the {{role}}: {{text}}',
  dismissNudge: 'Dismiss this drill message',
  gmCommand: 'Game master view',
  gmKeywords: 'drill script injects game master evaluator',
  gmTitle: 'Game master: {{title}}',
  gmHidden: 'For the game master only: this view holds the whole script. Keep it off the players’ screen.',
  gmNotDrill: 'This incident was not started from a scenario: there is no script to run.',
  gmUnreadable: 'This drill’s scenario cannot be read by this version of War Room.',
  drillClock: 'Drill clock',
  next: 'Next: {{id}} in {{in}}',
  nextContingency: 'Next: the contingency of {{id}} in {{in}}',
  nothingNext: 'Nothing more is due.',
  script: 'Script',
  colAt: 'At',
  colTarget: 'For',
  colInject: 'Inject',
  colExpected: 'Expected response',
  colState: 'What happened',
  colActions: 'Actions',
  kinds: {
    fact: 'Fact',
    'stakeholder-question': 'Stakeholder asks',
    'responder-quiet': 'Responder goes quiet',
    'new-symptom': 'New symptom',
  },
  expect: {
    'task-assigned': 'A task assigned about: {{words}}',
    'task-assigned-any': 'A task assigned',
    'update-sent': 'A stakeholder update sent',
    'status-changed': 'Status changed to {{to}}',
    'severity-changed': 'Severity changed to {{to}}',
    'severity-changed-any': 'Severity changed',
    'responder-rested': '{{person}} sent to rest',
    'responder-rested-any': 'Someone sent to rest',
    'command-handed-over': 'Command handed over to {{person}}',
    'command-handed-over-any': 'Command handed over',
    'checked-in': '{{person}} checked in',
    'checked-in-any': 'Someone checked in',
    'game-master': 'You judge: {{what}}',
  },
  contingencyAt: 'If not by {{at}}: {{text}}',
  notShown: 'Not shown yet',
  shownAt: 'Shown at {{at}}',
  shownEarly: 'Shown early at {{at}}',
  skipped: 'Skipped',
  responseDetected: 'Done at {{at}}: {{evidence}}',
  responseTicked: 'Ticked at {{at}}',
  responseMissing: 'Not done yet',
  contingencyWaiting: 'Contingency due at {{at}}',
  contingencyFired: 'Contingency sent at {{at}}',
  contingencyNotNeeded: 'Contingency not needed',
  contingencySkipped: 'Contingency called off',
  injectNow: 'Inject now',
  injectNowLabel: 'Inject {{id}} now',
  skip: 'Skip',
  skipLabel: 'Skip {{id}}',
  tick: 'Tick',
  tickLabel: 'Tick {{id}}: the expected response happened',
  pause: 'Pause',
  resume: 'Resume',
  end: 'End: the business side agrees it is resolved',
  close: 'Close',
  countdownLabel: 'Drill time left',
  left: '{{left}} left',
  paused: 'Paused · {{left}} left',
  timeUp: 'Time is up',
  ended: 'Drill ended',
};

export const drillsEn = { problem: problemEn, run: runEn };
