import type { HandlersFor } from '../context'
import { createEntity, deleteEntity, linkMention, mergeEntities, requireEntity, updateEntity } from './entities'
import { linkEntityMatches, previewEntityMatches } from './import-matches'
import { linkAll, previewLinkAll } from './link-all'
import { searchEntities } from './search'
import { listSuggestions, rejectSuggestion } from './suggestions'

export const entityHandlers: HandlersFor<
  | 'entities.list'
  | 'entities.get'
  | 'entities.create'
  | 'entities.update'
  | 'entities.merge'
  | 'entities.delete'
  | 'entities.link'
  | 'entities.linkAll'
  | 'entities.linkAllPreview'
  | 'entities.matchesIn'
  | 'entities.linkMatches'
  | 'entities.suggestions'
  | 'entities.rejectSuggestion'
> = {
  'entities.list': async (options, context) => searchEntities((await context.store.entities.read()).entities, options),
  'entities.get': ({ entityId }, context) => requireEntity(context, entityId),
  'entities.create': (input, context) => createEntity(context, input),
  'entities.update': ({ entityId, changes }, context) => updateEntity(context, entityId, changes),
  'entities.merge': ({ sourceId, targetId }, context) => mergeEntities(context, sourceId, targetId),
  'entities.delete': ({ entityId }, context) => deleteEntity(context, entityId),
  'entities.link': ({ documentId, annotationId, entityId }, context) => linkMention(context, documentId, annotationId, entityId),
  'entities.linkAll': (input, context) => linkAll(context, input),
  'entities.linkAllPreview': (input, context) => previewLinkAll(context, input),
  'entities.matchesIn': (input, context) => previewEntityMatches(context, input),
  'entities.linkMatches': (input, context) => linkEntityMatches(context, input),
  'entities.suggestions': (options, context) => listSuggestions(context, options),
  'entities.rejectSuggestion': (suggestion, context) => rejectSuggestion(context, suggestion)
}
