import { describe, expect, it } from 'vitest';
import {
  checkRunbook,
  parseRunbookFile,
  runbookFile,
  runbookFileName,
} from '../../../../../renderer/src/domain/runbooks/file';

import badDeploy from '../../../../../assets/runbooks/bad-deploy-rollback.json?raw';
import databaseFailure from '../../../../../assets/runbooks/database-primary-failure.json?raw';

const examples: Record<string, string> = {
  'database-primary-failure': databaseFailure,
  'bad-deploy-rollback': badDeploy,
};
const example = (name: string) => examples[name] ?? '';

const valid = {
  format: 'war-room.runbook',
  version: 1,
  name: 'Cache stampede',
  description: 'Hit rate collapsed',
  steps: [{ title: 'Shed load at the edge', category: 'stop-the-bleeding' }],
};

describe('runbook files', () => {
  it('reads the two shipped examples, and writes each back byte for byte', () => {
    for (const name of ['database-primary-failure', 'bad-deploy-rollback']) {
      const text = example(name);
      const runbook = parseRunbookFile(text);
      expect(runbook.steps.length).toBe(7);
      expect(runbook.steps.map((s) => s.category)).toContain('follow-up');
      expect(runbookFile(runbook)).toBe(text);
    }
    expect(parseRunbookFile(example('database-primary-failure')).name).toBe('Database primary failure');
    expect(parseRunbookFile(example('bad-deploy-rollback')).name).toBe('Bad deploy rollback');
  });

  it('fills a missing step description with nothing and trims text', () => {
    const runbook = parseRunbookFile(JSON.stringify({ ...valid, name: '  Cache stampede ' }));
    expect(runbook).toEqual({
      name: 'Cache stampede',
      description: 'Hit rate collapsed',
      steps: [{ title: 'Shed load at the edge', description: '', category: 'stop-the-bleeding' }],
    });
  });

  it('refuses what is not JSON, saying so', () => {
    expect(() => parseRunbookFile('{ "name": ')).toThrow(
      expect.objectContaining({ code: 'runbook-not-json' }),
    );
  });

  it('refuses a file of another kind or version', () => {
    expect(() => parseRunbookFile(JSON.stringify({ ...valid, format: 'pagerduty' }))).toThrow(
      expect.objectContaining({
        code: 'runbook-invalid',
        values: { problem: expect.stringMatching(/^format: /) },
      }),
    );
    expect(() => parseRunbookFile(JSON.stringify({ ...valid, version: 2 }))).toThrow(
      expect.objectContaining({ values: { problem: expect.stringMatching(/^version: /) } }),
    );
  });

  it('names where the problem is: a step’s unknown category, an empty title, no steps, extra fields', () => {
    const problem = (file: unknown) => {
      try {
        parseRunbookFile(JSON.stringify(file));
      } catch (error) {
        return (error as { values: { problem: string } }).values.problem;
      }
      return 'accepted';
    };
    const steps = [
      { title: 'Fine', category: 'restore-service' },
      { title: 'Bad', category: 'panic' },
    ];
    expect(problem({ ...valid, steps })).toMatch(/^steps\[1\]\.category: /);
    expect(problem({ ...valid, steps: [{ title: '  ', category: 'follow-up' }] })).toMatch(
      /^steps\[0\]\.title: /,
    );
    expect(problem({ ...valid, steps: [] })).toMatch(/^steps: /);
    expect(problem({ ...valid, owner: 'Bob' })).toMatch(/owner/);
    expect(problem([valid])).not.toBe('accepted');
  });

  it('checks a runbook written in the app with the same rules', () => {
    expect(() => checkRunbook({ name: '', description: '', steps: valid.steps })).toThrow(
      expect.objectContaining({
        code: 'runbook-invalid',
        values: { problem: expect.stringMatching(/^name: /) },
      }),
    );
  });

  it('exports to a safe file name', () => {
    expect(runbookFileName('Database primary failure')).toBe('runbook-database-primary-failure.json');
    expect(runbookFileName('DB / Cache: "eu-west"!')).toBe('runbook-db-cache-eu-west.json');
    expect(runbookFileName('障害')).toBe('runbook-untitled.json');
  });
});
