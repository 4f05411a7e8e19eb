import type { CoreContext } from '../context'
import { ApiError } from '../shared/errors'
import { said } from '../shared/i18n/said'
import { fieldValueMatches } from '../shared/model/document-field-match'
import type { DocumentFieldFilter } from '../shared/model/document-fields'
import type { DocumentExtract } from './extract'

/**
 * The view index's extracts, limited to the documents whose whole-article label matches `filter` (all of
 * them without one). The labels are read from the document summaries (the index the list uses), so no
 * document is read. `filtered` tells the caller to aggregate afresh rather than with the shared tallies,
 * which hold the whole corpus.
 */
export async function extractsFor(context: CoreContext, filter: DocumentFieldFilter | undefined): Promise<{ extracts: DocumentExtract[]; filtered: boolean }> {
  const all = await context.views.all()
  if (!filter) return { extracts: all, filtered: false }
  const definition = (context.store.info.documentFields ?? []).find((d) => d.id === filter.fieldId)
  if (!definition) throw new ApiError('not-found', said('problems.documents.noSuchField', { field: filter.fieldId }))
  const summaries = await context.store.listSummaries((id) => ({
    id, title: id, source: '', author: '', date: null, url: '', language: '', status: 'not-started', annotationCount: 0, tagCounts: {}
  }))
  const wanted = new Set(summaries.filter((s) => fieldValueMatches(definition, s.fields?.[definition.id], filter.value)).map((s) => s.id))
  return { extracts: all.filter((e) => wanted.has(e.documentId)), filtered: true }
}
