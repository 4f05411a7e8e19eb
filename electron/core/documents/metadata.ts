import type { z } from 'zod'
import type { CoreContext, HandlersFor } from '../context'
import { ApiError } from '../errors'
import type { DocumentSummary } from '../model/document'
import { summarize } from './handlers'
import type { updateMetadataInputSchema } from './metadata-schema'

async function updateMetadata(
  { documentId, metadata }: z.output<typeof updateMetadataInputSchema>,
  context: CoreContext
): Promise<DocumentSummary> {
  const fields = Object.entries(metadata).filter(([, value]) => value !== undefined) as [keyof typeof metadata, unknown][]
  if (fields.length === 0) throw new ApiError('invalid-input', 'documents.updateMetadata: nothing to change.')
  const { document, result: changed } = await context.store.updateDocument(
    documentId,
    (draft) => {
      let any = false
      for (const [key, value] of fields) {
        const next = typeof value === 'string' ? value.trim() : value
        if (draft[key] !== next) {
          ;(draft as Record<string, unknown>)[key] = next
          any = true
        }
      }
      return any
    },
    (any) => !any
  )
  const summary = summarize(document)
  if (changed) context.emit('document.metadataChanged', { documentId, summary })
  return summary
}

export const metadataHandlers: HandlersFor<'documents.updateMetadata'> = {
  'documents.updateMetadata': updateMetadata
}
