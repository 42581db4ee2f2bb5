/** The Japanese of ./strings.ts, key for key; only locales/ja.ts imports it, so an English desk never loads it. */
import type { deskEn } from './strings';

export const deskJa: typeof deskEn = {
  atDesk: 'この席: {{name}}',
  nobody: 'この席は未設定',
  title: 'この席にいるのは誰ですか?',
  why: 'この席からのログ、ステータス変更、自動記録はすべてこの人の名前で残ります。',
  firstStart:
    '名簿から自分を選ぶか、名前を入力してください。インシデントを宣言しても決まります(そのコマンダーがこの席になります)。',
  name: 'あなたの名前',
  save: '自分です',
  cancel: 'キャンセル',
  change: 'この席の担当者を変更',
  changeKeywords: 'operator author me desk 担当 席',
  handOverToo: '{{name}} がこの席も引き継ぐ',
  handOverTooAnyone: '新しいコマンダーがこの席も引き継ぐ',
};
