import type { EventName, Events, Input, Method, Result, ShellInput, ShellMethod, ShellResult } from '../core/contract'
import type { Envelope } from '../core/errors'

/** IPC channel names shared by the preload and the main process. */
export const INVOKE_CHANNEL = 'tessera:invoke'
export const EVENT_CHANNEL = 'tessera:event'

export type BridgeMethod = Method | ShellMethod
export type BridgeInput<M extends BridgeMethod> = M extends Method ? Input<M> : M extends ShellMethod ? ShellInput<M> : never
export type BridgeResult<M extends BridgeMethod> = M extends Method ? Result<M> : M extends ShellMethod ? ShellResult<M> : never

/** All the renderer gets from Electron: `window.tessera`. No ipcRenderer, no Node. */
export interface TesseraBridge {
  invoke<M extends BridgeMethod>(method: M, input: BridgeInput<M>): Promise<Envelope<BridgeResult<M>>>
  on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void
}
