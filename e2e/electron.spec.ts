import { spawn } from 'node:child_process'
import { electronRuntime, expect, test } from './support/fixtures'

const skipReason = electronRuntime.found ? '' : `no Electron runtime on this machine (${electronRuntime.reason}); desktop-only specs need a real window`

test.describe('desktop window', () => {
  test.skip(!electronRuntime.found, skipReason)

  test('gives the page no Node, only the two bridge functions, and no way out of the app', async ({ app }) => {
    const { page } = app
    expect(page.url()).toMatch(/^app:\/\/tessera\//)
    const globals = await page.evaluate(() => {
      const scope = globalThis as { require?: unknown; process?: unknown; tessera?: object }
      return { require: typeof scope.require, process: typeof scope.process, bridge: Object.keys(scope.tessera ?? {}).sort() }
    })
    expect(globals).toEqual({ require: 'undefined', process: 'undefined', bridge: ['invoke', 'on'] })
    await page.evaluate(() => window.open('https://example.org'))
    await page.evaluate(() => window.location.assign('https://example.org'))
    expect(page.url()).toMatch(/^app:\/\/tessera\//)
    expect(page.context().pages()).toHaveLength(1)
  })

  test('a second launch exits and leaves the first window working', async ({ app }) => {
    const binary = electronRuntime.found ? electronRuntime.binary : ''
    const second = spawn(binary, ['.', '--project', app.projectDir], { stdio: 'ignore' })
    const code = await new Promise<number | null>((resolve) => second.once('exit', resolve))
    expect(code).toBe(0)
    await expect(app.page.getByRole('navigation', { name: 'Documents' }).getByRole('button')).toHaveCount(5)
  })
})
