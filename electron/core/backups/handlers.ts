import { wholeDocumentChanged } from '../documents/changed-event'
import type { HandlersFor } from '../context'

/** Backups, quarantine and kept changes: what the store keeps so that no failed write, damaged or overwritten file costs the user work. */
export const backupHandlers: HandlersFor<'backups.list' | 'backups.restore' | 'backups.restoreDocument' | 'quarantine.list' | 'saves.pending' | 'saves.retry'> = {
  'saves.pending': async (_input, { store }) => store.unsavedChanges.list(),
  'saves.retry': (_input, { store }) => store.unsavedChanges.retry(),
  'backups.list': (_input, { store }) => store.listBackups(),
  'backups.restore': async ({ name }, context) => {
    const outcome = await context.store.restoreBackup(name)
    context.emit('documents.added', { documentIds: [...context.store.info.documentIds] })
    return outcome
  },
  'backups.restoreDocument': async ({ documentId }, context) => {
    const outcome = await context.store.restoreDocument(documentId)
    const document = await context.store.getDocument(documentId)
    context.emit('document.changed', wholeDocumentChanged(context.store, document))
    return outcome
  },
  'quarantine.list': (_input, { store }) => store.listQuarantine()
}
