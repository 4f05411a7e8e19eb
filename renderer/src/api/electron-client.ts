import type { TesseraBridge } from '../../../electron/preload/bridge'
import { unwrap, type ApiClient } from './client'

/** Talks to the Electron main process through the preload's `window.tessera` bridge. */
export function createElectronClient(bridge: TesseraBridge, openProject: () => string | undefined = () => undefined): ApiClient {
  return {
    mode: 'desktop',
    call: async (method, input) => unwrap(await bridge.invoke(method, input, openProject())),
    on: (event, listener) => bridge.on(event, listener),
    runExport: async (options) => unwrap(await bridge.invoke('shell.exportProject', options)),
    exportClaimsCsv: async (query) => unwrap(await bridge.invoke('shell.exportClaimsCsv', query)),
    exportAgreementReport: async (query) => unwrap(await bridge.invoke('shell.exportAgreementReport', query)),
    chooseFolder: async (title) => unwrap(await bridge.invoke('shell.chooseFolder', { title })).dir,
    showInFolder: async (dir) => {
      unwrap(await bridge.invoke('shell.showInFolder', { dir }))
    },
    setShellLanguage: async (language, digits) => {
      unwrap(await bridge.invoke('shell.setLanguage', { language, digits }))
    }
  }
}
