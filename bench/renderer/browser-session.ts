import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser } from '@playwright/test'

/** The same Chromium and flags as playwright.config.ts (Debian's build; Playwright cannot download its own here). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.TESSERA_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
  })
}

export const VIEWPORT = { width: 1440, height: 900 }

const URL_PATTERN = /(http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)/

/**
 * `tessera serve` on a project, and the URL it prints. The annotator is named (so no first-start dialog
 * sits over the page: keys pressed under a modal dialog never reach the reader) and the settings live in
 * a folder of the bench's own, not the user's.
 */
export async function serveProject(projectDir: string): Promise<{ url: string; stop(): Promise<void> }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'tessera-bench-data-'))
  const child: ChildProcess = spawn(process.execPath, ['bin/tessera.js', 'serve', '--project', projectDir, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, TESSERA_AUTHOR: 'bench', TESSERA_DATA: dataDir }
  })
  let output = ''
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer): void => {
      output += chunk.toString()
      const match = URL_PATTERN.exec(output)
      if (match?.[1]) resolve(match[1])
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.once('exit', (code) => reject(new Error(`tessera serve exited with code ${code}:\n${output}`)))
  })
  return {
    url,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve))
        child.kill('SIGINT')
        await exited
      }
      await rm(dataDir, { recursive: true, force: true })
    }
  }
}
