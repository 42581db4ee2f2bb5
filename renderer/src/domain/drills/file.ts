/**
 * Scenario files, to share drills between teams and ship them with War Room. Read like a backup: every
 * step is bounded before the next may recurse or allocate (size, nesting, JSON, prototype keys, format
 * and version, the strict shape, then what it means), and a bad file is refused whole with one problem
 * that says what and where. Nothing here writes anywhere.
 */
import { backupFormat } from '../backup/format';
import { firstTooDeep, lineColumn, syntaxErrorAt } from '../backup/json-scan';
import { forbiddenKeyPath } from '../backup/parse';
import { problemOfZod } from '../backup/zod-problem';
import { runbookFormat } from '../runbooks/file';
import { offsetText, scenarioOf } from './meaning';
import { scenarioProblemCodes, type ScenarioProblem, type ScenarioProblemCode } from './problems';
import { scenarioFileSchema, type ScenarioFileShape } from './schema';
import {
  scenarioFormat,
  scenarioFormatVersion,
  scenarioLimits,
  type ExpectedResponse,
  type InjectMessage,
  type Scenario,
} from './types';

export type ScenarioParse = { ok: true; scenario: Scenario } | { ok: false; problem: ScenarioProblem };

const refuse = (code: ScenarioProblemCode, where: string, detail?: string): ScenarioParse => ({
  ok: false,
  problem: detail === undefined ? { code, where } : { code, where, detail },
});

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The shape problems a backup and a scenario share keep their code; anything else reads as a bad value. */
function asScenarioCode(code: string): ScenarioProblemCode {
  return scenarioProblemCodes.find((c) => c === code) ?? 'invalid-value';
}

/** Reads a scenario file's text; refuses anything that is not a scenario War Room can play. */
export function parseScenarioFile(raw: string): ScenarioParse {
  if (raw.length > scenarioLimits.maxChars) return refuse('too-large', '', String(raw.length));
  // A byte-order mark is what some editors write first: the JSON after it is the file.
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  if (text.trim() === '') return refuse('empty', '');
  const deep = firstTooDeep(text, scenarioLimits.maxDepth);
  if (deep >= 0) return refuse('too-deep', lineColumn(text, deep), String(scenarioLimits.maxDepth));
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const at = syntaxErrorAt(text);
    const detail = at?.what ?? (error instanceof Error ? error.message : String(error));
    return refuse('not-json', lineColumn(text, at?.offset ?? 0), detail);
  }
  const forbidden = forbiddenKeyPath(json);
  if (forbidden !== null) return refuse('forbidden-key', forbidden);

  if (!isRecord(json)) return refuse('not-a-scenario', '');
  // A runbook or a backup chosen here by mistake is named as one, so the game master knows where it goes.
  if (json.format === runbookFormat) return refuse('runbook-file', 'format');
  if (json.format === backupFormat) return refuse('backup-file', 'format');
  if (json.format !== scenarioFormat) {
    const detail = typeof json.format === 'string' ? json.format.slice(0, 100) : '';
    return refuse('not-a-scenario', 'format', detail);
  }
  const version = json.formatVersion;
  if (version === undefined) return refuse('missing-field', 'formatVersion');
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return refuse('wrong-type', 'formatVersion', 'integer');
  }
  if (version > scenarioFormatVersion) return refuse('newer-version', 'formatVersion', String(version));
  if (version !== scenarioFormatVersion) return refuse('unknown-version', 'formatVersion', String(version));

  const shape = scenarioFileSchema.safeParse(json);
  if (!shape.success) {
    const problem = problemOfZod(shape.error, json);
    return { ok: false, problem: { ...problem, code: asScenarioCode(problem.code) } };
  }
  const checked = scenarioOf(shape.data);
  return checked.ok ? { ok: true, scenario: checked.value } : { ok: false, problem: checked.problem };
}

function messageJson(m: InjectMessage) {
  return { target: m.target, kind: m.kind, ...(m.from === '' ? {} : { from: m.from }), text: m.text };
}

function expectJson(e: ExpectedResponse) {
  switch (e.kind) {
    case 'task-assigned':
      return e.words.length === 0 ? { kind: e.kind } : { kind: e.kind, words: e.words };
    case 'severity-changed':
      return e.to === null ? { kind: e.kind } : { kind: e.kind, to: e.to };
    case 'responder-rested':
    case 'command-handed-over':
    case 'checked-in':
      return e.person === null ? { kind: e.kind } : { kind: e.kind, person: e.person };
    default:
      return e;
  }
}

/** The scenario as its file's object, keys always in the same order, defaults left out. */
function scenarioFileObject(scenario: Scenario) {
  const { title, briefing, source, severity, timeLimitMinutes, roles, people } = scenario;
  return {
    format: scenarioFormat,
    formatVersion: scenarioFormatVersion,
    title,
    briefing,
    source: { organisation: source.organisation, title: source.title, url: source.url, date: source.date },
    severity,
    timeLimitMinutes,
    roles,
    people: people.map((p) => ({ name: p.name, role: p.role })),
    injects: scenario.injects.map((inject) => ({
      id: inject.id,
      at: offsetText(inject.atSeconds),
      ...messageJson(inject),
      expect: expectJson(inject.expect),
      ...(inject.contingency === null
        ? {}
        : {
            contingency: { at: offsetText(inject.contingency.atSeconds), ...messageJson(inject.contingency) },
          }),
    })),
  };
}

/** The copy of a scenario a drill's log keeps: the file's shape as read, every default filled in. */
export function scenarioLogCopy(scenario: Scenario): ScenarioFileShape {
  return scenarioFileSchema.parse(scenarioFileObject(scenario));
}

/** The file a scenario exports to; `parseScenarioFile` reads it back unchanged. */
export function scenarioFile(scenario: Scenario): string {
  return `${JSON.stringify(scenarioFileObject(scenario), null, 2)}\n`;
}

/** A file name for the export: letters, digits and dashes only, as the save method accepts. */
export function scenarioFileName(title: string): string {
  const slug = title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `scenario-${slug === '' ? 'untitled' : slug}.json`;
}
