import { BrowserWindow } from 'electron'
import { DEFAULT_WINDOW_STATE, type WindowState } from './window-state'

export interface MainWindowOptions {
  preloadPath: string
  startUrl: string
  /** Remembered size and position, already fitted to the displays. */
  state?: WindowState
}

/** Opens the main window; it appears once its first paint is ready, so there is no white flash. */
export function createMainWindow({ preloadPath, startUrl, state = DEFAULT_WINDOW_STATE }: MainWindowOptions): BrowserWindow {
  // The options stay literal in this call so that Electronegativity (npm run lint:electron) can read them.
  const window = new BrowserWindow({
    title: 'Tessera',
    x: state.x,
    y: state.y,
    width: state.width,
    height: state.height,
    minWidth: 900,
    minHeight: 600,
    show: false,
    backgroundColor: '#f7f6f3',
    webPreferences: {
      // Reviewed for Electronegativity: the preload exposes one typed invoke over the contract and event
      // subscription, never ipcRenderer itself (electron/preload/index.test.ts).
      preload: preloadPath, // eng-disable PRELOAD_JS_CHECK
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      // A middle click would otherwise open a link without the window-open handler's checks.
      disableBlinkFeatures: 'Auxclick',
      // Chromium's spellchecker downloads dictionaries; the app must work without the network.
      spellcheck: false
    }
  })
  window.once('ready-to-show', () => {
    if (state.maximized) window.maximize()
    window.show()
  })
  window.loadURL(startUrl).catch((error: unknown) => {
    console.error(`Tessera could not load ${startUrl}: ${error instanceof Error ? error.message : String(error)}`)
  })
  return window
}

/** Brings the window forward, e.g. when a second instance of the app was started. */
export function focusWindow(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore()
  window.show()
  window.focus()
}
