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
import { leftOutNote, leftOutOf, withLeftOut } from './left-out'
import { said } from '../shared/i18n/said'
import type { LeftOut } from '../shared/model/views'
import type { DocumentExtract } from './extract'
import type { StoredViewIndex } from './stored/stored-index'
import { storedClaims, storedCountedValues, storedFigures, storedMentions, syncActorNames } from './stored/stored-queries'

/**
 * The corpus views: each reads the index kept on disk (a page, or counts it keeps), or, for a project
 * opened read-only and for views limited by a document field, aggregates the per-document extracts;
 * each answers too with the documents that index could not read (`leftOut`).
 */
export const viewHandlers: HandlersFor<'views.entities' | 'views.mentions' | 'views.claims' | 'views.claimsCsv' | 'views.figures' | 'views.countedValues'> = {
  'views.entities': async ({ documentField, ...options }, context) => {
    const entities = (await context.store.entities.read()).entities
    return answered(
      context,
      documentField,
      (stored) => stored.read((_, aggregates) => entitiesViewOf(aggregates, entities, options)),
      (extracts, filtered) => entitiesView(extracts, entities, options, filtered ? new EntityTally() : context.views.entityTally)
    )
  },
  'views.mentions': async ({ entityId, offset, limit }, context) =>
    answered(
      context,
      undefined,
      (stored) => stored.read((sql) => storedMentions(sql, entityId, { offset, limit })),
      (extracts) => mentionsView(extracts, entityId, { offset, limit })
    ),
  'views.claims': async ({ documentField, ...query }, context) => {
    const entities = (await context.store.entities.read()).entities
    return answered(
      context,
      documentField,
      (stored) =>
        stored.read((sql, aggregates) => {
          syncActorNames(sql, stored, entities)
          return storedClaims(sql, aggregates, entities, query)
        }),
      (extracts, filtered) => claimsView(extracts, entities, query, filtered ? new ClaimOrder() : context.views.claimOrder)
    )
  },
  'views.claimsCsv': async ({ offsetUnit, documentField, ...query }, context) => {
    const { store } = context
    const { rows, problems } = await claimRowsFor(context, documentField, query)
    const leftOut = leftOutNote(await leftOutOf(store, problems))
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
      report: { documentCount: documentIds.length, annotationCount: rows.length, spansLeftOut: 0, notes: leftOut ? [unitNote, leftOut] : [unitNote] }
    }
  },
  'views.figures': async ({ counted, pointsPerOutlet, period, documentField }, context) => {
    const countedKey = counted === undefined ? undefined : searchKey(counted)
    return answered(
      context,
      documentField,
      (stored) => stored.read((sql, aggregates) => storedFigures(sql, aggregates, { countedKey, pointsPerOutlet, period })),
      (extracts, filtered) => figuresView(extracts, { countedKey, pointsPerOutlet, period }, filtered ? new FigureGroups() : context.views.figureGroups)
    )
  },
  'views.countedValues': async ({ except }, { views: index }) => {
    const { stored } = index.answering(true)
    return stored ? stored.read((sql, aggregates) => storedCountedValues(sql, aggregates, except)) : countedValues(await index.all(), except)
  }
}

/**
 * Every claim passing the filters, in the order asked: from the index on disk unless a document field
 * limits them; with the documents the index answering could not read (a live map: read it after the rows).
 */
async function claimRowsFor(
  context: CoreContext,
  documentField: DocumentFieldFilter | undefined,
  query: Omit<ClaimsQuery, 'offset' | 'limit'>
): Promise<{ rows: ClaimRow[]; problems: ReadonlyMap<string, string> }> {
  const { store, views: index } = context
  const entities = (await store.entities.read()).entities
  const { stored, problems } = index.answering(!documentField)
  if (stored) {
    const rows = await stored.read((sql, aggregates) => {
      syncActorNames(sql, stored, entities)
      // A negative limit is SQLite's "no limit".
      return storedClaims(sql, aggregates, entities, { ...query, offset: 0, limit: -1 }).rows
    })
    return { rows, problems }
  }
  const { extracts, filtered } = await extractsFor(context, documentField)
  return { rows: claimRows(extracts, entities, query, filtered ? new ClaimOrder() : index.claimOrder), problems }
}

/**
 * A view answered by the index that serves it (see `ViewIndex.answering`), with the documents that index
 * left out: `onDisk` reads the index on disk; `inMemory` aggregates the extracts, limited to the documents
 * `documentField` keeps (`filtered` then: aggregate afresh, not with the shared tallies).
 */
async function answered<T extends object>(
  context: CoreContext,
  documentField: DocumentFieldFilter | undefined,
  onDisk: (stored: StoredViewIndex) => Promise<T>,
  inMemory: (extracts: DocumentExtract[], filtered: boolean) => T
): Promise<T & LeftOut> {
  const { stored, problems } = context.views.answering(!documentField)
  let view: T
  if (stored) view = await onDisk(stored)
  else {
    const { extracts, filtered } = await extractsFor(context, documentField)
    view = inMemory(extracts, filtered)
  }
  return withLeftOut(context.store, problems, view)
}
