import type { HandlersFor } from '../context'
import { searchKey } from '../entities/occurrences'
import { offsetConverter } from '../exports/spans'
import type { CoreContext } from '../context'
import type { DocumentFieldFilter } from '../shared/model/document-fields'
import { claimRows, claimsView, type ClaimRow, type ClaimsQuery } from './claims-view'
import { ClaimOrder } from './claim-order'
import { countedValues } from './counted-values'
import { entitiesView, entitiesViewOf, EntityTally } from './entities-view'
import { figuresView, FigureGroups } from './figures-view'
import { mentionsView } from './mentions-view'
import { extractsFor } from './field-filter'
import { withLeftOut } from './left-out'
import { said } from '../shared/i18n/said'
import { storedClaims, storedCountedValues, storedFigures, storedMentions, syncActorNames } from './stored/stored-queries'

/**
 * The corpus views: each reads the index kept on disk (a page, or counts it keeps), or, for a project
 * opened read-only and for views limited by a document field, aggregates the per-document extracts;
 * each answers too with the documents that index could not read (`leftOut`).
 */
export const viewHandlers: HandlersFor<'views.entities' | 'views.mentions' | 'views.claims' | 'views.claimsCsv' | 'views.figures' | 'views.countedValues'> = {
  'views.entities': async ({ documentField, ...options }, context) => {
    const { store, views: index } = context
    if (index.stored && !documentField) {
      const entities = (await store.entities.read()).entities
      return withLeftOut(store, index.stored.problems, await index.stored.read((_, aggregates) => entitiesViewOf(aggregates, entities, options)))
    }
    const { extracts, filtered } = await extractsFor(context, documentField)
    const view = entitiesView(extracts, (await store.entities.read()).entities, options, filtered ? new EntityTally() : index.entityTally)
    return withLeftOut(store, index.problems, view)
  },
  'views.mentions': async ({ entityId, offset, limit }, { store, views }) =>
    views.stored
      ? withLeftOut(store, views.stored.problems, await views.stored.read((sql) => storedMentions(sql, entityId, { offset, limit })))
      : withLeftOut(store, views.problems, mentionsView(await views.all(), entityId, { offset, limit })),
  'views.claims': async ({ documentField, ...query }, context) => {
    const { store, views: index } = context
    const stored = index.stored
    if (stored && !documentField) {
      const entities = (await store.entities.read()).entities
      const view = await stored.read((sql, aggregates) => {
        syncActorNames(sql, stored, entities)
        return storedClaims(sql, aggregates, entities, query)
      })
      return withLeftOut(store, stored.problems, view)
    }
    const { extracts, filtered } = await extractsFor(context, documentField)
    return withLeftOut(store, index.problems, claimsView(extracts, (await store.entities.read()).entities, query, filtered ? new ClaimOrder() : index.claimOrder))
  },
  'views.claimsCsv': async ({ offsetUnit, documentField, ...query }, context) => {
    const { store } = context
    const rows = await claimRowsFor(context, documentField, query)
    const documentIds = [...new Set(rows.map((r) => r.documentId))]
    // Code points need each document's text: read once per document, never kept loaded.
    const converters = new Map<string, (offset: number) => number>()
    if (offsetUnit === 'codepoint') {
      for (const id of documentIds) converters.set(id, offsetConverter((await store.readDocumentOnce(id)).text, 'codepoint'))
    }
    const unitNote = said(offsetUnit === 'codepoint' ? 'problems.views.offsetsInCodePoints' : 'problems.views.offsetsInUtf16')
    // The CSV writer loads on the first Claims CSV export, not with the core.
    const { claimsCsv } = await import('./claims-csv')
    return {
      fileName: `${store.info.name.replace(/[^\p{L}\p{N}_-]+/gu, '-') || 'project'}-claims.csv`,
      mimeType: 'text/csv',
      content: claimsCsv(rows, offsetUnit, (id) => converters.get(id) ?? ((offset) => offset)),
      encoding: 'utf8' as const,
      documentCount: documentIds.length,
      report: { documentCount: documentIds.length, annotationCount: rows.length, spansLeftOut: 0, notes: [unitNote] }
    }
  },
  'views.figures': async ({ counted, pointsPerOutlet, period, documentField }, context) => {
    const countedKey = counted === undefined ? undefined : searchKey(counted)
    const { store, views: index } = context
    const stored = index.stored
    if (stored && !documentField) return withLeftOut(store, stored.problems, await stored.read((sql, aggregates) => storedFigures(sql, aggregates, { countedKey, pointsPerOutlet, period })))
    const { extracts, filtered } = await extractsFor(context, documentField)
    return withLeftOut(store, index.problems, figuresView(extracts, { countedKey, pointsPerOutlet, period }, filtered ? new FigureGroups() : index.figureGroups))
  },
  'views.countedValues': async ({ except }, { views: index }) =>
    index.stored ? index.stored.read((sql, aggregates) => storedCountedValues(sql, aggregates, except)) : countedValues(await index.all(), except)
}

/** Every claim passing the filters, in the order asked: from the index on disk unless a document field limits them. */
async function claimRowsFor(context: CoreContext, documentField: DocumentFieldFilter | undefined, query: Omit<ClaimsQuery, 'offset' | 'limit'>): Promise<ClaimRow[]> {
  const { store, views: index } = context
  const entities = (await store.entities.read()).entities
  const stored = index.stored
  if (stored && !documentField) {
    return stored.read((sql, aggregates) => {
      syncActorNames(sql, stored, entities)
      // A negative limit is SQLite's "no limit".
      return storedClaims(sql, aggregates, entities, { ...query, offset: 0, limit: -1 }).rows
    })
  }
  const { extracts, filtered } = await extractsFor(context, documentField)
  return claimRows(extracts, entities, query, filtered ? new ClaimOrder() : index.claimOrder)
}
