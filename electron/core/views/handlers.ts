import type { HandlersFor } from '../context'
import { searchKey } from '../entities/occurrences'
import { offsetConverter } from '../exports/spans'
import { claimRows, claimsView } from './claims-view'
import { ClaimOrder } from './claim-order'
import { countedValues } from './counted-values'
import { entitiesView, EntityTally } from './entities-view'
import { figuresView, FigureGroups } from './figures-view'
import { mentionsView } from './mentions-view'
import { extractsFor } from './field-filter'
import { said } from '../shared/i18n/said'

/** The corpus views: each aggregates the view index's per-document extracts, never the documents. */
export const viewHandlers: HandlersFor<'views.entities' | 'views.mentions' | 'views.claims' | 'views.claimsCsv' | 'views.figures' | 'views.countedValues'> = {
  'views.entities': async ({ documentField, ...options }, context) => {
    const { store, views: index } = context
    const { extracts, filtered } = await extractsFor(context, documentField)
    return entitiesView(extracts, (await store.entities.read()).entities, options, filtered ? new EntityTally() : index.entityTally)
  },
  'views.mentions': async ({ entityId, offset, limit }, { views }) => mentionsView(await views.all(), entityId, { offset, limit }),
  'views.claims': async ({ documentField, ...query }, context) => {
    const { store, views: index } = context
    const { extracts, filtered } = await extractsFor(context, documentField)
    return claimsView(extracts, (await store.entities.read()).entities, query, filtered ? new ClaimOrder() : index.claimOrder)
  },
  'views.claimsCsv': async ({ offsetUnit, documentField, ...query }, context) => {
    const { store, views: index } = context
    const { extracts, filtered } = await extractsFor(context, documentField)
    const rows = claimRows(extracts, (await store.entities.read()).entities, query, filtered ? new ClaimOrder() : index.claimOrder)
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
    const { extracts, filtered } = await extractsFor(context, documentField)
    return figuresView(extracts, { countedKey, pointsPerOutlet, period }, filtered ? new FigureGroups() : context.views.figureGroups)
  },
  'views.countedValues': async ({ except }, { views: index }) => countedValues(await index.all(), except)
}
