import AxeBuilder from '@axe-core/playwright'
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { callApi } from './support/api'
import { expect, test } from './support/fixtures'
import { readerText } from './support/reader'

const URL_PATTERN = /(http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)/

/** A port free now, so the server can be started again on the very same address. */
async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  await new Promise((resolve) => server.close(resolve))
  return typeof address === 'object' && address ? address.port : 0
}

function serve(projectDir: string, port: number, env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['bin/tessera.js', 'serve', '--project', projectDir, '--port', String(port), '--sample'], { stdio: ['ignore', 'pipe', 'pipe'], env })
  let output = ''
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer): void => {
      output += chunk.toString()
      const match = URL_PATTERN.exec(output)
      if (match?.[1]) resolve({ child, url: match[1] })
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.once('exit', (code) => reject(new Error(`tessera serve exited with ${code}: ${output}`)))
  })
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGINT')
  await exited
}

test('a tab left open while Tessera restarts reconnects by itself at the same address, and says how to reconnect when it cannot', async ({ browser }) => {
  test.setTimeout(180_000)
  const base = await mkdtemp(join(tmpdir(), 'tessera-e2e-reconnect-'))
  const projectDir = join(base, 'project')
  const env = { ...process.env, TESSERA_DATA: join(base, 'data'), TESSERA_AUTHOR: 'E2E Analyst' }
  const port = await freePort()
  let server = await serve(projectDir, port, env)
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    await page.goto(server.url)
    await expect(readerText(page)).toBeVisible()
    const notice = page.locator('.disconnected-notice')
    const saveState = page.getByTestId('save-state')

    await stop(server.child)
    await expect(saveState).toHaveText('Disconnected — changes cannot be saved')
    await expect(notice).toContainText('Tessera’s server is not answering. This tab reconnects by itself')

    // Started again at the same address: it takes the last token, and the tab comes back without a reload.
    server = await serve(projectDir, port, env)
    await expect(notice).toBeHidden({ timeout: 30_000 })
    await expect(saveState).not.toHaveText(/Disconnected/)
    const [first] = await callApi(page, 'documents.list', {})
    await page.getByRole('navigation', { name: 'Documents' }).getByRole('button').first().click()
    await page.locator('#reader-pane').getByLabel('Status').selectOption('done')
    await expect(saveState).toHaveText(/^Saved /)
    expect((await callApi(page, 'documents.get', { documentId: first?.id ?? '' })).status).toBe('done')

    // Started with a new token (its address file removed): the tab cannot know it, and says how to find it.
    await stop(server.child)
    await rm(join(base, 'data', 'server.json'))
    server = await serve(projectDir, port, env)
    await expect(notice).toContainText('Tessera was started again with a new key, so this tab cannot reconnect.', { timeout: 30_000 })
    await expect(notice).toContainText('npx tessera address')
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
    await expect(saveState).toHaveText('Disconnected — changes cannot be saved')
    expect(execFileSync(process.execPath, ['bin/tessera.js', 'address'], { env, encoding: 'utf8' })).toBe(`${server.url}\n`)
    // The address it prints opens the project again, connected.
    await page.goto(server.url)
    await page.reload()
    await expect(readerText(page)).toBeVisible()
    await expect(notice).toBeHidden()
  } finally {
    await context.close()
    await stop(server.child)
    await rm(base, { recursive: true, force: true })
  }
})
