import type { ProjectStats } from '../shared/contract'
import type { CoreContext } from '../context'
import { listSummaries } from '../documents/handlers'
import { summaryFor, type Reader } from '../layers/blind-reads'
import { documentStatusSchema, type DocumentStatus } from '../shared/model/document'

/** Counts of documents by status and of annotations by tag (every tag of the schema, zero included), as `reader` may count them. */
export async function projectStats(store: CoreContext['store'], reader: Reader): Promise<ProjectStats> {
  const summaries = (await listSummaries(store)).map((summary) => summaryFor(reader, summary))
  const annotationsByTag: Record<string, number> = Object.fromEntries(store.info.tags.map((tag) => [tag.id, 0]))
  const documentsByStatus = Object.fromEntries(documentStatusSchema.options.map((status) => [status, 0])) as Record<DocumentStatus, number>
  let annotationCount = 0
  let unreadableDocumentCount = 0
  for (const summary of summaries) {
    if (summary.problem) {
      unreadableDocumentCount += 1
      continue
    }
    documentsByStatus[summary.status] += 1
    annotationCount += summary.annotationCount
    for (const [tag, count] of Object.entries(summary.tagCounts)) annotationsByTag[tag] = (annotationsByTag[tag] ?? 0) + count
  }
  return {
    name: store.info.name,
    description: store.info.description,
    dir: store.dir,
    schemaVersion: store.info.schemaVersion,
    documentCount: summaries.length,
    unreadableDocumentCount,
    annotationCount,
    annotationsByTag,
    documentsByStatus
  }
}
