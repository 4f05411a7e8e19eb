import { EventEmitter } from 'node:events'
import type { EventName, Events } from '../shared/contract'
import type { CoreContext } from '../context'
import { wholeDocumentChangedPayload } from '../documents/changed-event'
import { DocumentRevisions } from '../documents/revisions'
import { History } from '../history/history'
import { readableEvent } from '../layers/blind-mode'
import { readerOf } from '../layers/blind-reads'
import { ImportRuns } from '../import/import-runs'
import { DuplicateIndex } from '../import/duplicate-index'
import type { ImportWorkers } from '../import/worker/pool'
import type { ProjectStore } from '../store/project-store'
import { createViewIndex, type ViewIndex } from '../views/view-index'

export interface SessionOptions {
  /** The annotator's name as the settings have it at the moment of a change. */
  author(): string
  /** Passes an event on to the windows; the session calls it only while it is the open project. */
  announce<E extends EventName>(event: E, payload: Events[E]): void
  /** True while this session is the workspace's open project (a closed one announces nothing). */
  isOpen(): boolean
  onProjectInfoChanged(): void
  importWorkers?: ImportWorkers
  /** Build the corpus views' index in the background once a window has listed the documents. */
  warmViews?: boolean
  /** The number of documents from which the corpus views use the index on disk. */
  storedViewsFrom?: number
  storedViewsRowsPerStep?: number
}

/**
 * One opened project and everything that lives as long as it stays open: the store, the undo history,
 * the documents' revisions, the corpus views' index, the import's fingerprints, the calls in flight,
 * and the one context every handler of this project is given. Nothing here outlives a switch.
 */
export class OpenedProject {
  readonly history = new History()
  readonly revisions = new DocumentRevisions()
  readonly views: ViewIndex
  /** Calls running on this project: a switch or a quit waits for them before releasing the project. */
  readonly inFlight = new Set<Promise<unknown>>()
  readonly context: CoreContext
  private readonly bus = new EventEmitter()

  constructor(
    readonly store: ProjectStore,
    options: SessionOptions
  ) {
    this.bus.setMaxListeners(0)
    this.views = createViewIndex(store, options.warmViews ?? false, {
      onProgress: (progress) => this.context.emit('views.indexing', progress),
      storedFrom: options.storedViewsFrom,
      rowsPerStep: options.storedViewsRowsPerStep
    }, () => readerOf(this.context))
    const importFingerprints = new DuplicateIndex()
    const bus = this.bus
    this.context = {
      store,
      get author() {
        return options.author()
      },
      history: this.history,
      revisions: this.revisions,
      views: this.views,
      importFingerprints,
      importRuns: new ImportRuns(),
      emit(event, payload) {
        bus.emit(event, payload)
        // A write of a project closed meanwhile announces nothing: the windows show another project now.
        if (options.isOpen()) options.announce(event, readableEvent(event, payload, store.info.blindMode, options.author()))
      },
      on(event, listener) {
        bus.on(event, listener)
        return () => bus.off(event, listener)
      },
      onProjectInfoChanged: () => options.onProjectInfoChanged(),
      importWorkers: options.importWorkers
    }
    this.context.on('document.changed', ({ documentId }) => this.views.invalidate(documentId))
    // A document restored by an undo is read again (the views drop removed ones by the document order).
    this.context.on('documents.added', ({ documentIds }) => documentIds.forEach((id) => this.views.invalidate(id)))
    // A change kept after a failed write is announced when it is finally on disk.
    store.onUnsavedChanged((pending) => {
      if (options.isOpen()) options.announce('saves.changed', { pending })
    })
    store.onChangeSaved((documentId) => {
      void store.getDocument(documentId).then(
        (document) => this.context.emit('document.changed', wholeDocumentChangedPayload(document, this.revisions.next(documentId))),
        () => undefined
      )
    })
  }

  /** Resolves once every call running on the project, and every write it queued, has finished. */
  async settle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight])
    await this.store.whenIdle()
  }

  /** Runs a call on this project, counted in flight until it ends. */
  track<T>(running: Promise<T>): Promise<T> {
    this.inFlight.add(running)
    void running.then(
      () => this.inFlight.delete(running),
      () => this.inFlight.delete(running)
    )
    return running
  }
}
