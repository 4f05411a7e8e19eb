import { startTransition } from 'react'
import type { Input, Method, Result } from '@core/shared/contract'
import type { MessageKey } from '@core/shared/i18n/catalogue'
import { sayHistory } from '@core/shared/i18n/history-message'
import type { Annotation } from '@core/shared/model/annotation'
import type { AttributeValue } from '@core/shared/model/attributes'
import type { DocumentRecord, DocumentStatus } from '@core/shared/model/document'
import type { DocumentFieldValue } from '@core/shared/model/document-fields'
import type { Span } from '@core/shared/text/snap'
import type { ApiClient } from '../api/client'
import { afterPaint } from '../shared/after-paint'
import { announce } from '../shared/announcer'
import { insertSorted, provisionalAnnotation, type PendingChange, type ShownAnnotation } from './pending-annotations'
import type { ProjectStore } from './project-store'
import { createLayerActions, refusedAsOthers } from './layer-actions'

/** What the user is told when a write fails and its pending drawing is rolled back. */
export const FAILED_WRITE = {
  create: 'shell.failed.create',
  retag: 'shell.failed.retag',
  delete: 'shell.failed.delete',
  resize: 'shell.failed.resize',
  note: 'shell.failed.note',
  attribute: 'shell.failed.attribute',
  status: 'shell.failed.status',
  removeDocuments: 'shell.failed.removeDocuments',
  metadata: 'shell.failed.metadata',
  field: 'shell.failed.field'
} as const satisfies Record<string, MessageKey>

/** The later of two states of one annotation: a reply may arrive after the event of a later change. */
function newer(current: Annotation, answered: Annotation): Annotation {
  return answered.updatedAt >= current.updatedAt ? answered : current
}

interface WriteOptions<R = unknown> {
  /** Drawn over the open document until the write is answered (by annotation id, or a key of its own). */
  draw?: { key: string; change: PendingChange }
  /** The start of the failure notice; omitted when the caller shows the failure in place (a dialog, a panel). */
  failure?: string
  /** Applies the stored result to the open document at once (its event, when it comes, changes nothing more). */
  apply?: (record: DocumentRecord, result: R) => DocumentRecord
  documentId?: string
}

export type ProjectActions = ReturnType<typeof createActions>

/**
 * Every change the renderer makes to the project goes through here: each is counted in the store's
 * `writesInFlight` (the top bar's "Saving…") from the moment it is asked until the core answers, drawn
 * pending where it shows, and on failure rolled back (the drawing goes; the store still holds what is on
 * disk) with a notice saying what was not saved.
 */
export function createActions(store: ProjectStore, client: Pick<ApiClient, 'call'>) {
  let writeCounter = 0
  /** The stored id a temporary id will get, for commands issued while its create is still under way. */
  const storedIds = new Map<string, Promise<string | null>>()
  let resizeQueue: Promise<unknown> = Promise.resolve()
  /** The span the last resize asked for, so quick presses compose before the store answers. */
  let lastResize: { id: string; span: Span } | null = null
  let resizesRunning = 0

  const draw = (key: string, change: PendingChange | null, onlyWrite?: number) =>
    store.set((state) => {
      if (onlyWrite !== undefined && state.pending.get(key)?.write !== onlyWrite) return {}
      const pending = new Map(state.pending)
      if (change) pending.set(key, change)
      else pending.delete(key)
      return { pending }
    })

  /** Counts a value typed and not yet sent (a debounced field) as a write in flight. */
  function holdWrite(): () => void {
    store.set((state) => ({ writesInFlight: state.writesInFlight + 1 }))
    let released = false
    return () => {
      if (released) return
      released = true
      store.set((state) => ({ writesInFlight: state.writesInFlight - 1 }))
    }
  }

  /** Runs one core call as a write; resolves to its result, or rejects after the rollback and notice. */
  async function write<M extends Method>(method: M, input: Input<M>, options: WriteOptions<Result<M>> = {}): Promise<Result<M>> {
    const { draw: drawing, failure, documentId } = options
    // Drawn, and counted in "Saving…", in a transition: after a key press, the frame with the highlight is painted first.
    let release: () => void = () => undefined
    startTransition(() => {
      if (drawing) draw(drawing.key, drawing.change)
      release = holdWrite()
    })
    if (documentId) store.session.beginWrite()
    try {
      const result = await client.call(method, input)
      const { apply } = options
      if (documentId && apply) store.session.update(documentId, (record) => apply(record, result))
      return result
    } catch (error) {
      if (failure) store.fail(error, failure)
      throw error
    } finally {
      if (drawing) draw(drawing.key, null, drawing.change.write)
      release()
      if (documentId) store.session.endWrite()
    }
  }

  /** The same, resolving true once durable and false when it failed (and was rolled back with a notice). */
  const attempt = <M extends Method>(method: M, input: Input<M>, options: WriteOptions<Result<M>>): Promise<boolean> =>
    write(method, input, options).then(
      () => true,
      () => false
    )

  /** The stored id of an annotation, waiting for its create if it is still pending (null if that failed). */
  const storedId = (id: string): Promise<string | null> => storedIds.get(id) ?? Promise.resolve(id)

  /** The start of a failure notice, in the language shown when the write is asked. */
  const failed = (write: keyof typeof FAILED_WRITE) => store.translator().t(FAILED_WRITE[write])

  const openDocumentId = () => store.getState().document?.id ?? null
  const storedAnnotation = (id: string) => store.getState().document?.annotations.find((a) => a.id === id)

  return {
    ...createLayerActions(store, client),
    holdWrite,
    write,

    openDocument(documentId: string): void {
      void store.open(documentId)
    },

    selectAnnotation(annotationId: string | null): void {
      store.set({ selectedAnnotationId: annotationId })
    },

    dismissNotice(): void {
      store.set({ notice: null })
    },

    notify(notice: { kind: 'error' | 'info'; text: string } | null): void {
      store.set({ notice })
    },

    /**
     * Tags a span; `snap: 'words'` asks the core to snap it to whole words. `paint` is called at once with the
     * highlight to draw pending, before any state changes (drawn in this key press's frame).
     */
    async createAnnotation(tag: string, { snap, ...span }: Span & { snap?: 'words' | 'exact' }, paint?: (shown: ShownAnnotation) => void): Promise<boolean> {
      const document = store.getState().document
      if (!document) return false
      const documentId = document.id
      const writeNumber = ++writeCounter
      const temporaryId = `pending-${writeNumber}`
      let settle: (id: string | null) => void = () => undefined
      storedIds.set(temporaryId, new Promise((resolve) => (settle = resolve)))
      const provisional = provisionalAnnotation(temporaryId, tag, document.text, span)
      if (paint) {
        paint({ ...provisional, pending: 'create' })
        await afterPaint()
      }
      const selectCreated = (id: string | null) => {
        if (store.getState().selectedAnnotationId === temporaryId) store.set({ selectedAnnotationId: id })
      }
      startTransition(() => store.set({ selectedAnnotationId: temporaryId }))
      try {
        const created = await write(
          'annotations.create',
          { documentId, tag, ...span, snap },
          {
            documentId,
            draw: { key: temporaryId, change: { kind: 'create', write: writeNumber, annotation: provisional } },
            failure: failed('create'),
            apply: (record, stored) => {
              settle(stored.id)
              selectCreated(stored.id)
              return record.annotations.some((a) => a.id === stored.id) ? record : { ...record, annotations: insertSorted(record.annotations, stored) }
            }
          }
        )
        settle(created.id)
        return true
      } catch {
        return false
      } finally {
        settle(null)
        selectCreated(null)
        storedIds.delete(temporaryId)
      }
    },

    async setAnnotationTag(annotationId: string, tag: string): Promise<boolean> {
      if (refusedAsOthers(store, annotationId)) return false
      const id = await storedId(annotationId)
      const documentId = openDocumentId()
      if (!documentId || !id) return false
      return attempt('annotations.setTag', { documentId, annotationId: id, tag }, {
        documentId,
        draw: { key: id, change: { kind: 'retag', write: ++writeCounter, tag } },
        failure: failed('retag'),
        apply: (record, updated) => ({ ...record, annotations: record.annotations.map((a) => (a.id === updated.id ? newer(a, updated) : a)) })
      })
    },

    async deleteAnnotation(annotationId: string): Promise<boolean> {
      if (refusedAsOthers(store, annotationId)) return false
      const id = await storedId(annotationId)
      const documentId = openDocumentId()
      if (!documentId || !id) return false
      return attempt('annotations.delete', { documentId, annotationId: id }, {
        documentId,
        draw: { key: id, change: { kind: 'delete', write: ++writeCounter } },
        failure: failed('delete'),
        apply: (record) => {
          if (store.getState().selectedAnnotationId === id) store.set({ selectedAnnotationId: null })
          return { ...record, annotations: record.annotations.filter((a) => a.id !== id) }
        }
      })
    },

    /**
     * Resizes an annotation (a word by key, or to a dragged span): one core command, so one undo step. Resizes
     * run one after another, each from the span the previous one asked for; the stored span arrives as a
     * `document.changed` event.
     */
    resizeAnnotation(annotationId: string, span: Span): void {
      const documentId = openDocumentId()
      if (!documentId || refusedAsOthers(store, annotationId)) return
      lastResize = { id: annotationId, span }
      resizesRunning += 1
      const release = holdWrite()
      resizeQueue = resizeQueue
        .then(() => client.call('annotations.resize', { documentId, annotationId, ...span }))
        .then(undefined, (error: unknown) => {
          lastResize = null
          store.fail(error, failed('resize'))
        })
        .finally(() => {
          resizesRunning -= 1
          release()
        })
    },

    /** Where the next resize of an annotation starts: the span last asked for while resizes are under way. */
    resizeStart(annotation: Annotation): Span {
      if (resizesRunning === 0) lastResize = null
      return lastResize && lastResize.id === annotation.id ? lastResize.span : annotation
    },

    setNote(documentId: string, annotationId: string, note: string): Promise<boolean> {
      if (refusedAsOthers(store, annotationId)) return Promise.resolve(false)
      return attempt('annotations.setNote', { documentId, annotationId, note }, {
        draw: { key: `note:${annotationId}`, change: { kind: 'edit', write: ++writeCounter, annotationId, fields: { note } } },
        failure: failed('note')
      })
    },

    setAttribute(documentId: string, annotationId: string, attribute: string, value: AttributeValue | null): Promise<boolean> {
      if (refusedAsOthers(store, annotationId)) return Promise.resolve(false)
      const stored = storedAnnotation(annotationId)?.attributes ?? {}
      const attributes = Object.fromEntries([...Object.entries(stored).filter(([id]) => id !== attribute), ...(value === null ? [] : [[attribute, value] as const])])
      return attempt('annotations.setAttribute', { documentId, annotationId, attribute, value }, {
        draw: { key: `attribute:${annotationId}:${attribute}`, change: { kind: 'edit', write: ++writeCounter, annotationId, fields: { attributes } } },
        failure: failed('attribute')
      })
    },

    /** Sets a whole-article label (null clears it); the open document shows it once the core has it written. */
    setDocumentField(documentId: string, fieldId: string, value: DocumentFieldValue | null): Promise<boolean> {
      return attempt('documents.setField', { documentId, fieldId, value }, { failure: failed('field') })
    },

    setStatus(documentId: string, status: DocumentStatus): Promise<boolean> {
      return attempt('documents.setStatus', { documentId, status }, { failure: failed('status') })
    },

    /** Deletes documents (one undo step); resolves to what went, or null when it failed (with a notice). */
    removeDocuments(documentIds: readonly string[]): Promise<Result<'documents.remove'> | null> {
      return write('documents.remove', { documentIds: [...documentIds] }, { failure: failed('removeDocuments') }).catch(() => null)
    },

    /** Undo or redo through the core's history; presses in quick succession each count. */
    moveInHistory(direction: 'undo' | 'redo'): void {
      store.set((state) => ({ historyMoves: state.historyMoves + 1 }))
      client
        .call(direction === 'undo' ? 'history.undo' : 'history.redo', {})
        .then(
          (result) => {
            if (result.doneMessage) store.set({ notice: { kind: 'info', text: sayHistory(store.translator(), result.doneMessage) } })
            else announce(store.translator().t(direction === 'undo' ? 'shell.nothingToUndo' : 'shell.nothingToRedo'))
          },
          (error: unknown) => store.fail(error)
        )
        .finally(() => store.set((state) => ({ historyMoves: state.historyMoves - 1 })))
    }
  }
}
