import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test as base } from '@playwright/test'
import { findElectronBinary } from '../../scripts/electron-runtime.js'
import { launchBrowserApp } from './browser-app'
import { launchElectronApp } from './electron-app'
import type { TesseraApp } from './tessera-app'

/** The Electron runtime when this machine has one; the specs then drive the desktop app, else browser mode. */
export const electronRuntime = findElectronBinary(process.cwd())
const electronBinary = electronRuntime.found ? electronRuntime.binary : null

async function withProject(launch: (projectDir: string) => Promise<TesseraApp>, use: (app: TesseraApp) => Promise<void>): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'tessera-e2e-'))
  const app = await launch(join(dataDir, 'project'))
  await use(app)
  await app.close()
  await rm(dataDir, { recursive: true, force: true })
}

/**
 * `app`: the desktop app where an Electron runtime exists, else browser mode. `browserApp`: browser mode
 * always, for what only browser mode has (its server, the browser's download), so those specs run everywhere.
 */
export const test = base.extend<{ app: TesseraApp; browserApp: TesseraApp }>({
  app: async ({ browser }, use) =>
    withProject((projectDir) => (electronBinary ? launchElectronApp(electronBinary, projectDir) : launchBrowserApp(browser, projectDir)), use),
  browserApp: async ({ browser }, use) => withProject((projectDir) => launchBrowserApp(browser, projectDir), use)
})

export { expect } from '@playwright/test'
