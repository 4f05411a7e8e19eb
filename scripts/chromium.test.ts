import { describe, expect, it, vi } from 'vitest'
import { findChromium, INSTALL_HINT } from './chromium.js'

const BUNDLED = '/home/me/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome'

/** A machine with exactly these files. */
function machine(...files: string[]): (path: string) => boolean {
  const present = new Set(files)
  return (path) => present.has(path)
}

describe('which Chromium the e2e tests drive', () => {
  it('takes TESSERA_CHROMIUM first, and names it when it points nowhere', () => {
    const env = { TESSERA_CHROMIUM: '/opt/chrome/chrome', PATH: '/usr/bin' }
    expect(findChromium({ env, platform: 'linux', isFile: machine('/opt/chrome/chrome', '/usr/bin/chromium') })).toEqual({
      found: true,
      executablePath: '/opt/chrome/chrome',
      source: 'TESSERA_CHROMIUM'
    })
    const missing = findChromium({ env, platform: 'linux', isFile: machine('/usr/bin/chromium') })
    expect(missing).toEqual({ found: false, reason: expect.stringContaining('TESSERA_CHROMIUM is set to /opt/chrome/chrome, which is not a file') })
  })

  it('then a system Chromium or Chrome on PATH, in the order chromium, chromium-browser, google-chrome', () => {
    const env = { PATH: '/usr/local/bin:/usr/bin' }
    const lookup = (...files: string[]) => findChromium({ env, platform: 'linux', isFile: machine(...files), playwrightExecutable: () => BUNDLED })
    expect(lookup('/usr/bin/chromium', '/usr/bin/google-chrome', BUNDLED)).toMatchObject({ executablePath: '/usr/bin/chromium', source: 'system' })
    expect(lookup('/usr/bin/chromium-browser')).toMatchObject({ executablePath: '/usr/bin/chromium-browser' })
    expect(lookup('/usr/local/bin/google-chrome')).toMatchObject({ executablePath: '/usr/local/bin/google-chrome' })
    expect(
      findChromium({ env: { PATH: '' }, platform: 'darwin', isFile: machine('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome') })
    ).toMatchObject({ executablePath: '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome' })
  })

  it("then Playwright's own browser, without installing anything", () => {
    const install = vi.fn(() => true)
    const lookup = findChromium({ env: { PATH: '/usr/bin' }, platform: 'linux', isFile: machine(BUNDLED), playwrightExecutable: () => BUNDLED, install })
    expect(lookup).toEqual({ found: true, executablePath: undefined, source: 'playwright' })
    expect(install).not.toHaveBeenCalled()
  })

  it("installs Playwright's browser once when there is none, and uses it", () => {
    const files = new Set<string>()
    const install = vi.fn(() => {
      files.add(BUNDLED)
      return true
    })
    const lookup = findChromium({ env: { PATH: '/usr/bin' }, platform: 'linux', isFile: (path) => files.has(path), playwrightExecutable: () => BUNDLED, install })
    expect(lookup).toEqual({ found: true, executablePath: undefined, source: 'playwright (just installed)' })
    expect(install).toHaveBeenCalledTimes(1)
  })

  it('otherwise stops with one line saying what to install', () => {
    const install = vi.fn(() => false)
    const lookup = findChromium({ env: { PATH: '/usr/bin' }, platform: 'linux', isFile: machine(), playwrightExecutable: () => BUNDLED, install })
    expect(lookup).toEqual({ found: false, reason: INSTALL_HINT })
    expect(install).toHaveBeenCalledTimes(1)
    expect(INSTALL_HINT).not.toContain('\n')
    expect(INSTALL_HINT).toMatch(/apt-get install chromium.*npx playwright install chromium.*TESSERA_CHROMIUM/)
  })
})
