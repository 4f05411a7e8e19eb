import { beforeEach, describe, expect, it, vi } from 'vitest'

const electron = vi.hoisted(() => {
  class FakeBrowserWindow {
    static created: FakeBrowserWindow[] = []
    readonly handlers = new Map<string, () => void>()
    readonly loadURL = vi.fn(() => Promise.resolve())
    readonly show = vi.fn()
    readonly maximize = vi.fn()
    constructor(readonly options: Record<string, unknown>) {
      FakeBrowserWindow.created.push(this)
    }
    once(event: string, handler: () => void): void {
      this.handlers.set(event, handler)
    }
  }
  return { BrowserWindow: FakeBrowserWindow }
})
vi.mock('electron', () => electron)

const { createMainWindow } = await import('./window')

describe('createMainWindow', () => {
  beforeEach(() => {
    electron.BrowserWindow.created = []
  })

  it('opens a hardened window: isolated, sandboxed, no Node, no webviews, web security on', () => {
    createMainWindow({ preloadPath: '/app/out/preload/index.cjs', startUrl: 'app://tessera/index.html' })
    const [window] = electron.BrowserWindow.created
    expect(window?.options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
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
      disableBlinkFeatures: 'Auxclick'
    })
  })

  it('is sized for work, titled Tessera and hidden until its first paint', () => {
    createMainWindow({ preloadPath: '/p.cjs', startUrl: 'app://tessera/index.html' })
    const [window] = electron.BrowserWindow.created
    expect(window?.options).toMatchObject({
      title: 'Tessera',
      width: 1400,
      height: 900,
      minWidth: 900,
      minHeight: 600,
      show: false,
      backgroundColor: '#f7f6f3'
    })
    expect(window?.show).not.toHaveBeenCalled()
    window?.handlers.get('ready-to-show')?.()
    expect(window?.show).toHaveBeenCalledTimes(1)
  })

  it('opens where it was left, maximised again if it was', () => {
    createMainWindow({ preloadPath: '/p.cjs', startUrl: 'app://tessera/index.html', state: { x: 1600, y: 90, width: 1800, height: 1000, maximized: true } })
    const [window] = electron.BrowserWindow.created
    expect(window?.options).toMatchObject({ x: 1600, y: 90, width: 1800, height: 1000 })
    window?.handlers.get('ready-to-show')?.()
    expect(window?.maximize).toHaveBeenCalledTimes(1)
    expect(window?.show).toHaveBeenCalledTimes(1)
  })

  it('loads the start URL it is given', () => {
    createMainWindow({ preloadPath: '/p.cjs', startUrl: 'app://tessera/index.html' })
    expect(electron.BrowserWindow.created[0]?.loadURL).toHaveBeenCalledWith('app://tessera/index.html')
  })
})
