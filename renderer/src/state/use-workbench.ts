import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { ProjectInfo } from '@core/contract'
import type { DocumentRecord, DocumentSummary } from '@core/model/document'
import type { ApiClient } from '../api/client'
import type { Annotation } from '@core/model/annotation'
import { afterPaint } from './after-paint'
import { DocumentSession } from './document-session'
import { insertSorted, provisionalAnnotation, type PendingChange, type ShownAnnotation } from './pending-annotations'

const LAST_DOCUMENT_KEY = 'tessera.lastDocument'

/** The later of two states of one annotation: a reply may arrive after the event of a later change. */
function newer(current: Annotation, answered: Annotation): Annotation {
  return answered.updatedAt >= current.updatedAt ? answered : current
}

/** What the user is told when a write fails and its pending drawing is rolled back. */
const FAILED_WRITE: Record<PendingChange['kind'], string> = {
  create: 'The highlight was not saved and has been removed',
  retag: 'The new tag was not saved; the annotation keeps its tag',
  delete: 'The annotation was not deleted'
}

export interface Notice {
  kind: 'error' | 'info'
  text: string
}

export interface Workbench {
  project: ProjectInfo | null
  documents: DocumentSummary[]
  /** The open document as the core last reported it written, annotations in reading order. */
  document: DocumentRecord | null
  /** True while the open document's annotations are still arriving in slices. */
  documentLoading: boolean
  /** Changes drawn at once but not yet durable, by annotation id (see `showPendingChanges`). */
  pending: ReadonlyMap<string, PendingChange>
  selectedAnnotationId: string | null
  pendingWrites: number
  notice: Notice | null
  openDocument(id: string): void
  selectAnnotation(id: string | null): void
  /**
   * Tags a span; `snap: 'words'` asks the core to snap it to whole words as it stores it. `paint` is called
   * at once, before any state changes, with the highlight to draw pending. Each of these resolves true once
   * the change is durable, false when it failed (and was rolled back with a notice).
   */
  createAnnotation(tag: string, span: { start: number; end: number; snap?: 'words' | 'exact' }, paint?: (shown: ShownAnnotation) => void): Promise<boolean>
  setAnnotationTag(annotationId: string, tag: string): Promise<boolean>
  deleteAnnotation(annotationId: string): Promise<boolean>
  dismissNotice(): void
}

/**
 * The workbench's state and every action on it. A change is drawn at once, marked pending (a temporary
 * id for a new annotation), and becomes normal only when the core reports it written to disk; if the
 * write fails it is rolled back and the error shown. `pendingWrites` counts the writes not yet answered.
 */
export function useWorkbench(client: ApiClient): Workbench {
  const [project, setProject] = useState<ProjectInfo | null>(null)
  const [documents, setDocuments] = useState<DocumentSummary[]>([])
  const [opened, setOpened] = useState<{ document: DocumentRecord | null; loading: boolean }>({ document: null, loading: false })
  const stored = opened.document
  const [pending, setPending] = useState<ReadonlyMap<string, PendingChange>>(new Map())
  const writeCounter = useRef(0)
  /** The stored id a temporary id will get, for commands issued while its create is still under way. */
  const storedIds = useRef(new Map<string, Promise<string | null>>())
  const [selectedAnnotationId, selectAnnotation] = useState<string | null>(null)
  const [pendingWrites, setPendingWrites] = useState(0)
  const [notice, setNotice] = useState<Notice | null>(null)

  const report = useCallback((error: unknown) => {
    setNotice({ kind: 'error', text: error instanceof Error ? error.message : String(error) })
  }, [])

  // The open document, read in slices and kept current from the core's change events.
  const session = useMemo(() => new DocumentSession(client, (document, loading) => setOpened({ document, loading }), report), [client, report])
  useEffect(() => session.connect(), [session])
  useEffect(() => () => session.cancel(), [session])

  const openDocument = useCallback(
    (id: string) => {
      setPending(new Map())
      selectAnnotation(null)
      void session.open(id).then(() => {
        if (session.document?.id === id) localStorage.setItem(LAST_DOCUMENT_KEY, id)
      })
    },
    [session]
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

  const draw = useCallback((id: string, change: PendingChange | null, onlyWrite?: number) => {
    setPending((current) => {
      if (onlyWrite !== undefined && current.get(id)?.write !== onlyWrite) return current
      const next = new Map(current)
      if (change) next.set(id, change)
      else next.delete(id)
      return next
    })
  }, [])

  /**
   * Runs a write whose change is already drawn as pending; on success applies the stored result to the
   * open document (and its count in the list), on failure reports it. Either way the pending drawing goes.
   */
  const write = useCallback(
    async (documentId: string, shownId: string, change: PendingChange, run: () => Promise<(record: DocumentRecord) => DocumentRecord>): Promise<boolean> => {
      startTransition(() => {
        draw(shownId, change)
        setPendingWrites((n) => n + 1)
      })
      session.beginWrite()
      try {
        const update = await run()
        session.update(documentId, update)
        const next = session.document
        if (next?.id === documentId) setDocuments((list) => list.map((d) => (d.id === documentId ? { ...d, annotationCount: next.annotations.length } : d)))
        return true
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error)
        setNotice({ kind: 'error', text: `${FAILED_WRITE[change.kind]}: ${message}` })
        return false
      } finally {
        draw(shownId, null, change.write)
        setPendingWrites((n) => n - 1)
        session.endWrite()
      }
    },
    [draw, session]
  )

  /** The stored id of an annotation, waiting for its create if it is still pending (null if that failed). */
  const storedId = useCallback((id: string): Promise<string | null> => storedIds.current.get(id) ?? Promise.resolve(id), [])

  const documentId = stored?.id
  const text = stored?.text ?? ''
  const createAnnotation = useCallback(
    async (tag: string, { snap, ...span }: { start: number; end: number; snap?: 'words' | 'exact' }, paint?: (shown: ShownAnnotation) => void) => {
      if (!documentId) return false
      const writeNumber = ++writeCounter.current
      const temporaryId = `pending-${writeNumber}`
      let settle: (id: string | null) => void = () => undefined
      storedIds.current.set(temporaryId, new Promise((resolve) => (settle = resolve)))
      const provisional = provisionalAnnotation(temporaryId, tag, text, span)
      // Drawn now, in this key press's frame, touching one chunk; the lists, the panel and the write follow
      // once that frame is painted (the drawing is pending until the core answers, and goes if the write fails).
      if (paint) {
        paint({ ...provisional, pending: 'create' })
        await afterPaint()
      }
      startTransition(() => selectAnnotation(temporaryId))
      try {
        return await write(documentId, temporaryId, { kind: 'create', write: writeNumber, annotation: provisional }, async () => {
          const created = await client.call('annotations.create', { documentId, tag, ...span, snap })
          settle(created.id)
          selectAnnotation((current) => (current === temporaryId ? created.id : current))
          return (record) =>
            record.annotations.some((a) => a.id === created.id) ? record : { ...record, annotations: insertSorted(record.annotations, created) }
        })
      } finally {
        settle(null)
        selectAnnotation((current) => (current === temporaryId ? null : current))
        storedIds.current.delete(temporaryId)
      }
    },
    [client, documentId, text, write]
  )

  const setAnnotationTag = useCallback(
    async (annotationId: string, tag: string) => {
      const id = await storedId(annotationId)
      if (!documentId || !id) return false
      return write(documentId, id, { kind: 'retag', write: ++writeCounter.current, tag }, async () => {
        const updated = await client.call('annotations.setTag', { documentId, annotationId: id, tag })
        return (record) => ({ ...record, annotations: record.annotations.map((a) => (a.id === updated.id ? newer(a, updated) : a)) })
      })
    },
    [client, documentId, storedId, write]
  )

  const deleteAnnotation = useCallback(
    async (annotationId: string) => {
      const id = await storedId(annotationId)
      if (!documentId || !id) return false
      return write(documentId, id, { kind: 'delete', write: ++writeCounter.current }, async () => {
        await client.call('annotations.delete', { documentId, annotationId: id })
        selectAnnotation((current) => (current === id ? null : current))
        return (record) => ({ ...record, annotations: record.annotations.filter((a) => a.id !== id) })
      })
    },
    [client, documentId, storedId, write]
  )

  const dismissNotice = useCallback(() => setNotice(null), [])

  return {
    project,
    documents,
    document: stored,
    documentLoading: opened.loading,
    pending,
    selectedAnnotationId,
    pendingWrites,
    notice,
    openDocument,
    selectAnnotation,
    createAnnotation,
    setAnnotationTag,
    deleteAnnotation,
    dismissNotice
  }
}
