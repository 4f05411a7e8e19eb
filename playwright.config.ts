import { chromium as playwrightChromium, defineConfig } from '@playwright/test'
import { findChromium, installPlaywrightChromium } from './scripts/chromium.js'
import { findElectronBinary } from './scripts/electron-runtime.js'

/**
 * Browser-mode specs drive Chromium: TESSERA_CHROMIUM if set, else a system Chromium or Chrome, else
 * Playwright's own browser (installed once if missing and the network allows); without any, the e2e
 * step stops here with one line saying what to install. Workers load this file too: only the main
 * process may try the install.
 */
const isWorker = Boolean(process.env.TEST_WORKER_INDEX)
const browserLookup = findChromium({
  playwrightExecutable: () => playwrightChromium.executablePath(),
  install: isWorker ? undefined : () => installPlaywrightChromium(process.cwd())
})
if (!browserLookup.found) {
  console.error(browserLookup.reason)
  process.exit(1)
}
const chromium = browserLookup.executablePath

const electronRuntime = findElectronBinary(process.cwd())
if (!electronRuntime.found && !isWorker) {
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
    // A failed spec keeps its trace with the page's DOM at each step; the screencast frames behind the
    // trace's screenshots cost a fifth of the step's CPU on a passing run (measured, see README).
    trace: { mode: 'retain-on-failure', screenshots: false }
  }
})
