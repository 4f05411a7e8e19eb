import type { CoreContext } from '../context'
import type { DocumentSetCommand } from '../documents/set-commands'
import type { Applied } from './applied'

/** Applies the commands in order, durably, announcing each change; returns what undoes and redoes them. */
export async function applyDocumentSetCommands(context: CoreContext, commands: readonly DocumentSetCommand[]): Promise<Applied<DocumentSetCommand>> {
  const applied: Applied<DocumentSetCommand> = { changed: false, inverse: [], redo: [] }
  for (const command of commands) {
    if (command.type === 'remove') {
      const documents = await context.store.removeDocuments(command.documentIds)
      context.emit('documents.removed', { documentIds: documents.map((d) => d.record.id) })
      applied.inverse.unshift({ type: 'restore', documents })
    } else {
      await context.store.restoreDocuments(command.documents)
      const documentIds = command.documents.map((d) => d.record.id)
      context.emit('documents.added', { documentIds })
      applied.inverse.unshift({ type: 'remove', documentIds })
    }
    applied.redo.push(command)
    applied.changed = true
  }
  return applied
}
