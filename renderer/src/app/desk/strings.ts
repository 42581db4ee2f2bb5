/** Who is at this desk, in English (strings-ja.ts has the Japanese); app/locales/ mounts them under `desk`. */
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
