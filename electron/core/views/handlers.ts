import type { HandlersFor } from '../context'
import { searchKey } from '../entities/occurrences'
import { offsetConverter } from '../exports/spans'
import { claimsCsv } from './claims-csv'
import { claimRows, claimsView } from './claims-view'
import { entitiesView } from './entities-view'
import { countedValues } from './counted-values'
import { figuresView } from './figures-view'
import { mentionsView } from './mentions-view'

/** The corpus views: each aggregates the view index's per-document extracts, never the documents. */
export const viewHandlers: HandlersFor<'views.entities' | 'views.mentions' | 'views.claims' | 'views.claimsCsv' | 'views.figures' | 'views.countedValues'> = {
  'views.entities': async (options, { store, views: index }) => {
    return entitiesView(await index.all(), (await store.entities.read()).entities, options, index.entityTally)
  },
  'views.mentions': async ({ entityId, offset, limit }, { views }) => mentionsView(await views.all(), entityId, { offset, limit }),
  'views.claims': async (query, { store, views: index }) => {
    return claimsView(await index.all(), (await store.entities.read()).entities, query, index.claimOrder)
  },
  'views.claimsCsv': async ({ offsetUnit, ...query }, { store, views: index }) => {
    const rows = claimRows(await index.all(), (await store.entities.read()).entities, query, index.claimOrder)
    const documentIds = [...new Set(rows.map((r) => r.documentId))]
    // Code points need each document's text: read once per document, never kept loaded.
    const converters = new Map<string, (offset: number) => number>()
    if (offsetUnit === 'codepoint') {
      for (const id of documentIds) converters.set(id, offsetConverter((await store.readDocumentOnce(id)).text, 'codepoint'))
    }
    const unitNote = offsetUnit === 'codepoint' ? 'Offsets in code points (Python\'s text[start:end]), as the main export writes them.' : 'Offsets in UTF-16 units (JavaScript\'s text.slice).'
    return {
      fileName: `${store.info.name.replace(/[^\p{L}\p{N}_-]+/gu, '-') || 'project'}-claims.csv`,
      mimeType: 'text/csv',
      content: claimsCsv(rows, offsetUnit, (id) => converters.get(id) ?? ((offset) => offset)),
      encoding: 'utf8' as const,
      documentCount: documentIds.length,
      report: { documentCount: documentIds.length, annotationCount: rows.length, spansLeftOut: 0, notes: [unitNote] }
    }
  },
  'views.figures': async ({ counted, pointsPerOutlet, period }, { views: index }) => {
    const countedKey = counted === undefined ? undefined : searchKey(counted)
    return figuresView(await index.all(), { countedKey, pointsPerOutlet, period }, index.figureGroups)
  },
  'views.countedValues': async ({ except }, { views: index }) => countedValues(await index.all(), except)
}
