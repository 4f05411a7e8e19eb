import type { CoreContext, HandlersFor } from '../context'
import { ApiError } from '../shared/errors'
import { said } from '../shared/i18n/said'
import { runAction } from '../history/actions'
import { shortQuote, tagLabel } from '../history/labels'
import type { HistoryMessage } from '../shared/i18n/history-message'
import type { Annotation } from '../shared/model/annotation'
import { snapToWords } from '../shared/text/snap'
import { findAnnotation, type AnnotationCommand } from './commands'

/**
 * Runs one annotation command as one undoable action; answers once the change is durable. Returns the
 * annotation as it now is (or, for a delete, as it was).
 */
async function execute(
  context: CoreContext,
  documentId: string,
  command: AnnotationCommand,
  describe: (annotation: Annotation) => HistoryMessage,
  mergeKey?: string
): Promise<Annotation> {
  return runAction(context, { message: describe, mergeKey }, async (action) => {
    // The user tagging a span in the document starts it; nothing else changes its status by itself.
    const change = await action.document(documentId, command.type === 'create' ? [command, { type: 'markStarted' }] : [command])
    const annotation = change.annotations[0]
    if (!annotation) throw new ApiError('internal', said('problems.annotations.noneReported'))
    return annotation
  })
}

async function quoteOf(context: CoreContext, documentId: string, annotationId: string): Promise<string> {
  return findAnnotation(await context.store.getDocument(documentId), annotationId).quote
}

export const annotationHandlers: HandlersFor<
  | 'annotations.create'
  | 'annotations.setTag'
  | 'annotations.delete'
  | 'annotations.resize'
  | 'annotations.setNote'
  | 'annotations.setAttribute'
> = {
  'annotations.create': async ({ documentId, tag, start, end, snap }, context) => {
    let span = { start, end }
    if (snap === 'words') {
      const snapped = snapToWords((await context.store.getDocument(documentId)).text, start, end)
      if (!snapped) throw new ApiError('invalid-input', said('problems.annotations.nothingToTag'))
      span = snapped
    }
    return execute(context, documentId, { type: 'create', tag, ...span }, (a) => ({ key: 'history.annotation.tag', values: { quote: shortQuote(a.quote), tag: tagLabel(context, tag) } }))
  },
  'annotations.setTag': ({ documentId, annotationId, tag }, context) =>
    execute(context, documentId, { type: 'setTag', annotationId, tag }, (a) => ({ key: 'history.annotation.retag', values: { quote: shortQuote(a.quote), tag: tagLabel(context, tag) } })),
  'annotations.delete': async ({ documentId, annotationId }, context) => {
    const removed = await execute(context, documentId, { type: 'delete', annotationId }, (a) => ({ key: 'history.annotation.delete', values: { quote: shortQuote(a.quote) } }))
    return { annotationId: removed.id }
  },
  'annotations.resize': async ({ documentId, annotationId, start, end }, context) => {
    const before = await quoteOf(context, documentId, annotationId)
    return execute(context, documentId, { type: 'resize', annotationId, start, end }, (a) => ({ key: 'history.annotation.resize', values: { before: shortQuote(before), after: shortQuote(a.quote) } }))
  },
  'annotations.setNote': ({ documentId, annotationId, note }, context) =>
    execute(
      context,
      documentId,
      { type: 'setNote', annotationId, note },
      (a) => ({ key: 'history.annotation.note', values: { quote: shortQuote(a.quote) } }),
      `note:${documentId}:${annotationId}`
    ),
  'annotations.setAttribute': ({ documentId, annotationId, attribute, value }, context) =>
    execute(
      context,
      documentId,
      { type: 'setAttribute', annotationId, attribute, value: value ?? null },
      (a) => ({ key: 'history.annotation.attribute', values: { attribute: attributeLabel(context, a.tag, attribute), quote: shortQuote(a.quote) } }),
      `attribute:${documentId}:${annotationId}:${attribute}`
    )
}

function attributeLabel(context: CoreContext, tagId: string, attributeId: string): string {
  const tag = context.store.info.tags.find((t) => t.id === tagId)
  return tag?.attributes.find((a) => a.id === attributeId)?.label ?? attributeId
}
