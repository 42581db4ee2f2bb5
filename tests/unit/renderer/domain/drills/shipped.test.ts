/**
 * The scenarios War Room ships (assets/scenarios/), read through the real parser: each cites the public
 * postmortem it is built from, and exercises check-in, rest, hand-over, the task board and the updates.
 */
import { describe, expect, it } from 'vitest';
import { parseScenarioFile, scenarioFile } from '../../../../../renderer/src/domain/drills/file';

const shipped = import.meta.glob<string>('../../../../../assets/scenarios/*.json', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const names = Object.keys(shipped).sort();

describe('shipped scenarios', () => {
  it('are at least four', () => {
    expect(names.length).toBeGreaterThanOrEqual(4);
  });

  it.each(names)('%s reads, cites its source and exercises the whole response', (name) => {
    const text = shipped[name] ?? '';
    const parsed = parseScenarioFile(text);
    if (!parsed.ok) throw new Error(`${name}: ${JSON.stringify(parsed.problem)}`);
    const { scenario } = parsed;
    expect(scenario.source.url).toMatch(/^https:\/\//);
    expect(scenario.source.organisation).not.toBe('');
    expect(scenario.roles).toEqual(['incident-commander', 'communications-lead', 'ops-lead']);
    expect(scenario.timeLimitMinutes).toBe(25);
    const kinds = new Set(scenario.injects.map((i) => i.expect.kind));
    for (const kind of [
      'checked-in',
      'responder-rested',
      'command-handed-over',
      'task-assigned',
      'status-changed',
    ]) {
      expect(kinds).toContain(kind);
    }
    // The broadcast cadence: updates expected more than once, the first followed up when missing.
    const updates = scenario.injects.filter((i) => i.expect.kind === 'update-sent');
    expect(updates.length).toBeGreaterThanOrEqual(3);
    expect(updates[0]?.contingency).not.toBeNull();
    expect(scenario.injects.some((i) => i.contingency !== null)).toBe(true);
    expect(scenarioFile(scenario)).toBe(text);
  });
});
