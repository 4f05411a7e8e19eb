import { useCallback, useEffect, useRef, useState } from 'react'
import type { ExportFormat, ProjectInfo } from '@core/contract'
import type { DocumentRecord, DocumentSummary } from '@core/model/document'
import type { ApiClient } from '../api/client'

const LAST_DOCUMENT_KEY = 'tessera.lastDocument'

export interface Notice {
  kind: 'error' | 'info'
  text: string
}

export interface Workbench {
  project: ProjectInfo | null
  documents: DocumentSummary[]
  document: DocumentRecord | null
  selectedAnnotationId: string | null
  pendingWrites: number
  notice: Notice | null
  openDocument(id: string): void
  selectAnnotation(id: string | null): void
  createAnnotation(tag: string, span: { start: number; end: number }): Promise<void>
  setAnnotationTag(annotationId: string, tag: string): Promise<void>
  deleteAnnotation(annotationId: string): Promise<void>
  exportProject(format: ExportFormat): Promise<void>
  dismissNotice(): void
}

/**
 * The workbench's state and every action on it. Changes are shown only after the core reports them
 * written to disk: the UI never claims a change that a crash could lose.
 */
export function useWorkbench(client: ApiClient): Workbench {
  const [project, setProject] = useState<ProjectInfo | null>(null)
  const [documents, setDocuments] = useState<DocumentSummary[]>([])
  const [document, setDocumentState] = useState<DocumentRecord | null>(null)
  // Writes resolve after the render that started them; they compose onto the latest document, not a stale one.
  const documentRef = useRef<DocumentRecord | null>(null)
  const setDocument = useCallback((next: DocumentRecord | null) => {
    documentRef.current = next
    setDocumentState(next)
  }, [])
  const [selectedAnnotationId, selectAnnotation] = useState<string | null>(null)
  const [pendingWrites, setPendingWrites] = useState(0)
  const [notice, setNotice] = useState<Notice | null>(null)

  const report = useCallback((error: unknown) => {
    setNotice({ kind: 'error', text: error instanceof Error ? error.message : String(error) })
  }, [])

  const openDocument = useCallback(
    (id: string) => {
      client.call('documents.get', { documentId: id }).then((record) => {
        setDocument(record)
        selectAnnotation(null)
        localStorage.setItem(LAST_DOCUMENT_KEY, id)
      }, report)
    },
    [client, report, setDocument]
  )

  useEffect(() => {
    Promise.all([client.call('project.get', {}), client.call('documents.list', {})]).then(([info, list]) => {
      setProject(info)
      setDocuments(list)
      const last = localStorage.getItem(LAST_DOCUMENT_KEY)
      const first = list.find((d) => d.id === last) ?? list[0]
      if (first) openDocument(first.id)
    }, report)
  }, [client, openDocument, report])

  useEffect(() => {
    const offChanged = client.on('document.changed', ({ documentId, annotationCount }) =>
      setDocuments((list) => list.map((d) => (d.id === documentId ? { ...d, annotationCount } : d)))
    )
    const offAdded = client.on('documents.added', () => client.call('documents.list', {}).then(setDocuments, report))
    return () => {
      offChanged()
      offAdded()
    }
  }, [client, report])

  /** Runs a write, then applies its result to the open document and its count in the list. */
  const write = useCallback(
    async (documentId: string, run: () => Promise<(record: DocumentRecord) => DocumentRecord>) => {
      setPendingWrites((n) => n + 1)
      try {
        const update = await run()
        const current = documentRef.current
        if (!current || current.id !== documentId) return
        const next = update(current)
        setDocument(next)
        setDocuments((list) => list.map((d) => (d.id === documentId ? { ...d, annotationCount: next.annotations.length } : d)))
      } catch (error) {
        report(error)
      } finally {
        setPendingWrites((n) => n - 1)
      }
    },
    [report, setDocument]
  )

  const documentId = document?.id
  const createAnnotation = useCallback(
    async (tag: string, span: { start: number; end: number }) => {
      if (!documentId) return
      await write(documentId, async () => {
        const created = await client.call('annotations.create', { documentId, tag, ...span })
        selectAnnotation(created.id)
        return (record) =>
          record.annotations.some((a) => a.id === created.id) ? record : { ...record, annotations: [...record.annotations, created] }
      })
    },
    [client, documentId, write]
  )

  const setAnnotationTag = useCallback(
    async (annotationId: string, tag: string) => {
      if (!documentId) return
      await write(documentId, async () => {
        const updated = await client.call('annotations.setTag', { documentId, annotationId, tag })
        return (record) => ({ ...record, annotations: record.annotations.map((a) => (a.id === updated.id ? updated : a)) })
      })
    },
    [client, documentId, write]
  )

  const deleteAnnotation = useCallback(
    async (annotationId: string) => {
      if (!documentId) return
      await write(documentId, async () => {
        await client.call('annotations.delete', { documentId, annotationId })
        selectAnnotation((current) => (current === annotationId ? null : current))
        return (record) => ({ ...record, annotations: record.annotations.filter((a) => a.id !== annotationId) })
      })
    },
    [client, documentId, write]
  )

  const exportProject = useCallback(
    async (format: ExportFormat) => {
      try {
        const { savedTo } = await client.exportProject(format)
        if (savedTo) setNotice({ kind: 'info', text: `Exported ${format.toUpperCase()} to ${savedTo}` })
      } catch (error) {
        report(error)
      }
    },
    [client, report]
  )

  const dismissNotice = useCallback(() => setNotice(null), [])

  return {
    project,
    documents,
    document,
    selectedAnnotationId,
    pendingWrites,
    notice,
    openDocument,
    selectAnnotation,
    createAnnotation,
    setAnnotationTag,
    deleteAnnotation,
    exportProject,
    dismissNotice
  }
}
