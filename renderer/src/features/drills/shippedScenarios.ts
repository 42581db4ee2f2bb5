/**
 * The scenarios War Room ships (assets/scenarios/), bundled with the start-a-drill dialog's own script,
 * so they work offline and the first paint does not carry them. Each is read through the same parser as
 * an imported file: a shipped file is trusted no more than any other.
 */
import { parseScenarioFile } from '../../domain/drills/file';
import type { Scenario } from '../../domain/drills/types';

const files = import.meta.glob<string>('../../../../assets/scenarios/*.json', {
  query: '?raw',
  import: 'default',
  eager: true,
});

export type ShippedScenario = { key: string; scenario: Scenario };

/** Every shipped scenario that reads, by title. */
export const shippedScenarios: readonly ShippedScenario[] = Object.entries(files)
  .flatMap(([path, text]): ShippedScenario[] => {
    const parsed = parseScenarioFile(text);
    const key = path.split('/').pop() ?? path;
    return parsed.ok ? [{ key, scenario: parsed.scenario }] : [];
  })
  .sort((a, b) => a.scenario.title.localeCompare(b.scenario.title));
