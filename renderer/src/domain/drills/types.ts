/**
 * A drill scenario: the master scenario events list of an exercise, built from a real public postmortem.
 * Each inject reaches one player's role at its offset from the start; its expected response is detected
 * from the drill incident's log where it can be, and ticked by the game master otherwise.
 */
import type { IncidentStatus, Severity } from '../incident/types';
import type { ResponderRole } from '../roster/types';

export const scenarioFormat = 'war-room.scenario';
export const scenarioFormatVersion = 1;

/** What an inject is, as the players meet it. */
export const injectKinds = ['fact', 'stakeholder-question', 'responder-quiet', 'new-symptom'] as const;
export type InjectKind = (typeof injectKinds)[number];

/** The responses War Room can see in the log, and `game-master` for what only a person can judge. */
export const responseKinds = [
  'task-assigned',
  'update-sent',
  'status-changed',
  'severity-changed',
  'responder-rested',
  'command-handed-over',
  'checked-in',
  'game-master',
] as const;
export type ResponseKind = (typeof responseKinds)[number];

export type ExpectedResponse =
  /** A task assigned whose title holds at least one of `words` (any task when there are none). */
  | { kind: 'task-assigned'; words: string[] }
  | { kind: 'update-sent' }
  | { kind: 'status-changed'; to: IncidentStatus }
  /** Any change of severity, or to `to` when it is given. */
  | { kind: 'severity-changed'; to: Severity | null }
  /** `person` is a name from the scenario's people, or null for anyone. */
  | { kind: 'responder-rested'; person: string | null }
  | { kind: 'command-handed-over'; person: string | null }
  | { kind: 'checked-in'; person: string | null }
  | { kind: 'game-master'; what: string };

/** What the players see: who it reaches, what kind, who says it, and the words. */
export type InjectMessage = {
  target: ResponderRole;
  kind: InjectKind;
  /** Who speaks, in the scenario's words ("Customer support", "Monitoring"); empty for the plain fact. */
  from: string;
  text: string;
};

/** Shown when the expected response has not happened `atSeconds` after the start. */
export type Contingency = InjectMessage & { atSeconds: number };

export type Inject = InjectMessage & {
  /** Unique within the scenario: the game master's skip and inject-early name it. */
  id: string;
  atSeconds: number;
  expect: ExpectedResponse;
  contingency: Contingency | null;
};

export type ScenarioSource = {
  organisation: string;
  title: string;
  url: string;
  /** The day of the incident the postmortem describes, YYYY-MM-DD. */
  date: string;
};

/** A responder the players must check in when they turn up, played by the game master. */
export type ScenarioPerson = { name: string; role: ResponderRole };

export type Scenario = {
  title: string;
  /** What the players are told at the start, before the first inject. */
  briefing: string;
  source: ScenarioSource;
  severity: Severity;
  timeLimitMinutes: number;
  roles: ResponderRole[];
  people: ScenarioPerson[];
  injects: Inject[];
};

export const scenarioLimits = {
  /** A scenario is a page of script; a megabyte is far beyond any and keeps a hostile file cheap to refuse. */
  maxChars: 1_000_000,
  /** The deepest real scenario nests five levels; twice that and more is refused before JSON.parse. */
  maxDepth: 16,
  maxInjects: 100,
  maxPeople: 30,
  maxWords: 20,
  wordMaxLength: 60,
  titleMaxLength: 200,
  textMaxLength: 2_000,
  fromMaxLength: 120,
  idMaxLength: 60,
  urlMaxLength: 500,
  defaultTimeLimitMinutes: 25,
  minTimeLimitMinutes: 5,
  maxTimeLimitMinutes: 240,
} as const;
