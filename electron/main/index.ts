import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { app, BrowserWindow, screen, session } from 'electron'
import { authorChosenByEnvironment, defaultAuthor, defaultDataDir, defaultProjectDir, throttledProgress, type Core, type EventMessage, type ExportFormat, type ExportProgress, type ShellCommand } from '../core'
import type { Translator } from '../core/shared/i18n/translator'
import { APP_START_URL, trustedOrigins } from './app-origin'
import { projectArgument } from './args'
import { exportClaimsCsvWithDialog } from './claims-csv-dialog'
import { exportAgreementReportWithDialog } from './agreement-report-dialog'
import { exportProjectWithDialog } from './export-dialog'
import { forwardCoreEvents, registerInvokeHandler, sendToAllWindows, sendToWindow } from './ipc'
import { chooseFolder, showProjectInFolder } from './folders'
import { installCleanQuit } from './quit'
import { trackRecentDocuments } from './recent-documents'
import { DesktopLanguage } from './language'
import { installApplicationMenu, type MenuActions } from './menu'
import { showAbout, showFailure, showQuitTimeout } from './notices'
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
  const language = new DesktopLanguage(app.getPreferredSystemLanguages())
  // `--project DIR` (or TESSERA_PROJECT) must open; else the last project, else the default one, else the start screen.
  const explicit = projectArgument(process.argv) ?? process.env.TESSERA_PROJECT?.trim()
  const core = await openProjectOrExplain({
    resourcesDir: paths.resources,
    author: defaultAuthor(),
    authorConfirmed: authorChosenByEnvironment(),
    dataDir: defaultDataDir(),
    // A folder named on the command line starts empty unless --sample asks for the five articles.
    seedSample: explicit ? process.argv.includes('--sample') : true,
    warmViews: true,
    ...(explicit ? { projectDir: resolve(explicit) } : { fallbackProjectDir: resolve(defaultProjectDir()) })
  }, language.current)
  if (!core) {
    app.exit(1)
    return
  }
  installCleanQuit(app, { shutdown: () => core.shutdown(), onTimeout: (waitedMs) => showQuitTimeout(waitedMs, language.current) })
  trackRecentDocuments(core, app, process.platform)
  denyAllPermissions(session.defaultSession)
  serveRenderer(paths.renderer)
  const menuActions: MenuActions = {
    exportProject: (format) => void exportFromMenu(core, format, language.current),
    showAbout: () => void showAbout(activeWindow(), core.projectDir, language.current),
    sendCommand: (command: ShellCommand) => {
      const target = activeWindow()
      const message: EventMessage = { event: 'shell.command', payload: { command } }
      if (target) sendToWindow(target, message)
    }
  }
  const installMenu = (): void => installApplicationMenu(menuActions, { isPackaged: app.isPackaged, platform: process.platform }, language.current)
  registerInvokeHandler({
    core,
    isTrustedUrl,
    shellHandlers: {
      'shell.exportProject': (options, sender) =>
        exportProjectWithDialog(core, options, BrowserWindow.fromWebContents(sender), language.current, throttledProgress(sendProgress)),
      'shell.exportClaimsCsv': (query, sender) => exportClaimsCsvWithDialog(core, query, BrowserWindow.fromWebContents(sender), language.current),
      'shell.exportAgreementReport': (query, sender) => exportAgreementReportWithDialog(core, query, BrowserWindow.fromWebContents(sender), language.current),
      'shell.chooseFolder': ({ title }, sender) => chooseFolder(BrowserWindow.fromWebContents(sender), language.current, title),
      'shell.showInFolder': async ({ dir }) => showProjectInFolder(dir),
      // The menu is rebuilt in the renderer's language whenever it changes.
      'shell.setLanguage': async ({ language: chosen, digits }) => {
        const changed = language.set(chosen, digits)
        if (changed) installMenu()
        return { changed }
      }
    }
  })
  forwardCoreEvents(core, sendToAllWindows)
  installMenu()
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

async function exportFromMenu(core: Core, format: ExportFormat, t: Translator): Promise<void> {
  try {
    await exportProjectWithDialog(core, { format }, activeWindow(), t, throttledProgress(sendProgress))
  } catch (error) {
    showFailure(t.t('desktop.failure.export'), error, t)
  }
}
