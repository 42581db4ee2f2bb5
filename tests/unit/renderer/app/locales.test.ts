import { describe, expect, it } from 'vitest';
import { en } from '../../../../renderer/src/app/locales/en';
import { ja } from '../../../../renderer/src/app/locales/ja';
import { roomEn } from '../../../../renderer/src/features/room/strings';
import { roomJa } from '../../../../renderer/src/features/room/strings-ja';
import { wallEn } from '../../../../renderer/src/features/wall/strings';
import { wallJa } from '../../../../renderer/src/features/wall/strings-ja';

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

  // The room's and the wall's strings come with their own code, not in the locale files.
  it.each([
    ['room', roomEn, roomJa],
    ['wall', wallEn, wallJa],
  ])(
    'Japanese has every English key of the %s strings, which no locale file holds',
    (name, english, japanese) => {
      expect(keys(japanese).sort()).toEqual(keys(english).sort());
      expect(
        keys(japanese).filter(
          (k) => k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], japanese) === '',
        ),
      ).toEqual([]);
      expect(Object.hasOwn(en, name)).toBe(false);
      expect(Object.hasOwn(ja, name)).toBe(false);
    },
  );
});
