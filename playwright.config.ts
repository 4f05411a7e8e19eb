import { existsSync } from 'node:fs'
import { defineConfig } from '@playwright/test'
import { findElectronBinary } from './scripts/electron-runtime.js'

/**
 * Browser-mode specs drive Chromium: TESSERA_CHROMIUM if set, else Debian's /usr/bin/chromium when
 * present (Playwright's own browser download is unreachable here), else Playwright's default.
 */
const chromium = process.env.TESSERA_CHROMIUM ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)

const electronRuntime = findElectronBinary(process.cwd())
if (!electronRuntime.found && !process.env.TEST_WORKER_INDEX) {
  console.log(
    `No Electron runtime (${electronRuntime.reason}): the specs run against browser mode in Chromium, and the Electron-only specs are skipped.`
  )
}

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  use: {
    viewport: { width: 1440, height: 900 },
    launchOptions: {
      executablePath: chromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run'
      ]
    },
    trace: 'retain-on-failure'
  }
})
