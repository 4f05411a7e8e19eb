import { useEffect, useState } from 'react'
import type { HistoryState } from '@core/api-types'
import type { DocumentRecord, DocumentSummary } from '@core/model/document'
import type { TagDefinition } from '@core/model/project'
import type { ApiClient } from '../api/client'

const NO_HISTORY: HistoryState = { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null }

export interface LiveProject {
  /** The open document as the store now holds it, after any change from any window or an undo. */
  document: DocumentRecord | null
  /** Documents with their latest status, title and counts. */
  documents: DocumentSummary[]
  tags: readonly TagDefinition[]
  history: HistoryState
}

/**
 * Keeps what the screen shows equal to the store: the core announces every durable change
 * (`document.changed`, `project.changed`, `history.changed`). The open document is patched from those
 * events where it is held (see DocumentSession); this keeps the list's summaries, the tags and the history.
 */
export function useLiveProject(
  client: ApiClient,
  opened: DocumentRecord | null,
  listed: DocumentSummary[],
  projectTags: readonly TagDefinition[]
): LiveProject {
  const [summaries, setSummaries] = useState<Record<string, DocumentSummary>>({})
  const [tags, setTags] = useState<readonly TagDefinition[] | null>(null)
  const [history, setHistory] = useState<HistoryState>(NO_HISTORY)

  useEffect(() => {
    void client.call('history.state', {}).then(setHistory, () => undefined)
    const offDocument = client.on('document.changed', ({ documentId, summary }) => setSummaries((all) => ({ ...all, [documentId]: summary })))
    const offProject = client.on('project.changed', (payload) => setTags(payload.tags))
    const offHistory = client.on('history.changed', setHistory)
    return () => {
      offDocument()
      offProject()
      offHistory()
    }
  }, [client])

  const documents = listed.map((d) => summaries[d.id] ?? d)
  return { document: opened, documents, tags: tags ?? projectTags, history }
}
