import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { app, BrowserWindow, screen, session } from 'electron'
import { defaultAuthor, throttledProgress, type Core, type ExportFormat, type ExportProgress } from '../core'
import { APP_START_URL, trustedOrigins } from './app-origin'
import { resolveProjectDir } from './args'
import { exportProjectWithDialog } from './export-dialog'
import { forwardCoreEvents, registerInvokeHandler, sendToAllWindows } from './ipc'
import { installApplicationMenu } from './menu'
import { showAbout, showFailure } from './notices'
import { denyAllPermissions } from './permissions'
import { registerAppScheme, serveRenderer } from './protocol'
import { openProjectOrExplain } from './startup'
import { guardWebContents } from './web-contents'
import { createMainWindow, focusWindow } from './window'
import { fitToDisplays, readWindowState, trackWindowState } from './window-state'

const here = dirname(fileURLToPath(import.meta.url))
const paths = {
  resources: resolve(here, '../../resources'),
  preload: join(here, '../preload/index.cjs'),
  renderer: join(here, '../renderer')
}
// electron-vite dev serves the renderer with hot reload; a packaged app never loads from a server.
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL
const isTrustedUrl = trustedOrigins(devServerUrl)
let mainWindow: BrowserWindow | null = null

registerAppScheme()
app.enableSandbox()
app.on('web-contents-created', (_event, contents) => guardWebContents(contents, isTrustedUrl))
app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})

if (app.requestSingleInstanceLock()) {
  app.on('second-instance', () => {
    if (mainWindow && !mainWindow.isDestroyed()) focusWindow(mainWindow)
  })
  void start()
} else {
  app.quit()
}

async function start(): Promise<void> {
  await app.whenReady()
  const projectDir = resolveProjectDir(process.argv, process.env)
  const core = await openProjectOrExplain({ projectDir, resourcesDir: paths.resources, author: defaultAuthor(), seedSample: true })
  if (!core) {
    app.exit(1)
    return
  }
  app.on('will-quit', () => core.close())
  denyAllPermissions(session.defaultSession)
  serveRenderer(paths.renderer)
  registerInvokeHandler({
    core,
    isTrustedUrl,
    shellHandlers: {
      'shell.exportProject': (options, sender) =>
        exportProjectWithDialog(core, options, BrowserWindow.fromWebContents(sender), throttledProgress(sendProgress))
    }
  })
  forwardCoreEvents(core, sendToAllWindows)
  installApplicationMenu(
    {
      exportProject: (format) => void exportFromMenu(core, format),
      showAbout: () => void showAbout(activeWindow(), projectDir)
    },
    { isPackaged: app.isPackaged, platform: process.platform }
  )
  await openMainWindow()
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void openMainWindow()
  })
}

async function openMainWindow(): Promise<void> {
  const stateFile = join(app.getPath('userData'), 'window-state.json')
  const workAreas = screen.getAllDisplays().map((display) => display.workArea)
  const state = fitToDisplays(await readWindowState(stateFile), workAreas)
  mainWindow = createMainWindow({ preloadPath: paths.preload, startUrl: devServerUrl ?? APP_START_URL, state })
  trackWindowState(mainWindow, stateFile)
  mainWindow.on('closed', () => {
    mainWindow = null
  })
}

function sendProgress(payload: ExportProgress): void {
  sendToAllWindows({ event: 'export.progress', payload })
}

function activeWindow(): BrowserWindow | null {
  return BrowserWindow.getFocusedWindow() ?? mainWindow
}

async function exportFromMenu(core: Core, format: ExportFormat): Promise<void> {
  try {
    await exportProjectWithDialog(core, { format }, activeWindow(), throttledProgress(sendProgress))
  } catch (error) {
    showFailure('Export failed', error)
  }
}
