/** The automatic snapshots' and the Backups dialog's words in English (strings-ja.ts has the Japanese); app/locales/ mounts them under `snapshots`. */
export const snapshotsEn = {
  open: 'Backups',
  keywords: 'snapshots restore backup undo automatic recover',
  title: 'Backups',
  help: 'War Room saves everything on this desktop every 15 minutes while something changes, and before every import or restore. Choose one to put this desktop back as it was then.',
  where: 'Kept in {{folder}}',
  list: 'Snapshots, newest first',
  loading: 'Reading the snapshots…',
  none: 'No snapshot yet: War Room saves the first one soon after something changes.',
  detail: '{{reason}} · {{size}}',
  reasons: {
    scheduled: 'Every 15 minutes',
    'before-import': 'Before an import',
    'before-restore': 'Before a restore',
  },
  close: 'Close',
  confirmTitle: 'Restore this snapshot?',
  confirm:
    'Replace everything on this desktop with the snapshot from {{time}}? The current state is saved first as a snapshot.',
  restore: 'Restore',
  cancel: 'Cancel',
  restoring: 'Restoring the snapshot from {{time}}…',
  restored_one: 'Restored the snapshot from {{time}} ({{count}} event).',
  restored_other: 'Restored the snapshot from {{time}} ({{count}} events).',
  refused: 'The snapshot from {{time}} was refused and this desktop is unchanged: {{problem}}',
  failed: 'The snapshot from {{time}} was not restored: {{message}} Nothing was changed.',
  saveFailed: 'War Room could not save a snapshot before restoring ({{message}}). Nothing was changed.',
  scheduleFailed:
    'War Room could not save its automatic snapshot ({{message}}). Your work is safe in this desktop; it tries again in 15 minutes.',
  sizeKb: '{{size}} KB',
  sizeMb: '{{size}} MB',
};
