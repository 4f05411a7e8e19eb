/**
 * English: the reliability messages. Keys start with `reliability.`; plurals as ICU `{count, plural, one {…} other {…}}`.
 * Counts are `{count, number, ::group-off}` rather than `#`, so the English stays as it always was (1234, not 1,234).
 */
export const reliability = {
  'reliability.reason.open': 'When the project was opened',
  'reliability.reason.auto': 'While you worked',
  'reliability.reason.manual': 'Backed up by hand',
  'reliability.reason.before-restore': 'Before a restore',
  'reliability.reason.before-migration': 'Before a format upgrade',

  'reliability.backups.title': 'Backups',
  'reliability.backups.intro':
    'Tessera snapshots the project when it opens and every {minutes, number} minutes while you work, keeping the last {kept, number} and one a day for a week. Snapshots live in the project’s <code>backups</code> folder.',
  'reliability.backups.backUpNow': 'Back up now',
  'reliability.backups.backedUp': 'Backed up {count, plural, one {{count, number, ::group-off} document} other {{count, number, ::group-off} documents}}.',
  'reliability.backups.restored': 'Restored the project as it was on {when}. The state before the restore was kept as {undo}: restore it to undo this.',
  'reliability.backups.confirmTitle': 'Restore the whole project as it was on {when}?',
  'reliability.backups.confirmBody':
    'Every document, annotation and tag goes back to that moment. The current state is snapshotted first (listed as “Before a restore”), so you can undo this restore by restoring that snapshot.',
  'reliability.backups.cancel': 'Cancel',
  'reliability.backups.restoring': 'Restoring…',
  'reliability.backups.restoreThis': 'Restore this backup',
  'reliability.backups.reading': 'Reading the backups…',
  'reliability.backups.none': 'No backups yet: the first is taken when you next open the project, or now with Back up now.',
  'reliability.backups.taken': 'Taken',
  'reliability.backups.why': 'Why',
  'reliability.backups.documents': 'Documents',
  'reliability.backups.check': 'Check',
  'reliability.backups.action': 'Action',
  'reliability.backups.restore': 'Restore…',
  'reliability.backups.restoreLabel': 'Restore the backup of {when}',
  'reliability.check.verified': 'Verified',
  'reliability.check.verifiedTitle': 'Every file matches the checksums written with this backup',
  'reliability.check.unchecked': 'Not checked yet',
  'reliability.check.uncheckedTitle': 'Not read yet: it is checked when the list is opened again, and always before a restore',
  'reliability.check.readable': 'Readable',
  'reliability.check.readableTitle': 'Taken before backups had checksums; every file was read and parses',
  'reliability.check.damaged': 'Damaged: cannot be restored',

  'reliability.disconnected.staleToken':
    '<strong>Tessera was started again with a new key, so this tab cannot reconnect.</strong> Open the address it printed when it started; to print it again, run <code>npx tessera address</code> in the Tessera folder.',
  'reliability.disconnected.notAnswering':
    '<strong>Tessera’s server is not answering.</strong> This tab reconnects by itself when Tessera starts again at this address (npm start or tessera serve); if it starts at another address, run <code>npx tessera address</code> to print it and open that.',

  'reliability.kept.label': 'Unsaved changes',
  'reliability.kept.couldNotSave':
    'Could not save {count, plural, one {{count, number, ::group-off} change} other {{count, number, ::group-off} changes}} to ‘{title}’: {reason}',
  'reliability.kept.inMemory':
    '{count, plural, one {It is} other {They are}} kept in memory, not on disk, and retried every {seconds, number} s. Do not quit Tessera until they are saved.',
  'reliability.kept.stillNotSaved': 'Still not saved: {count, plural, one {{count, number, ::group-off} change} other {{count, number, ::group-off} changes}} kept.',
  'reliability.kept.retrying': 'Retrying…',
  'reliability.kept.retry': 'Retry now',

  'reliability.quarantine.label': 'Damaged documents',
  'reliability.quarantine.intro':
    '{count, plural, one {A document file was} other {{count, number, ::group-off} document files were}} damaged and moved aside (nothing was overwritten):',
  'reliability.quarantine.entry': '{file} ({title}): {reason}. Moved to {path} on {when}.',
  'reliability.quarantine.restoring': 'Restoring…',
  'reliability.quarantine.restore': 'Restore from backup ({backup})',
  'reliability.quarantine.noBackup': 'No backup holds a readable copy of this document.',
  'reliability.quarantine.dismiss': 'Dismiss'
} as const satisfies Record<`reliability.${string}`, string>
