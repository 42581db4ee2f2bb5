/**
 * Adds the room's strings to i18next when the room's code loads (just after the first screen), in both
 * languages, under the one key `room`, which no locale file holds: the first screen does not carry them.
 */
import i18next from 'i18next';
import { roomEn } from './strings';
import { roomJa } from './strings-ja';

export function addRoomStrings(): void {
  i18next.addResourceBundle('en', 'translation', { room: roomEn });
  i18next.addResourceBundle('ja', 'translation', { room: roomJa });
}
