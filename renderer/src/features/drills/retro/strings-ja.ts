/** The drill retrospective's Japanese; only app/locales/ja.ts imports it, so English desks never load it. */
import type { drillRetroEn, drillRetroErrorsEn } from './strings';

export const drillRetroJa: typeof drillRetroEn = {
  open: '振り返り',
  keywords: 'retrospective 振り返り 訓練 事後レビュー 教訓 うまくいった 運 改善',
  title: '訓練「{{title}}」の振り返り',
  close: '閉じる',
  intro: '訓練を終えてチームが話すこと。回答とメモはすべて訓練のログに残り、ポストモーテムに入ります。',
  ended: '{{time}} にゲームマスターが終了',
  timeUp: '{{time}} に時間切れ',
  wentWell: 'うまくいったこと',
  wentWellHelp: '続けるべきことは何か。',
  lucky: '運に助けられたこと',
  luckyHelp: 'どこで偶然に助けられたか。',
  improve: '改善すること',
  improveHelp: '本番でも訓練でも、次までに何を変えるか。',
  injects: 'インジェクトごとの期待された対応と実際',
  inject: '{{at}} 時点 · {{role}}',
  contingency: '対応がなかったため、追加のインジェクトが出ました。',
  expected: '期待された対応',
  happened: '実際',
  verdict: '判定',
  note: 'メモ',
  noteFor: '{{at}} のインジェクトへのメモ',
  save: '振り返りを保存',
  saved: '振り返りを保存しました。ポストモーテムの下書きに入ります。',
  lastSaved: '最終保存: {{time}}({{actor}})',
  notSaved: 'まだ保存されていません',
  unreadable: 'この訓練のシナリオはこのバージョンの War Room では読めないため、振り返りを開けません。',
  practice: {
    title: '訓練で指揮をとった人',
    help: 'インシデントコマンダーとして参加した訓練の数。訓練はほかの数値から除かれますが、ここでは数えます。上にいる人ほど指揮の経験が少ないので、次の訓練で IC をお願いしましょう。',
    person: '名前',
    drillsAsIc: 'IC を務めた訓練',
    lastAsIc: '最後に IC を務めた日時',
    never: 'なし',
    none: 'まだ誰も訓練に参加していません。',
  },
};

export const drillRetroErrorsJa: typeof drillRetroErrorsEn = {
  'drill-not-ended': '訓練はまだ進行中です。先にゲームマスター画面で終了してください。',
  'not-a-drill': 'このインシデントはシナリオから始めた訓練ではありません。',
};
