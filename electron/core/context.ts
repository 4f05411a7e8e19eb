import type { EventName, Events, Method, ParsedInput, ProjectMethod, Result } from './shared/contract'
import type { DocumentRevisions } from './documents/revisions'
import type { History } from './history/history'
import type { DuplicateIndex } from './import/duplicate-index'
import type { ImportRuns } from './import/import-runs'
import type { ImportWorkers } from './import/worker/pool'
import type { ProjectStore } from './store/project-store'
import type { ViewIndex } from './views/view-index'

/**
 * What every handler is given: the open project's session (its store, history, revisions, view index),
 * who is working, and the project's event bus. One per opened project (see workspace/opened-project.ts).
 */
export interface CoreContext {
  readonly store: ProjectStore
  /** The annotator's name as the settings have it now. */
  readonly author: string
  /** The session's undo/redo history of this project; every change runs through it. */
  readonly history: History
  /** The revision each document was last announced at; a `document.changed` counts the next one. */
  readonly revisions: DocumentRevisions
  /** The per-document extracts the corpus views read; it follows `document.changed` on the bus. */
  readonly views: ViewIndex
  /** Fingerprints of the project's documents for the import's duplicate check, computed once per document. */
  readonly importFingerprints: DuplicateIndex
  /** The app's imports under way or stopped, by run id (`import.stop`). */
  readonly importRuns: ImportRuns
  /** Announces on the project's bus: its subscribers first, then the windows while the project is open. */
  emit<E extends EventName>(event: E, payload: Events[E]): void
  /** Subscribes to the project's bus; returns the unsubscriber. */
  on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void
  /** The project's name or description changed: the workspace tells every window (and the recent list). */
  onProjectInfoChanged(): void
  /** The workers imports read files in; the process's shared pool unless the core was given its own. */
  readonly importWorkers?: ImportWorkers
}

export type Handler<M extends Method> = (input: ParsedInput<M>, context: CoreContext) => Promise<Result<M>>

/** A domain's share of the API: one handler per method it owns. */
export type HandlersFor<M extends ProjectMethod> = { [K in M]: Handler<K> }
