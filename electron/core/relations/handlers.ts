import type { HandlersFor } from '../context'
import { addRelation, relationsOf, removeRelation } from './relations'

export const relationHandlers: HandlersFor<'relations.list' | 'relations.add' | 'relations.remove'> = {
  'relations.list': async ({ documentId, annotationId }, context) => relationsOf(await context.store.getDocument(documentId), annotationId),
  'relations.add': (input, context) => addRelation(context, input),
  'relations.remove': ({ documentId, relationId }, context) => removeRelation(context, documentId, relationId)
}
