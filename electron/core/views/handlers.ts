import type { HandlersFor } from '../context'
import { searchKey } from '../entities/occurrences'
import { claimsCsv } from './claims-csv'
import { claimRows, claimsView } from './claims-view'
import { entitiesView } from './entities-view'
import { figuresView } from './figures-view'
import { mentionsView } from './mentions-view'
import { viewIndexOf } from './view-index'

/** The corpus views: each aggregates the view index's per-document extracts, never the documents. */
export const viewHandlers: HandlersFor<'views.entities' | 'views.mentions' | 'views.claims' | 'views.claimsCsv' | 'views.figures'> = {
  'views.entities': async (options, { store }) => {
    const index = viewIndexOf(store)
    return entitiesView(await index.all(), (await store.entities.read()).entities, options, index.entityTally)
  },
  'views.mentions': async ({ entityId, offset, limit }, { store }) => mentionsView(await viewIndexOf(store).all(), entityId, { offset, limit }),
  'views.claims': async (query, { store }) => {
    const index = viewIndexOf(store)
    return claimsView(await index.all(), (await store.entities.read()).entities, query, index.claimOrder)
  },
  'views.claimsCsv': async (query, { store }) => {
    const index = viewIndexOf(store)
    const rows = claimRows(await index.all(), (await store.entities.read()).entities, query, index.claimOrder)
    const documentCount = new Set(rows.map((r) => r.documentId)).size
    return {
      fileName: `${store.info.name.replace(/[^\p{L}\p{N}_-]+/gu, '-') || 'project'}-claims.csv`,
      mimeType: 'text/csv',
      content: claimsCsv(rows),
      encoding: 'utf8' as const,
      documentCount,
      report: { documentCount, annotationCount: rows.length, spansLeftOut: 0, notes: [] }
    }
  },
  'views.figures': async ({ counted, pointsPerOutlet }, { store }) => {
    const index = viewIndexOf(store)
    const countedKey = counted === undefined ? undefined : searchKey(counted)
    return figuresView(await index.all(), { countedKey, pointsPerOutlet }, index.figureGroups)
  }
}
