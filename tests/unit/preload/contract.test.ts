import { describe, expect, it } from 'vitest';
import { methodNamePattern, methodNames } from '../../../preload/contract';

describe('the bridge contract', () => {
  it('names every method domain:verb in kebab-case', () => {
    expect(methodNames.length).toBeGreaterThan(0);
    expect(methodNames.filter((name) => !methodNamePattern.test(name))).toEqual([]);
  });
});
