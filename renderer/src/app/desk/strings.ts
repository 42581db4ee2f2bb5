/** Who is at this desk, in English and Japanese; app/locales/ mounts them under `desk`. */
export const deskEn = {
  atDesk: 'At this desk: {{name}}',
  nobody: 'Nobody at this desk',
  title: 'Who is at this desk?',
  why: 'Every log entry, status change and automatic entry from this desk is credited to this person.',
  firstStart:
    'Pick yourself from the directory or type your name. Declaring an incident answers it too: its commander takes the desk.',
  name: 'Your name',
  save: 'That is me',
  cancel: 'Cancel',
  change: 'Change who is at this desk',
  changeKeywords: 'operator author me desk',
  handOverToo: '{{name}} takes this desk too',
  handOverTooAnyone: 'The new commander takes this desk too',
};

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
