/**
 * What a well-shaped scenario file must also mean to be played: roles War Room knows and someone plays,
 * offsets inside the time limit, a contingency after its inject, ids the game master can name once, and
 * people an expected response names who are in the scenario.
 */
import { responderRoles, type ResponderRole } from '../roster/types';
import type { ScenarioProblem } from './problems';
import type { ScenarioFileShape } from './schema';
import type { Contingency, ExpectedResponse, Inject, InjectMessage, Scenario } from './types';

type RawMessage = Omit<InjectMessage, 'target'> & { target: string };
type Checked<T> = { ok: true; value: T } | { ok: false; problem: ScenarioProblem };
class Refusal {
  constructor(readonly problem: ScenarioProblem) {}
}
const refuse = (problem: ScenarioProblem): never => {
  throw new Refusal(problem);
};

/** Seconds from "m:ss" (minutes 0–999, seconds 00–59), or null when it is not one. */
export function parseOffset(text: string): number | null {
  const match = /^(\d{1,3}):([0-5]\d)$/.exec(text);
  if (match === null) return null;
  return Number(match[1]) * 60 + Number(match[2]);
}

/** "m:ss", as a scenario file writes an offset. */
export function offsetText(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

function knownRole(value: string, where: string): ResponderRole {
  const role = responderRoles.find((r) => r === value);
  return role ?? refuse({ code: 'unknown-role', where, detail: value.slice(0, 60) });
}

function checkScenario(file: ScenarioFileShape): Scenario {
  const limitSeconds = file.timeLimitMinutes * 60;
  const roles = file.roles.map((r, i) => knownRole(r, `roles[${i}]`));
  const people = file.people.map((p, i) => ({ name: p.name, role: knownRole(p.role, `people[${i}].role`) }));
  const names = new Set(people.map((p) => p.name.toLowerCase()));

  const offsetAt = (value: string, where: string, after: number | null): number => {
    const seconds = parseOffset(value) ?? refuse({ code: 'bad-offset', where, detail: value });
    if (seconds >= limitSeconds) {
      refuse({ code: 'beyond-time-limit', where, detail: String(file.timeLimitMinutes) });
    }
    if (after !== null && seconds <= after) {
      refuse({ code: 'contingency-too-early', where, detail: offsetText(after) });
    }
    return seconds;
  };
  const message = (m: RawMessage, where: string): InjectMessage => {
    const target = knownRole(m.target, `${where}.target`);
    if (!roles.includes(target))
      refuse({ code: 'role-not-played', where: `${where}.target`, detail: target });
    return { target, kind: m.kind, from: m.from, text: m.text };
  };
  const expected = (e: (typeof file.injects)[number]['expect'], where: string): ExpectedResponse => {
    switch (e.kind) {
      case 'task-assigned':
        return { kind: e.kind, words: e.words };
      case 'update-sent':
        return { kind: e.kind };
      case 'status-changed':
        return { kind: e.kind, to: e.to };
      case 'severity-changed':
        return { kind: e.kind, to: e.to ?? null };
      case 'game-master':
        return { kind: e.kind, what: e.what };
      default: {
        const person = e.person ?? null;
        if (person !== null && !names.has(person.toLowerCase())) {
          refuse({ code: 'unknown-person', where: `${where}.person`, detail: person });
        }
        return { kind: e.kind, person };
      }
    }
  };

  const ids = new Map<string, number>();
  const injects = file.injects.map((raw, i): Inject => {
    const where = `injects[${i}]`;
    const seen = ids.get(raw.id);
    if (seen !== undefined)
      refuse({ code: 'duplicate-inject', where: `${where}.id`, detail: `injects[${seen}]` });
    ids.set(raw.id, i);
    const atSeconds = offsetAt(raw.at, `${where}.at`, null);
    let contingency: Contingency | null = null;
    if (raw.contingency !== undefined) {
      const c = raw.contingency;
      const at = offsetAt(c.at, `${where}.contingency.at`, atSeconds);
      contingency = { ...message(c, `${where}.contingency`), atSeconds: at };
    }
    return {
      id: raw.id,
      atSeconds,
      ...message(raw, where),
      expect: expected(raw.expect, `${where}.expect`),
      contingency,
    };
  });

  const { title, briefing, source, severity, timeLimitMinutes } = file;
  return { title, briefing, source, severity, timeLimitMinutes, roles, people, injects };
}

/** The scenario a well-shaped file describes, or the first thing in it that could not be played. */
export function scenarioOf(file: ScenarioFileShape): Checked<Scenario> {
  try {
    return { ok: true, value: checkScenario(file) };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, problem: error.problem };
    throw error;
  }
}
