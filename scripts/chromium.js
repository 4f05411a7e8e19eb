import { spawnSync } from 'node:child_process'
import { statSync } from 'node:fs'
import { delimiter, join } from 'node:path'

/**
 * Which Chromium the e2e specs drive, in order: TESSERA_CHROMIUM, a system Chromium or Chrome,
 * Playwright's own browser; when there is none, one attempt at `npx playwright install chromium`;
 * otherwise one line saying what to install. Pure lookup with its effects injected, so it is tested
 * without touching this machine's browsers.
 */

export const SYSTEM_BROWSER_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']

/** Where browsers live outside PATH, by platform. */
export const KNOWN_LOCATIONS = {
  darwin: ['/Applications/Chromium.app/Contents/MacOS/Chromium', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'],
  win32: ['C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe', 'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe']
}

export const INSTALL_HINT =
  'No Chromium for the e2e tests: install one (Debian/Ubuntu: sudo apt-get install chromium; macOS: install Google Chrome; anywhere: npx playwright install chromium) or set TESSERA_CHROMIUM to a Chromium or Chrome binary.'

function isFile(path) {
  try {
    return statSync(path).isFile()
  } catch {
    return false
  }
}

/**
 * @param {{
 *   env?: Record<string, string | undefined>,
 *   platform?: string,
 *   isFile?: (path: string) => boolean,
 *   playwrightExecutable?: () => string | undefined,
 *   install?: () => boolean
 * }} [options]
 * @returns {{ found: true, executablePath: string | undefined, source: string } | { found: false, reason: string }}
 */
export function findChromium(options = {}) {
  const env = options.env ?? process.env
  const platform = options.platform ?? process.platform
  const fileExists = options.isFile ?? isFile
  const playwrightExecutable = options.playwrightExecutable ?? (() => undefined)

  const chosen = env.TESSERA_CHROMIUM
  if (chosen) {
    if (fileExists(chosen)) return { found: true, executablePath: chosen, source: 'TESSERA_CHROMIUM' }
    return { found: false, reason: `TESSERA_CHROMIUM is set to ${chosen}, which is not a file: point it at a Chromium or Chrome binary, or unset it.` }
  }

  const pathDirs = (env.PATH ?? '').split(platform === 'win32' ? ';' : delimiter).filter(Boolean)
  const onPath = pathDirs.flatMap((dir) => SYSTEM_BROWSER_NAMES.map((name) => join(dir, platform === 'win32' ? `${name}.exe` : name)))
  const system = [...onPath, ...(KNOWN_LOCATIONS[platform] ?? [])].find(fileExists)
  if (system) return { found: true, executablePath: system, source: 'system' }

  const bundled = () => {
    const path = playwrightExecutable()
    return path && fileExists(path) ? path : undefined
  }
  // Playwright finds its own browser by itself: no executablePath.
  if (bundled()) return { found: true, executablePath: undefined, source: 'playwright' }
  if (options.install?.() && bundled()) return { found: true, executablePath: undefined, source: 'playwright (just installed)' }
  return { found: false, reason: INSTALL_HINT }
}

/** One try at downloading Playwright's Chromium; false when it cannot (offline, no permission). */
export function installPlaywrightChromium(rootDir, timeoutMs = 5 * 60_000) {
  console.log('No Chromium found for the e2e tests: trying npx playwright install chromium once…')
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx'
  // Its download log is long; on failure the caller prints the one line that matters.
  const result = spawnSync(npx, ['playwright', 'install', 'chromium'], { cwd: rootDir, stdio: 'ignore', timeout: timeoutMs })
  return result.status === 0
}
