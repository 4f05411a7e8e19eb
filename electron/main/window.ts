import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron'
import { DEFAULT_WINDOW_STATE, type WindowState } from './window-state'

export interface MainWindowOptions {
  preloadPath: string
  startUrl: string
  /** Remembered size and position, already fitted to the displays. */
  state?: WindowState
}

export function mainWindowOptions(preloadPath: string, state: WindowState = DEFAULT_WINDOW_STATE): BrowserWindowConstructorOptions {
  return {
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
      preload: preloadPath,
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
      // Chromium's spellchecker downloads dictionaries; the app must work without the network.
      spellcheck: false
    }
  }
}

/** Opens the main window; it appears once its first paint is ready, so there is no white flash. */
export function createMainWindow({ preloadPath, startUrl, state }: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(preloadPath, state))
  window.once('ready-to-show', () => {
    if (state?.maximized) window.maximize()
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
