import type { EventName, Events, Input, Method, Result, ShellInput, ShellMethod, ShellResult } from '../core/shared/contract'
import type { Envelope } from '../core/shared/errors'

/** IPC channel names shared by the preload and the main process. */
export const INVOKE_CHANNEL = 'tessera:invoke'
export const EVENT_CHANNEL = 'tessera:event'

export type BridgeMethod = Method | ShellMethod

/** All the renderer gets from Electron: `window.tessera`. No ipcRenderer, no Node. */
export interface TesseraBridge {
  /** `project`: the folder this window believes is open; the core refuses project methods meant for another (`project-changed`). */
  invoke<M extends Method>(method: M, input: Input<M>, project?: string): Promise<Envelope<Result<M>>>
  invoke<M extends ShellMethod>(method: M, input: ShellInput<M>): Promise<Envelope<ShellResult<M>>>
  on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void
}

/** What the main process sends on EVENT_CHANNEL: one core event and its payload. */
export type { EventMessage } from '../core/shared/contract'
