import { useCallback, useEffect, useState } from 'react'
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
  /** Reads the open document again (after a change this window made through another path). */
  refresh(): void
}

/**
 * Keeps what the screen shows equal to the store: the core announces every durable change
 * (`document.changed`, `project.changed`, `history.changed`), and this re-reads what changed.
 */
export function useLiveProject(
  client: ApiClient,
  opened: DocumentRecord | null,
  listed: DocumentSummary[],
  projectTags: readonly TagDefinition[]
): LiveProject {
  const [fresh, setFresh] = useState<DocumentRecord | null>(null)
  const [summaries, setSummaries] = useState<Record<string, DocumentSummary>>({})
  const [tags, setTags] = useState<readonly TagDefinition[] | null>(null)
  const [history, setHistory] = useState<HistoryState>(NO_HISTORY)
  const openedId = opened?.id ?? null

  // A document the workbench (re)opened or wrote replaces any fresher copy of another document.
  const [seenOpened, setSeenOpened] = useState(opened)
  if (opened !== seenOpened) {
    setSeenOpened(opened)
    setFresh(opened)
  }

  const refresh = useCallback(() => {
    if (!openedId) return
    client.call('documents.get', { documentId: openedId }).then(
      (record) => setFresh((current) => (current === null || current.id === record.id ? record : current)),
      () => undefined
    )
  }, [client, openedId])

  // The workbench's own copy misses what other commands changed alongside (status, attributes): read it again.
  useEffect(() => refresh(), [opened, refresh])

  useEffect(() => {
    void client.call('history.state', {}).then(setHistory, () => undefined)
    const offDocument = client.on('document.changed', ({ documentId, summary }) => {
      setSummaries((all) => ({ ...all, [documentId]: summary }))
      if (documentId === openedId) refresh()
    })
    const offProject = client.on('project.changed', (payload) => setTags(payload.tags))
    const offHistory = client.on('history.changed', setHistory)
    return () => {
      offDocument()
      offProject()
      offHistory()
    }
  }, [client, openedId, refresh])

  const document = fresh && fresh.id === openedId ? fresh : opened
  const documents = listed.map((d) => summaries[d.id] ?? d)
  return { document, documents, tags: tags ?? projectTags, history, refresh }
}
