import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir, userInfo } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { openFromMenu } from './support/menu'
import { dragSelect, readerText } from './support/reader'

const URL_PATTERN = /(http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)/

/** `tessera serve` as a new user starts it: no project named, no TESSERA_AUTHOR, an empty data folder. */
async function serveFirstStart(dataDir: string): Promise<{ url: string; child: ChildProcess }> {
  const env: NodeJS.ProcessEnv = { ...process.env, TESSERA_DATA: dataDir }
  delete env.TESSERA_AUTHOR
  delete env.TESSERA_PROJECT
  const child = spawn(process.execPath, ['bin/tessera.js', 'serve', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'], env })
  let output = ''
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer): void => {
      output += chunk.toString()
      const match = URL_PATTERN.exec(output)
      if (match?.[1]) resolve(match[1])
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.once('exit', (code) => reject(new Error(`tessera serve exited with ${code}: ${output}`)))
  })
  return { url, child }
}

test('a first start asks the annotator’s name, prefilled; annotations carry it; closing the project leads to the start screen', async ({ page }) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'tessera-first-'))
  const { url, child } = await serveFirstStart(dataDir)
  try {
    await page.goto(url)
    const dialog = page.getByRole('dialog', { name: 'Who is annotating?' })
    await expect(dialog.getByLabel('Your name')).toHaveValue(userInfo().username || 'analyst')
    // The dialog asks for a name: the caret starts in it (not on the ×).
    await expect(dialog.getByLabel('Your name')).toBeFocused()
    await page.screenshot({ path: 'test-results/first-start-name.png' })
    await dialog.getByLabel('Your name').fill('Amal Haddad 🙂')
    await dialog.getByRole('button', { name: 'Continue' }).click()
    await expect(dialog).toBeHidden()

    const documents = page.getByRole('navigation', { name: 'Documents' }).getByRole('button')
    await expect(documents).toHaveCount(5)
    await documents.filter({ hasText: 'Hama stands firm' }).click()
    await expect(readerText(page)).toContainText('Hayat Tahrir al-Sham')
    await dragSelect(page, 'Hayat Tahrir al-Sham')
    await page.keyboard.press('2')
    const list = page.getByRole('complementary', { name: 'Annotations' })
    await expect(list.locator('.annotation-details').first()).toContainText('Amal Haddad 🙂')
    await expect(list.getByLabel('Annotator')).toContainText('Amal Haddad 🙂')

    await openFromMenu(page, 'Projects')
    await page.getByRole('button', { name: 'Close project' }).click()
    await expect(page.getByText('No project is open.')).toBeVisible()
    await page.reload()
    await expect(page.getByText('No project is open.')).toBeVisible()
    await expect(page.getByRole('dialog', { name: 'Who is annotating?' })).toHaveCount(0)
    await page.screenshot({ path: 'test-results/start-screen-no-project.png' })
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve))
    child.kill('SIGINT')
    await exited
    await rm(dataDir, { recursive: true, force: true })
  }
})
