import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { EVENT_CHANNEL, INVOKE_CHANNEL, type BridgeMethod, type EventMessage, type TesseraBridge } from './bridge'

/**
 * The renderer's only door to the app. Listeners get the payload alone, never the IpcRendererEvent,
 * whose `sender` would hand the page ipcRenderer itself.
 */
const tessera = {
  invoke: (method: BridgeMethod, input: unknown, project?: string) => ipcRenderer.invoke(INVOKE_CHANNEL, method, input, project),
  on: (event, listener) => {
    const onMessage = (_ipcEvent: IpcRendererEvent, message: EventMessage): void => {
      if (message.event === event) listener(message.payload as Parameters<typeof listener>[0])
    }
    ipcRenderer.on(EVENT_CHANNEL, onMessage)
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, onMessage)
    }
  }
} satisfies TesseraBridge

contextBridge.exposeInMainWorld('tessera', tessera)
