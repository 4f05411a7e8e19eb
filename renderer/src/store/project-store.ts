import type { HistoryState } from '@core/shared/api-types'
import type { Events, ProjectInfo } from '@core/shared/contract'
import type { Translator } from '@core/shared/i18n/translator'
import type { DocumentRecord, DocumentSummary } from '@core/shared/model/document'
import type { TagDefinition } from '@core/shared/model/project'
import { errorText, type ApiClient } from '../api/client'
import { announce } from '../shared/announcer'
import { DocumentSession, type SessionOptions } from './document-session'
import type { PendingChange } from './pending-annotations'
import { EVERY_LAYER, type LayerChoice } from '../layers/layer-choice'

export const NO_HISTORY: HistoryState = { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null, undoMessage: null, redoMessage: null }

export interface Notice {
  kind: 'error' | 'info'
  text: string
}

/** Everything the workbench shows about the open project, in one place. */
export interface ProjectState {
  project: ProjectInfo | null
  /** The documents in list order, each with its latest status, title and counts. */
  documents: readonly DocumentSummary[]
  /** False until the first `documents.list` answers (a copied project of 10,000 articles takes seconds): the list must not say "0" meanwhile. */
  documentsLoaded: boolean
  /**
   * False until the project, its list and the article it opens on are all in: the save state and the panes'
   * counts say so meanwhile instead of "No changes yet" and zeros. Stays false if the load fails (the notice says why).
   */
  projectLoaded: boolean
  /** The open document as the core last reported it written. */
  document: DocumentRecord | null
  /** True while the open document's annotations are still arriving in slices. */
  documentLoading: boolean
  /** The tag schema: the one copy (from `project.get`, then each `project.changed`). */
  tags: readonly TagDefinition[]
  history: HistoryState
  /** Undo/redo moves in flight. */
  historyMoves: number
  /** Bumped on each `relations.changed` (relations across documents, relation types): relation panels read again. */
  relationsVersion: number
  /** Bumped on each `entities.changed`: entity fields and panels read again. */
  entitiesVersion: number
  /** Bumped on every change the core announces (documents, entities, tags, imports): corpus views ask again. */
  changesVersion: number
  /** Changes drawn at once but not yet durable, by annotation id. */
  pending: ReadonlyMap<string, PendingChange>
  /** Writes sent and not yet answered, plus values typed and not yet sent: the top bar's "Saving…". */
  writesInFlight: number
  /** When the core last reported a change durable (its change events come only after the write). */
  savedAt: Date | null
  /** Browser mode: whether the server is reachable. */
  connected: boolean
  /** Browser mode, while not connected: the server does not answer, or answers with another token (it was restarted). */
  disconnectReason: 'unreachable' | 'stale-token' | null
  selectedAnnotationId: string | null
  /** Whose layers the reader and the annotation list show (layers/layer-choice.ts); my layer alone at first. */
  layers: LayerChoice
  notice: Notice | null
}

const INITIAL: ProjectState = {
  project: null,
  documents: [],
  documentsLoaded: false,
  projectLoaded: false,
  document: null,
  documentLoading: false,
  tags: [],
  history: NO_HISTORY,
  historyMoves: 0,
  entitiesVersion: 0,
  relationsVersion: 0,
  changesVersion: 0,
  pending: new Map(),
  writesInFlight: 0,
  savedAt: null,
  connected: true,
  disconnectReason: null,
  selectedAnnotationId: null,
  layers: EVERY_LAYER,
  notice: null
}

const LAST_DOCUMENT_KEY = 'tessera.lastDocument'

/**
 * The renderer's one copy of the open project. It subscribes to the core's events once (`connect`) and is
 * the only place the document list, the open document, tags, entities' version, history and the writes in
 * flight change; components read it with `useProjectState` and change it only through the actions module.
 */
export class ProjectStore {
  private state: ProjectState = INITIAL
  private readonly listeners = new Set<() => void>()
  readonly session: DocumentSession

  constructor(
    private readonly client: Pick<ApiClient, 'call' | 'on' | 'onConnection'>,
    /** The interface's language now; the workbench sets the next one if the user changes it while the project is open. */
    private shownIn: Translator,
    sessionOptions: SessionOptions = {}
  ) {
    this.session = new DocumentSession(client, (document, documentLoading) => this.set({ document, documentLoading }), (error) => this.fail(error), sessionOptions)
  }

  getState = (): ProjectState => this.state

  /** The translator for what the store says (notices, announcements) at this moment. */
  translator(): Translator {
    return this.shownIn
  }

  setTranslator(translator: Translator): void {
    this.shownIn = translator
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  set(change: Partial<ProjectState> | ((state: ProjectState) => Partial<ProjectState>)): void {
    const patch = typeof change === 'function' ? change(this.state) : change
    this.state = { ...this.state, ...patch }
    for (const listener of this.listeners) listener()
  }

  fail(error: unknown, prefix?: string): void {
    const message = errorText(error, this.translator())
    this.set({ notice: { kind: 'error', text: prefix ? `${prefix}: ${message}` : message } })
  }

  /** Follows the core's events and loads the project; returns the way to stop. */
  connect(): () => void {
    const { client } = this
    const changed = (state: ProjectState) => ({ changesVersion: state.changesVersion + 1 })
    const stops = [
      client.on('document.changed', (change) => this.documentChanged(change)),
      client.on('documents.added', () => {
        this.set(changed)
        void this.reloadList()
      }),
      client.on('documents.removed', ({ documentIds }) => this.documentsRemoved(documentIds)),
      client.on('project.changed', ({ tags, documentFields }) =>
        this.set((state) => ({
          tags,
          ...(documentFields && state.project ? { project: { ...state.project, documentFields } } : {}),
          savedAt: new Date(),
          ...changed(state)
        }))
      ),
      client.on('history.changed', (history) => this.set({ history })),
      client.on('relations.changed', ({ typesChanged }) => {
        this.set((state) => ({ relationsVersion: state.relationsVersion + 1, savedAt: new Date(), ...changed(state) }))
        if (typesChanged) void this.client.call('project.get', {}).then((project) => this.set({ project }), (error: unknown) => this.fail(error))
      }),
      client.on('workspace.changed', (workspace) => this.workspaceChanged(workspace.project?.blindMode ?? false, workspace.author)),
      client.on('entities.changed', () => this.set((state) => ({ entitiesVersion: state.entitiesVersion + 1, savedAt: new Date(), ...changed(state) })))
    ]
    const stopConnection = client.onConnection?.((connected, reason) => {
      const wasConnected = this.state.connected
      this.set({ connected, disconnectReason: connected ? null : (reason ?? 'unreachable') })
      if (connected === wasConnected) return
      announce(this.translator().t(connected ? 'shell.reconnected' : 'shell.disconnected'))
      // Changes made elsewhere while this tab was away were not heard: read the list and the open document again.
      if (connected) {
        void this.reloadList()
        void this.session.reload()
      }
    })
    void this.load()
    return () => {
      for (const stop of stops) stop()
      stopConnection?.()
      this.session.cancel()
    }
  }

  /** Opens a document (the last one opened, or the first, when the project loads). */
  open(documentId: string): Promise<void> {
    this.set({ pending: new Map(), selectedAnnotationId: null })
    return this.session.open(documentId).then(() => {
      if (this.session.document?.id === documentId) localStorage.setItem(LAST_DOCUMENT_KEY, documentId)
    })
  }

  private async load(): Promise<void> {
    try {
      const [project, documents, history] = await Promise.all([
        this.client.call('project.get', {}),
        this.client.call('documents.list', {}),
        this.client.call('history.state', {}).catch(() => NO_HISTORY)
      ])
      this.set({ project, tags: project.tags, documents, documentsLoaded: true, history })
      const last = localStorage.getItem(LAST_DOCUMENT_KEY)
      const first = documents.find((d) => d.id === last) ?? documents[0]
      if (first) await this.open(first.id)
      this.set({ projectLoaded: true })
    } catch (error) {
      this.fail(error)
    }
  }

  private async reloadList(): Promise<void> {
    try {
      this.set({ documents: await this.client.call('documents.list', {}) })
    } catch (error) {
      this.fail(error)
    }
  }

  /**
   * Documents were deleted (here, from the command line or another window): they leave the list, and when
   * the open one is among them the next one left in the list opens (the one before it at the end).
   */
  private documentsRemoved(documentIds: readonly string[]): void {
    const removed = new Set(documentIds)
    const before = this.state.documents
    const documents = before.filter((d) => !removed.has(d.id))
    this.set((state) => ({ documents, savedAt: new Date(), changesVersion: state.changesVersion + 1 }))
    const open = this.state.document?.id
    if (open === undefined || !removed.has(open)) return
    const at = before.findIndex((d) => d.id === open)
    const next = before.slice(at + 1).find((d) => !removed.has(d.id)) ?? before.slice(0, at).reverse().find((d) => !removed.has(d.id))
    this.set({ pending: new Map(), selectedAnnotationId: null })
    if (next) void this.open(next.id)
    else this.session.close()
  }

  /**
   * Blind mode was turned on or off, or the annotator renamed, in Settings or another window: the open document
   * is read again, as the core now gives it to this annotator.
   */
  private workspaceChanged(blindMode: boolean, author: string): void {
    const { project } = this.state
    if (!project || (project.blindMode === blindMode && project.author === author)) return
    this.set({ project: { ...project, blindMode, author } })
    void this.session.reload()
  }

  /** The one subscriber to `document.changed`: the list's summary, the open document, the save time. */
  private documentChanged(change: Events['document.changed']): void {
    const { documentId, summary } = change
    const open = this.state.document
    const me = this.state.project?.author ?? ''
    // Marked done for me, or unmarked (an undo): in blind mode the core now gives more, or less, of the document.
    const doneForMeChanged = open?.id === documentId && (open.doneBy ?? []).includes(me) !== (summary.doneBy ?? []).includes(me)
    this.set((state) => ({
      documents: state.documents.map((d) => (d.id === documentId ? summary : d)),
      savedAt: new Date(),
      changesVersion: state.changesVersion + 1
    }))
    this.session.receive(change)
    if (doneForMeChanged && this.state.project?.blindMode) void this.session.reload()
  }
}
