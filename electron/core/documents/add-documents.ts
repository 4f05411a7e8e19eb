import type { DocumentFieldDefinition } from '../shared/model/document-fields'
import type { CoreContext } from '../context'
import type { AttributeAddition } from '../import/tag-for-label'
import type { DocumentRecord, DocumentSummary } from '../shared/model/document'
import { summarize } from '../shared/model/document-summary'
import { readerOf, summaryFor } from '../layers/blind-reads'
import type { TagDefinition } from '../shared/model/project'

/** Adds documents (and any tags they bring) to the project and announces them once they are on disk. */
export async function addDocuments(
  context: CoreContext,
  records: DocumentRecord[],
  newTags: TagDefinition[] = [],
  newAttributes: AttributeAddition[] = [],
  newFields: DocumentFieldDefinition[] = []
): Promise<DocumentSummary[]> {
  await context.store.addDocuments(records, newTags, newAttributes, newFields)
  context.emit('documents.added', { documentIds: records.map((r) => r.id) })
  if (newTags.length > 0 || newAttributes.length > 0 || newFields.length > 0) {
    context.emit('project.changed', { tags: context.store.info.tags, documentFields: context.store.info.documentFields ?? [] })
  }
  const reader = readerOf(context)
  return records.map((record) => summaryFor(reader, summarize(record)))
}

