/** The Japanese of ./errorStrings.ts, key for key; only locales/ja.ts imports it, so an English desk never loads it. */
import type { postmortemErrorsEn } from './errorStrings';

export const postmortemErrorsJa: typeof postmortemErrorsEn = {
  'postmortem-drafted':
    'ポストモーテムの下書きはすでにあります。最新にするにはセクションを作り直してください。',
  'postmortem-not-drafted': '先にポストモーテムの下書きを作ってください。',
  'untaggable-entry': 'ポストモーテム用のタグは、種類付きの記録にだけ付けられます。',
  'unknown-section': 'ポストモーテムに「{{value}}」というセクションはありません。',
};
