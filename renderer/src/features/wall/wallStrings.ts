/**
 * Adds the wall's strings to i18next when the wall's code loads, in both languages, so a switch to
 * Japanese while the wall is up needs nothing fetched. A shallow add under the one key `wall`, which no
 * other bundle uses, so the locales loaded later never overwrite it.
 */
import i18next from 'i18next';
import { wallEn } from './strings';
import { wallJa } from './strings-ja';

export function addWallStrings(): void {
  i18next.addResourceBundle('en', 'translation', { wall: wallEn });
  i18next.addResourceBundle('ja', 'translation', { wall: wallJa });
}
