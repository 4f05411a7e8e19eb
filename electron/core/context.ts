import type { EventName, Events, Method, ParsedInput, ProjectMethod, Result } from './contract'
import type { History } from './history/history'
import type { ImportWorkers } from './import/worker/pool'
import type { ProjectStore } from './store/project-store'

/** What every handler is given: the open project, who is working, and how to announce a change. */
export interface CoreContext {
  store: ProjectStore
  author: string
  /** The session's undo/redo history of this project; every change runs through it. */
  history: History
  emit<E extends EventName>(event: E, payload: Events[E]): void
  /** The project's name or description changed: the workspace tells every window (and the recent list). */
  onProjectInfoChanged(): void
  /** The workers imports read files in; the process's shared pool unless the core was given its own. */
  importWorkers?: ImportWorkers
}

export type Handler<M extends Method> = (input: ParsedInput<M>, context: CoreContext) => Promise<Result<M>>

/** A domain's share of the API: one handler per method it owns. */
export type HandlersFor<M extends ProjectMethod> = { [K in M]: Handler<K> }
