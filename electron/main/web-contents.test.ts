import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { WebContents } from 'electron'
import { trustedOrigins } from './app-origin'

const electron = vi.hoisted(() => ({ shell: { openExternal: vi.fn(() => Promise.resolve()) } }))
vi.mock('electron', () => electron)

const { guardWebContents } = await import('./web-contents')

type Handler = (event: { url?: string; preventDefault: () => void }) => void
type OpenHandler = (details: { url: string }) => { action: string }

function fakeContents() {
  const handlers = new Map<string, Handler>()
  let openHandler: OpenHandler | undefined
  const contents = {
    on: (event: string, handler: Handler) => handlers.set(event, handler),
    setWindowOpenHandler: (handler: OpenHandler) => {
      openHandler = handler
    }
  }
  guardWebContents(contents as unknown as WebContents, trustedOrigins('http://localhost:5173/'))
  const fire = (event: string, url: string): boolean => {
    const preventDefault = vi.fn()
    const handler = handlers.get(event)
    if (!handler) throw new Error(`no ${event} handler`)
    handler({ url, preventDefault })
    return preventDefault.mock.calls.length > 0
  }
  const open = (url: string) => {
    if (!openHandler) throw new Error('no window open handler')
    return openHandler({ url })
  }
  return { fire, open }
}

describe('guardWebContents', () => {
  beforeEach(() => vi.clearAllMocks())

  it.each(['will-navigate', 'will-redirect'])('%s: blocks foreign pages and allows the app and dev server', (event) => {
    const { fire } = fakeContents()
    expect(fire(event, 'https://evil.example/')).toBe(true)
    expect(fire(event, 'file:///etc/passwd')).toBe(true)
    expect(fire(event, 'app://tessera.evil.example/index.html')).toBe(true)
    expect(fire(event, 'http://localhost:5174/')).toBe(true)
    expect(fire(event, 'app://tessera/index.html')).toBe(false)
    expect(fire(event, 'http://localhost:5173/index.html')).toBe(false)
  })

  it('refuses to attach webviews', () => {
    const { fire } = fakeContents()
    expect(fire('will-attach-webview', 'app://tessera/index.html')).toBe(true)
  })

  it('never opens a new window; https links go to the default browser, nothing else does', () => {
    const { open } = fakeContents()
    expect(open('https://example.org/article')).toEqual({ action: 'deny' })
    expect(electron.shell.openExternal).toHaveBeenCalledWith('https://example.org/article')
    for (const url of ['http://example.org/', 'file:///etc/passwd', 'javascript:alert(1)', 'app://tessera/index.html', 'not a url']) {
      expect(open(url)).toEqual({ action: 'deny' })
    }
    expect(electron.shell.openExternal).toHaveBeenCalledTimes(1)
  })
})
