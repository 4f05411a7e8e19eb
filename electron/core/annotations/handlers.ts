import type { CoreContext, HandlersFor } from '../context'
import type { Annotation } from '../model/annotation'
import { applyAnnotationCommand, type AnnotationCommand } from './commands'

/** Runs a command against a document, durably, and announces the change once it is on disk. */
async function execute(context: CoreContext, documentId: string, command: AnnotationCommand): Promise<Annotation> {
  const { store } = context
  const { document, result } = await store.updateDocument(
    documentId,
    (draft) => applyAnnotationCommand(draft, command, { tags: store.info.tags, author: context.author, now: new Date().toISOString() }),
    (outcome) => !outcome.changed
  )
  if (result.changed) context.emit('document.changed', { documentId, annotationCount: document.annotations.length })
  return result.annotation
}

export const annotationHandlers: HandlersFor<'annotations.create' | 'annotations.setTag' | 'annotations.delete'> = {
  'annotations.create': ({ documentId, tag, start, end }, context) =>
    execute(context, documentId, { type: 'create', tag, start, end }),
  'annotations.setTag': ({ documentId, annotationId, tag }, context) =>
    execute(context, documentId, { type: 'setTag', annotationId, tag }),
  'annotations.delete': async ({ documentId, annotationId }, context) => {
    const removed = await execute(context, documentId, { type: 'delete', annotationId })
    return { annotationId: removed.id }
  }
}
