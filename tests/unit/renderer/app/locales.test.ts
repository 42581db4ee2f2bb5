import { describe, expect, it } from 'vitest';
import { en } from '../../../../renderer/src/app/locales/en';
import { ja } from '../../../../renderer/src/app/locales/ja';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix === '' ? k : `${prefix}.${k}`));
}

describe('translations', () => {
  it('Japanese has every English key and no empty string', () => {
    expect(keys(ja).sort()).toEqual(keys(en).sort());
    const empty = keys(ja).filter(
      (k) => k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], ja) === '',
    );
    expect(empty).toEqual([]);
  });
});
