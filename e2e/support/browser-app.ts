import { spawn, type ChildProcess } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import type { Browser, BrowserContext, Page } from '@playwright/test'
import { exportThroughDialog } from './export-dialog'
import type { TesseraApp } from './tessera-app'

const URL_PATTERN = /(http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)/

export interface BrowserAppOptions {
  /**
   * Serve through the test-only entry whose journal writes fail while this file holds an error code
   * (ENOSPC, EIO…), run from source; the shipping `tessera serve` has no such switch.
   */
  writeFailureSwitch?: string
  /** Start a new project folder with the sample articles (`--sample`), as most specs expect; default true. */
  sample?: boolean
  /** The browser's locale (navigator.languages), as the OS locale is for the desktop app; default Playwright's en-US. */
  locale?: string
}

/** `tessera serve` on a project folder, and a Chromium page on the URL it prints. */
export async function launchBrowserApp(browser: Browser, projectDir: string, options: BrowserAppOptions = {}): Promise<TesseraApp> {
  // The server's start and the browser context's creation take a few hundred milliseconds each: side by side.
  const openPage = async (): Promise<{ context: BrowserContext; page: Page }> => {
    const context = await browser.newContext({ acceptDownloads: true, ...(options.locale ? { locale: options.locale } : {}) })
    return { context, page: await context.newPage() }
  }
  const [started, opened] = await Promise.allSettled([startServer(projectDir, options), openPage()])
  if (started.status === 'rejected' || opened.status === 'rejected') {
    if (opened.status === 'fulfilled') await opened.value.context.close()
    if (started.status === 'fulfilled') await stopServer(started.value.process)
    throw started.status === 'rejected' ? started.reason : (opened as PromiseRejectedResult).reason
  }
  let server = started.value
  const { context } = opened.value
  let page = opened.value.page
  await page.goto(server.url)

  const app: TesseraApp = {
    mode: 'browser',
    projectDir,
    get page(): Page {
      return page
    },
    async restart() {
      await stopServer(server.process)
      server = await startServer(projectDir, options)
      await page.close()
      page = await context.newPage()
      await page.goto(server.url)
    },
    async exportProject(format) {
      const [download] = await Promise.all([page.waitForEvent('download'), exportThroughDialog(page, format)])
      const path = await download.path()
      return readFile(path)
    },
    async stopServer() {
      await stopServer(server.process)
    },
    async close() {
      await context.close()
      await stopServer(server.process)
    }
  }
  return app
}

const FAILING_DISK_ENTRY = 'electron/server/testing/serve-failing-disk.ts'

async function startServer(projectDir: string, options: BrowserAppOptions): Promise<{ url: string; process: ChildProcess }> {
  // Settings and recent projects go to a folder beside the project, never the user's own data folder;
  // the annotator is named, so the first-start question does not cover the page.
  const env = { ...process.env, TESSERA_DATA: `${projectDir}.data`, TESSERA_AUTHOR: process.env.TESSERA_AUTHOR ?? 'E2E Analyst' }
  const serveArguments = ['--project', projectDir, '--port', '0', ...(options.sample === false ? [] : ['--sample'])]
  const entry = options.writeFailureSwitch
    ? ['--import', 'tsx', FAILING_DISK_ENTRY, 'out/renderer', options.writeFailureSwitch, ...serveArguments]
    : ['bin/tessera.js', 'serve', ...serveArguments]
  const child = spawn(process.execPath, entry, { stdio: ['ignore', 'pipe', 'pipe'], env })
  // Run from source through tsx, the test entry needs longer to start on a loaded machine.
  const startSeconds = options.writeFailureSwitch ? 60 : 20
  let output = ''
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`tessera serve printed no URL within ${startSeconds} s:\n${output}`)), startSeconds * 1000)
    const onData = (chunk: Buffer): void => {
      output += chunk.toString()
      const match = URL_PATTERN.exec(output)
      if (match?.[1]) {
        clearTimeout(timer)
        resolve(match[1])
      }
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`tessera serve exited with code ${code}:\n${output}`))
    })
  })
  return { url, process: child }
}

/** Stops the server as Ctrl+C would, so it releases the project's lock. */
async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGINT')
  await exited
}
