/**
 * Scenario files: the hostile and broken ones in tests/fixtures/scenarios/ are each refused with their
 * code and place, a good one reads into the scenario a game master plays, and an export reads back the same.
 */
import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../../../../renderer/src/domain/backup/parse';
import {
  parseScenarioFile,
  scenarioFile,
  scenarioFileName,
} from '../../../../../renderer/src/domain/drills/file';
import { parseOffset } from '../../../../../renderer/src/domain/drills/meaning';
import type { ScenarioProblem } from '../../../../../renderer/src/domain/drills/problems';
import { parseRunbookFile } from '../../../../../renderer/src/domain/runbooks/file';
import { drillsEn } from '../../../../../renderer/src/features/drills/strings';
import { drillsJa } from '../../../../../renderer/src/features/drills/strings-ja';

const files = import.meta.glob<string>('../../../../fixtures/scenarios/*.json', {
  query: '?raw',
  import: 'default',
  eager: true,
});
function fixture(name: string): string {
  const text = files[`../../../../fixtures/scenarios/${name}`];
  if (text === undefined) throw new Error(`no fixture ${name}`);
  return text;
}
type Case = { file: string; code: string; where: string; what: string };
const cases = JSON.parse(fixture('cases.json')) as { good: string[]; refused: Case[] };

function problemOf(text: string): ScenarioProblem {
  const parsed = parseScenarioFile(text);
  if (parsed.ok) throw new Error('expected a refusal');
  return parsed.problem;
}

describe('hostile and broken scenario files', () => {
  it.each(cases.refused)('refuses $file ($what) as $code at $where', ({ file, code, where }) => {
    expect(problemOf(fixture(file))).toMatchObject({ code, where });
  });

  it('has every refusal worded in English and Japanese', () => {
    for (const { code } of cases.refused) {
      expect(drillsEn.problem).toHaveProperty(code);
      expect(drillsJa.problem).toHaveProperty(code);
    }
  });

  it('refuses a file past a megabyte before reading it', () => {
    expect(problemOf(' '.repeat(1_000_001))).toMatchObject({ code: 'too-large', detail: '1000001' });
  });

  it('refuses deep nesting before JSON.parse recurses, however deep', () => {
    const deep = `{"title":${'['.repeat(200_000)}${']'.repeat(200_000)}}`;
    expect(problemOf(deep)).toMatchObject({ code: 'too-deep', where: '1:25' });
  });

  it('leaves no prototype polluted by a __proto__ key', () => {
    problemOf(fixture('proto-key.json'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('says what the JSON is missing when the file is cut short', () => {
    expect(problemOf(fixture('truncated.json'))).toMatchObject({ detail: 'the text ends too early' });
  });

  it('names the newer format it cannot read', () => {
    expect(problemOf(fixture('future-version.json'))).toMatchObject({ detail: '2' });
  });

  it('is refused by the runbook and the backup imports too, which import nothing from it', async () => {
    const good = fixture('good.json');
    // The runbook import names the first field it misses, not the kind of file: refused all the same.
    expect(() => parseRunbookFile(good)).toThrow(expect.objectContaining({ code: 'runbook-invalid' }));
    const backup = await parseBackup(good, { now: Date.parse('2026-12-01T09:00:00Z') });
    expect(backup).toEqual({
      ok: false,
      problem: { code: 'not-a-backup', where: 'format', detail: 'war-room.scenario' },
    });
  });
});

describe('a good scenario file', () => {
  it('reads into the script: offsets in seconds, defaults filled, roles and people as written', () => {
    const parsed = parseScenarioFile(fixture('good.json'));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
    const { scenario } = parsed;
    expect(scenario.timeLimitMinutes).toBe(25);
    expect(scenario.roles).toEqual(['incident-commander', 'communications-lead', 'ops-lead']);
    expect(scenario.people).toEqual([{ name: 'Dana', role: 'subject-matter-expert' }]);
    expect(scenario.injects.map((i) => [i.id, i.atSeconds, i.contingency?.atSeconds ?? null])).toEqual([
      ['errors', 0, 300],
      ['support', 180, null],
    ]);
    expect(scenario.injects[0]?.expect).toEqual({ kind: 'task-assigned', words: ['cache'] });
    expect(scenario.injects[0]?.contingency).toMatchObject({ from: '', target: 'ops-lead' });
  });

  it('accepts a byte-order mark, and takes 25 minutes when the file gives no time limit', () => {
    const file = JSON.parse(fixture('good.json')) as Record<string, unknown>;
    delete file.timeLimitMinutes;
    const parsed = parseScenarioFile(`\uFEFF${JSON.stringify(file)}`);
    expect(parsed.ok && parsed.scenario.timeLimitMinutes).toBe(25);
  });

  it('exports with its keys in a fixed order, and reads back the same scenario', () => {
    const parsed = parseScenarioFile(fixture('good.json'));
    if (!parsed.ok) throw new Error('good.json refused');
    const text = scenarioFile(parsed.scenario);
    expect(Object.keys(JSON.parse(text) as object)).toEqual([
      'format',
      'formatVersion',
      'title',
      'briefing',
      'source',
      'severity',
      'timeLimitMinutes',
      'roles',
      'people',
      'injects',
    ]);
    expect(text).toBe(`${fixture('good.json')}`);
    const again = parseScenarioFile(text);
    expect(again.ok && again.scenario).toEqual(parsed.scenario);
  });

  it('names its export file with letters, digits and dashes', () => {
    expect(scenarioFileName('GitHub: 21 October 2018')).toBe('scenario-github-21-october-2018.json');
    expect(scenarioFileName('東京')).toBe('scenario-untitled.json');
  });
});

describe('offsets', () => {
  it('reads minutes and seconds from the start, and nothing else', () => {
    expect(parseOffset('0:00')).toBe(0);
    expect(parseOffset('04:30')).toBe(270);
    expect(parseOffset('120:05')).toBe(7205);
    for (const bad of ['4', '4:60', '-1:00', '4:5', '1:00:00', ' 4:30']) expect(parseOffset(bad)).toBeNull();
  });
});
