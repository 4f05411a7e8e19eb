import type { Said } from '../i18n/said'

/** A rolling snapshot of the project in its `backups/` folder. */
export interface BackupInfo {
  /** The snapshot's name, e.g. `2024-12-03T10-00-00.000Z-open`: what `tessera restore` takes. */
  name: string
  createdAt: string
  /** Why it was taken: open, auto, manual, before-restore, before-migration. */
  reason: string
  documentCount: number
  /**
   * verified: every file matches the checksums written with the snapshot; readable: taken before
   * snapshots had checksums, and every file parses; damaged: see problems (it cannot be restored);
   * unchecked: not read yet (listing has a time budget), checked by a later list and before any restore.
   */
  verification: SnapshotVerification
  /** What is wrong with a damaged snapshot, each naming the file. */
  problems: string[]
}

export type SnapshotVerification = 'verified' | 'readable' | 'damaged' | 'unchecked'

/** A damaged file the store moved into `quarantine/` instead of using or overwriting it. */
export interface QuarantinedFile {
  /** Where the file is now, inside `quarantine/`. */
  path: string
  /** The file's name where it was. */
  originalName: string
  reason: string
  movedAt: string
}

/** A quarantined file as the app shows it: which document it was, and the newest backup with a readable copy. */
export interface QuarantineEntry extends QuarantinedFile {
  /** The project's document the file belonged to; null for another file (or a document no longer in the project). */
  documentId: string | null
  /** The newest snapshot holding a readable copy of that document, or null when none does. */
  backup: string | null
}

/** A change whose write failed: kept in memory (not shown as saved) until the disk allows it. */
export interface UnsavedChange {
  documentId: string
  /** Why the last attempt failed, naming the folder (in English). */
  reason: string
  /** The same, as a catalogue message said in the reader's language. */
  said: Said
  /** The system's error code when it gave one (ENOSPC, EROFS, EACCES, EIO). */
  errno?: string
  since: string
}

/** How often kept changes are written again without being asked. */
export const UNSAVED_RETRY_EVERY_MS = 5_000
