/** The Japanese of ./capped.ts, key for key; only locales/ja.ts imports it, so an English desk never loads it. */
import type { cappedEn } from './capped';

export const cappedJa: typeof cappedEn = {
  over: '{{max}} 文字までです: {{over}} 文字多すぎます。短くしてください。入力した文字は切り捨てていません。',
  pasteTooLarge:
    '貼り付けは {{max}} までです (今回は {{size}}): 何も貼り付けていません。減らして貼り付けるか、小さいファイルを選んでください。',
};
