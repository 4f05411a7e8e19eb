import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron'

export interface MainWindowOptions {
  preloadPath: string
  startUrl: string
}

export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    title: 'Tessera',
    width: 1400,
    height: 900,
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
export function createMainWindow({ preloadPath, startUrl }: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(preloadPath))
  window.once('ready-to-show', () => window.show())
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
