import { wholeDocumentChangedPayload } from '../documents/changed-event'
import type { HandlersFor } from '../context'
import type { QuarantineEntry } from '../shared/model/backups'
import { newestBackupWith } from '../store/project-files'

/** Backups, quarantine and kept changes: what the store keeps so that no failed write, damaged or overwritten file costs the user work. */
export const backupHandlers: HandlersFor<'backups.list' | 'backups.create' | 'backups.restore' | 'backups.restoreDocument' | 'quarantine.list' | 'saves.pending' | 'saves.retry'> = {
  'saves.pending': async (_input, { store }) => store.unsavedChanges.list(),
  'saves.retry': (_input, { store }) => store.unsavedChanges.retry(),
  'backups.list': (_input, { store }) => store.backups.list(),
  'backups.create': (_input, { store }) => store.backups.snapshot('manual'),
  'backups.restore': async ({ name }, context) => {
    const outcome = await context.store.backups.restore(name)
    context.emit('documents.added', { documentIds: [...context.store.info.documentIds] })
    return outcome
  },
  'backups.restoreDocument': async ({ documentId }, context) => {
    const outcome = await context.store.backups.restoreDocument(documentId)
    const document = await context.store.getDocument(documentId)
    context.emit('document.changed', wholeDocumentChangedPayload(document, context.revisions.next(documentId)))
    return outcome
  },
  'quarantine.list': async (_input, { store }) => {
    const entries: QuarantineEntry[] = []
    for (const file of await store.backups.listQuarantine()) {
      const id = /^(.+)\.(?:json|journal)$/.exec(file.originalName)?.[1] ?? null
      const documentId = id !== null && store.hasDocument(id) ? id : null
      entries.push({ ...file, documentId, backup: documentId ? await newestBackupWith(store.dir, documentId) : null })
    }
    return entries
  }
}
