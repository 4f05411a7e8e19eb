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

export const test = base.extend<{ app: TesseraApp }>({
  app: async ({ browser }, use) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'tessera-e2e-'))
    const projectDir = join(dataDir, 'project')
    const app = electronBinary ? await launchElectronApp(electronBinary, projectDir) : await launchBrowserApp(browser, projectDir)
    await use(app)
    await app.close()
    await rm(dataDir, { recursive: true, force: true })
  }
})

export { expect } from '@playwright/test'
