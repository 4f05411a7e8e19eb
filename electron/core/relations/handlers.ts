import { documentFor, readerOf } from '../layers/blind-reads'
import type { HandlersFor } from '../context'
import { relationCandidates, relationsOfAnnotation } from './listing'
import { setRelationTypes } from './relation-types'
import { addRelation, relationsOf, removeRelation } from './relations'

export const relationHandlers: HandlersFor<
  'relations.list' | 'relations.add' | 'relations.remove' | 'relations.ofAnnotation' | 'relations.candidates' | 'relationTypes.set'
> = {
  'relations.list': async ({ documentId, annotationId }, context) => relationsOf(documentFor(readerOf(context), await context.store.getDocument(documentId)), annotationId),
  'relations.add': (input, context) => addRelation(context, input),
  'relations.remove': ({ documentId, relationId }, context) => removeRelation(context, documentId, relationId),
  'relations.ofAnnotation': ({ documentId, annotationId }, context) => relationsOfAnnotation(context, documentId, annotationId),
  'relations.candidates': (input, context) => relationCandidates(context, input),
  'relationTypes.set': ({ relationTypes }, context) => setRelationTypes(context, relationTypes)
}
