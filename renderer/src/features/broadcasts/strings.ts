/** The broadcasts' words; app/locales/ mounts them under `broadcasts`. */
export { broadcastsEn } from './strings-en';
export { broadcastsJa } from './strings-ja';
