/** The Japanese of ./backdateStrings.ts, key for key; only locales/ja.ts imports it, so an English desk never loads it. */
import type { backdateEn, backdateErrorsEn } from './backdateStrings';

export const backdateJa: typeof backdateEn = {
  happenedEarlier: '以前の出来事として記録…',
  happenedEarlierHelp: 'この記録を実際に起きた時刻にする',
  happenedAt: '起きた時刻',
  happenedAtHelp: '未来や宣言より前の時刻にはできません',
  reason: '後から記録する理由',
  now: '今の出来事にする',
  recorded: '{{time}} に記録',
  recordedWhy: '{{time}} に記録: {{reason}}',
  changeEarlier: '以前のステータス・重大度の変更を記録…',
  changeTitle: '以前に起きた変更',
  changeBody:
    'ステータスや重大度の変更を、実際に起きた時刻で記録します。同じ種類の直前の変更より前の時刻にはできません。',
  save: '変更を記録',
};

export const backdateErrorsJa: typeof backdateErrorsEn = {
  'time-in-future': '未来の時刻です。War Room は起きたことを記録します。',
  'backdated-needs-reason': '現在以外の時刻には理由が必要です。',
  'before-declaration':
    'インシデント宣言より前の時刻です。ログは宣言から始まります。それ以前の出来事は記録の本文に書いてください。',
  'before-last-status':
    'その時刻より後にステータスが変わっています。ステータスの変更は、その前の変更より前の時刻にはできません。',
  'before-last-severity':
    'その時刻より後に重大度が変わっています。重大度の変更は、その前の変更より前の時刻にはできません。',
  'resolve-backdated': '解決は操作した時刻で記録されます。今解決にして、いつ直ったかはログに書いてください。',
};
