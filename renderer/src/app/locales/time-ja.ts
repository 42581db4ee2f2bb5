/** The Japanese of ./time.ts, key for key; only locales/ja.ts imports it, so an English desk never loads it. */
import type { timeEn } from './time';

export const timeJa: typeof timeEn = {
  minutes: '{{minutes}}分',
  hoursMinutes: '{{hours}}時間{{minutes}}分',
  countdownSeconds: '{{seconds}}秒',
  countdownMinutes: '{{minutes}}分{{seconds}}秒',
  countdownHours: '{{hours}}時間{{minutes}}分{{seconds}}秒',
};
