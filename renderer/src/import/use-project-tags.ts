import { useEffect, useState } from 'react'
import type { ProjectInfo } from '@core/contract'
import type { DocumentSummary } from '@core/model/document'
import type { TagDefinition } from '@core/model/project'
import type { ApiClient } from '../api/client'

/** The project's tags, kept current when an import adds tags for new labels (`project.changed`). */
export function useProjectTags(client: ApiClient, project: ProjectInfo | null): readonly TagDefinition[] {
  const [latest, setLatest] = useState<readonly TagDefinition[] | null>(null)
  useEffect(
    () =>
      client.on('project.changed', () => {
        client.call('project.get', {}).then(
          (info) => setLatest(info.tags),
          () => undefined
        )
      }),
    [client]
  )
  return latest ?? project?.tags ?? []
}

/** The document list with metadata edits applied as soon as the core reports them written. */
export function useEditedSummaries(client: ApiClient, documents: DocumentSummary[]): DocumentSummary[] {
  const [edited, setEdited] = useState<Record<string, DocumentSummary>>({})
  useEffect(() => client.on('document.metadataChanged', ({ documentId, summary }) => setEdited((all) => ({ ...all, [documentId]: summary }))), [client])
  return documents.map((document) => {
    const summary = edited[document.id]
    return summary ? { ...document, ...summary, annotationCount: document.annotationCount, tagCounts: document.tagCounts, status: document.status } : document
  })
}
