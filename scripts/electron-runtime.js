import { spawnSync } from 'node:child_process'
import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Finding and fetching Electron's runtime binary without `require('electron')`: since Electron 42 that
 * require downloads the binary on first use, and where the download host is unreachable it throws.
 */

/** Where the binary sits inside an Electron distribution, as electron/install.js names it. */
export function platformBinaryPath(platform = process.platform) {
  if (platform === 'darwin' || platform === 'mas') return 'Electron.app/Contents/MacOS/Electron'
  return platform === 'win32' ? 'electron.exe' : 'electron'
}

function isFile(path) {
  try {
    return statSync(path).isFile()
  } catch {
    return false
  }
}

function readPathFile(packageDir) {
  try {
    return readFileSync(join(packageDir, 'path.txt'), 'utf8').trim() || null
  } catch {
    return null
  }
}

/**
 * Locates the binary the way the electron package would (path.txt, dist/, ELECTRON_OVERRIDE_DIST_PATH).
 * @param {string} rootDir the project root, holding node_modules
 * @returns {{ found: true, binary: string } | { found: false, reason: string }}
 */
export function findElectronBinary(rootDir, env = process.env, platform = process.platform) {
  const packageDir = join(rootDir, 'node_modules', 'electron')
  if (!isFile(join(packageDir, 'package.json'))) return { found: false, reason: 'the electron package is not installed' }
  const relativeBinary = readPathFile(packageDir)
  const overrideDir = env.ELECTRON_OVERRIDE_DIST_PATH?.trim()
  if (overrideDir) {
    const binary = join(overrideDir, relativeBinary ?? platformBinaryPath(platform))
    return isFile(binary) ? { found: true, binary } : { found: false, reason: `ELECTRON_OVERRIDE_DIST_PATH has no ${binary}` }
  }
  if (!relativeBinary) return { found: false, reason: 'the Electron binary was never downloaded' }
  const binary = join(packageDir, 'dist', relativeBinary)
  return isFile(binary) ? { found: true, binary } : { found: false, reason: `${binary} is missing` }
}

/** The first line of a failure's output, without the error class name: short enough for one line. */
export function shortReason(output, fallback) {
  const firstLine = output
    .split('\n')
    .map((line) => line.trim())
    .find(Boolean)
  if (!firstLine) return fallback
  const withoutClass = firstLine.replace(/^[A-Za-z]*Error:\s*/, '')
  return withoutClass.length > 120 ? `${withoutClass.slice(0, 117)}...` : withoutClass
}

/**
 * Runs electron/install.js once, quietly, to fetch the binary.
 * @returns {{ ok: true } | { ok: false, reason: string }}
 */
export function installElectronRuntime(rootDir, { timeoutMs = 180_000, env = process.env } = {}) {
  if (env.ELECTRON_SKIP_BINARY_DOWNLOAD) return { ok: false, reason: 'ELECTRON_SKIP_BINARY_DOWNLOAD is set' }
  const installer = join(rootDir, 'node_modules', 'electron', 'install.js')
  if (!isFile(installer)) return { ok: false, reason: 'the electron package has no install.js' }
  const result = spawnSync(process.execPath, [installer], { cwd: rootDir, env, encoding: 'utf8', timeout: timeoutMs })
  if (result.error) {
    const timedOut = result.error.code === 'ETIMEDOUT'
    return { ok: false, reason: timedOut ? `the download did not finish within ${Math.round(timeoutMs / 1000)} s` : result.error.message }
  }
  if (result.status !== 0) return { ok: false, reason: `download failed: ${shortReason(result.stderr || result.stdout, `exit code ${result.status}`)}` }
  return { ok: true }
}
