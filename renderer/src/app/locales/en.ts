import { resolveEn } from '../../features/incident/resolveStrings';
import { backdateEn, backdateErrorsEn } from '../../features/log/backdateStrings';
import { postmortemErrorsEn } from '../../features/postmortem/errorStrings';
import { postmortemEn } from '../../features/postmortem/strings';
import { cockpitEn } from '../../features/cockpit/strings';
import { settingsEn } from '../../features/settings/strings';
import { rosterEn, rosterTermsEn } from '../../features/roster/strings';
import { paletteEn } from '../../features/palette/strings';
import { analyticsEn } from '../../features/analytics/strings';
import { runbooksEn } from '../../features/runbooks/strings';
import { tasksEn } from '../../features/tasks/strings';
import { broadcastsEn } from '../../features/broadcasts/strings';
import { slackEn } from '../../features/slack/strings';
import { timelineEn } from '../../features/timeline/strings';
import { drillsEn } from '../../features/drills/strings';
import { drillSandboxEn } from '../../features/drills/sandbox-strings';
import { drillRetroEn, drillRetroErrorsEn } from '../../features/drills/retro/strings';
import { snapshotsEn } from '../../features/backup/snapshots/strings';
import { backupEn, backupErrorsEn } from '../../features/backup/strings';
import { backupUiEn } from '../../features/backup/ui-strings';
import { slackImportEn } from '../../features/slack-import/strings';
import { deskEn } from '../desk/strings';
import { bridgeErrorsEn } from './bridge-errors';
import { cappedEn } from './capped';
import { timeEn } from './time';

/** English strings; ja.ts must have the same keys (a unit test compares them). */
export const en = {
  app: {
    name: 'War Room',
    incidents: 'Incidents',
    noIncidents: 'No incidents yet. Declare one when something breaks.',
    noIncidentSelected: 'Declare an incident, or pick one from the list.',
    toggleTheme: 'Switch between dark and light theme',
    language: 'Language',
    active: 'Active',
    resolvedList: 'Resolved',
    drill: 'Drill',
    storageNotPersisted:
      'This browser may clear War Room’s data when the disk runs low. Install the desktop app, or allow persistent storage for this site.',
    storageFailed: 'War Room could not open its local store: {{message}}',
    dismiss: 'Dismiss',
    openIncidentList: 'Open the incident list',
    loading: 'Loading…',
    partFailed: 'This part of War Room could not be loaded: {{message}}',
    tryAgain: 'Try again',
  },
  incident: {
    declare: 'Declare incident',
    declareTitle: 'Declare an incident',
    title: 'Title',
    titleHelp: 'What is broken, in a few words',
    severity: 'Severity',
    status: 'Status',
    commander: 'Incident commander',
    summary: 'Summary',
    summaryHelp: 'What is known so far',
    isDrill: 'This is a drill',
    cancel: 'Cancel',
    submit: 'Declare',
    elapsed: 'Elapsed',
    ic: 'IC',
    changeStatus: 'Change status',
    changeSeverity: 'Change severity',
    changeCommander: 'Change commander',
    commanderNew: 'New incident commander',
    save: 'Save',
    declaredAt: 'Declared {{time}}',
  },
  status: {
    investigating: 'Investigating',
    identified: 'Identified',
    monitoring: 'Monitoring',
    resolved: 'Resolved',
  },
  log: {
    title: 'Incident log',
    entries_one: '{{count}} entry',
    entries_other: '{{count}} entries',
    kind: 'Type',
    text: 'Entry',
    textHelp: 'Enter to add; Shift+Enter for a new line',
    author: 'Author',
    add: 'Add entry',
    star: 'Star entry',
    unstar: 'Unstar entry',
    filterKinds: 'Show types',
    starredOnly: 'Starred only',
    search: 'Search the log',
    empty: 'Nothing in the log matches.',
    loadingMore: 'Loading older entries…',
    capped:
      'Entries are limited to {{max}} characters: the first part was added, the rest is still in the box.',
    system: 'Automatic',
    list: 'Log entries',
    saving: 'saving…',
    notSaved: 'not saved: the text is back in the box',
    dismissNotSaved: 'Dismiss the line that was not saved',
  },
  kinds: {
    fact: 'Fact',
    hypothesis: 'Hypothesis',
    decision: 'Decision',
    action: 'Action',
    note: 'Note',
    system: 'Automatic',
    slack: 'Slack',
  },
  events: {
    conflict: {
      decided:
        'Conflict while apart: {{lostActor}} set {{what}} to {{lost}}, {{wonActor}} to {{won}}; {{wonActor}}’s stands, the later in the room',
      'task-owner-left':
        'Conflict while apart: {{wonActor}} gave “{{title}}” to {{won}}, whom {{lostActor}} had checked out; it needs a new owner',
      'command-to-left':
        'Conflict while apart: {{wonActor}} handed command to {{won}}, whom {{lostActor}} had checked out; {{won}} commands until a hand-over',
      'commander-checked-out':
        'Conflict while apart: {{lostActor}} checked out {{lost}}, who holds command; {{lost}} keeps command until a hand-over',
      what: {
        'task-owner': 'the owner of “{{title}}”',
        'task-status': 'the status of “{{title}}”',
        'incident-status': 'the status',
        'incident-severity': 'the severity',
        command: 'the commander',
      },
    },
    declared: 'Incident declared: {{title}} ({{severity}}), commander {{commander}}',
    statusChanged: 'Status: {{from}} → {{to}}',
    severityChanged: 'Severity: {{from}} → {{to}}',
    commanderChanged: 'Command handed from {{from}} to {{to}}',
    checkedIn: '{{name}} checked in as {{roles}} ({{location}})',
    checkedInLate: '{{name}} checked in as {{roles}} ({{location}}), recorded later: {{reason}}',
    checkedOut: '{{name}} checked out: {{reason}}',
    roleAssumed: '{{name}} took the role {{role}}',
    roleRenounced: '{{name}} gave up the role {{role}}',
    restStarted: '{{name}} went to rest',
    restEnded: '{{name}} is back from rest',
    assignmentChanged: '{{name}} now works on: {{assignment}}',
  },
  nudges: {
    title: 'Nudges',
    none: 'Nothing needs you right now.',
    'send-to-rest': 'Send {{name}} to rest: {{duration}} on duty without a break',
    'plan-hand-over': '{{name}} reaches 16 h at {{time}}: plan a hand-over',
    'hand-over-now': '{{name}} has been on duty {{duration}}: hand over now',
    'commander-fatigue': 'You are {{level}} ({{reason}}): hand over command',
    notificationTitle: 'War Room: {{name}} is {{level}}',
  },
  roster: rosterEn,
  settings: settingsEn,
  terms: rosterTermsEn,
  tasks: tasksEn,
  runbooks: runbooksEn,
  broadcasts: broadcastsEn,
  slack: slackEn,
  slackImport: slackImportEn,
  palette: paletteEn,
  resolve: resolveEn,
  backdate: backdateEn,
  postmortem: postmortemEn,
  desk: deskEn,
  cockpit: cockpitEn,
  analytics: analyticsEn,
  timeline: timelineEn,
  drills: drillsEn,
  drillSandbox: drillSandboxEn,
  drillRetro: drillRetroEn,
  snapshots: snapshotsEn,
  backup: backupEn,
  backupUi: backupUiEn,
  time: timeEn,
  capped: cappedEn,
  errors: {
    bridge: bridgeErrorsEn,
    'broadcast-no-channel': 'Choose at least one stakeholder channel before sending.',
    'broadcast-too-long':
      'The update is too long for Slack ({{length}} characters where {{limit}} are allowed).',
    'unknown-delivery': 'That update is not in this desktop’s outbox.',
    'delivery-in-flight': 'That update may already be in Slack; War Room is checking. Wait a moment.',
    'cadence-out-of-range': 'An update interval must be between {{min}} and {{max}} minutes.',
    'bad-channel-id': '“{{value}}” is not a Slack channel ID (it looks like C0123ABCD).',
    'no-war-room-channel': 'This incident has no Slack channel yet.',
    required: 'The {{field}} cannot be empty.',
    'too-long': 'The {{field}} is longer than {{max}} characters.',
    'unknown-severity': 'Unknown severity “{{value}}”.',
    'unknown-status': 'Unknown status “{{value}}”.',
    'resolve-open-tasks':
      'Tasks are still open ({{count}}): say whether they become follow-ups or are dropped.',
    'not-resolved': 'The incident is not resolved.',
    'unknown-incident': 'That incident does not exist any more.',
    'unknown-entry': 'That log entry does not exist.',
    'unknown-entry-kind': 'Unknown entry type “{{value}}”.',
    'unknown-person': 'That person is not in the directory.',
    'person-exists': '{{name}} is already in the directory.',
    'bad-slack-id': '“{{value}}” is not a Slack user ID (it looks like U0123ABCD).',
    'bad-email': '“{{value}}” is not an e-mail address.',
    'bad-time-zone': '“{{value}}” is not a time zone (for example Europe/Paris).',
    ...backdateErrorsEn,
    ...postmortemErrorsEn,
    ...drillRetroErrorsEn,
    ...backupErrorsEn,
    'already-checked-in': '{{name}} is already checked in.',
    'not-checked-in': 'That responder is not checked in any more.',
    'not-checked-in-name': '{{name}} is not checked in: check them in first.',
    'use-hand-over': 'Command changes hands only through “Hand over command”.',
    'hand-over-first': '{{name}} is the incident commander: hand over command before checking out.',
    'check-out-before-check-in': 'The check-out time is before the check-in time.',
    'already-resting': '{{name}} is already resting.',
    'not-resting': '{{name}} is not resting.',
    'commander-cannot-rest': 'The incident commander cannot rest while in command: hand over first.',
    'already-commander': 'That person is already the incident commander.',
    'hand-over-to-resting': '{{name}} is resting: command goes to someone at work.',
    'bad-threshold': 'That value is out of range: {{field}}.',
    'bad-star-reaction': '“{{value}}” is not a Slack reaction name (such as :pushpin:).',
    'disk-full':
      'The disk is full: nothing was saved. Free some space and try again; your text is still here.',
    'storage-failed': 'War Room could not save to its local store. Nothing was changed; try again.',
    'unknown-task': 'That task does not exist any more.',
    'unknown-task-category': 'Unknown task category “{{value}}”.',
    'unknown-task-status': 'Unknown task status “{{value}}”.',
    'bad-time-box': 'The check-back time is a whole number of minutes, from 1 to {{max}}.',
    'follow-up-due-in-past': 'A follow-up is due after the incident: pick a date that is still ahead.',
    'follow-up-has-due-date': 'A follow-up has a due date, not a check-back countdown.',
    'task-needs-owner': '“{{title}}” has no owner: assign it first.',
    'blocked-needs-reason': 'Say what blocks the task: the reason cannot be empty.',
    'dropped-needs-reason': 'Say why the task is dropped: the reason cannot be empty.',
    'owner-checked-out': '{{name}} has checked out: assign the task to someone on the incident.',
    'task-closed': '“{{title}}” is closed: move it back to to do first.',
    'unknown-runbook': 'That runbook does not exist any more.',
    'runbook-exists': 'A runbook named “{{name}}” already exists.',
    'runbook-invalid': 'This is not a valid War Room runbook ({{problem}}). Nothing was imported or saved.',
    'runbook-not-json': 'This file is not JSON ({{problem}}). Nothing was imported.',
    'runbook-already-applied': 'Runbook “{{name}}” is already on this incident’s board.',
    unexpected: 'Something went wrong: {{message}}',
  },
  fields: {
    title: 'title',
    commander: 'incident commander',
    summary: 'summary',
    entry: 'entry',
    author: 'author',
    name: 'name',
    team: 'team',
    contact: 'contact',
    location: 'location',
    assignment: 'assignment',
    note: 'note',
    description: 'description',
    reason: 'reason',
  },
};

export type Strings = typeof en;
