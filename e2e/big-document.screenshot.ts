import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { benchDocument } from '../bench/renderer/corpus'
import { createBenchProject } from '../bench/renderer/project'
import { launchBrowserApp } from './support/browser-app'
import { expect, test } from './support/fixtures'
import { readerText } from './support/reader'

/** `npm run screenshot`: the reader far into the benchmark's 200,000-word document with 20,000 spans (README, Performance). */
test('README screenshot of the big document', async ({ browser }) => {
  test.setTimeout(120_000)
  const dataDir = await mkdtemp(join(tmpdir(), 'tessera-screenshot-big-'))
  const doc = benchDocument({ key: '200k/20k', words: 200_000, spans: 20_000 })
  await createBenchProject(join(dataDir, 'project'), [doc])
  const app = await launchBrowserApp(browser, join(dataDir, 'project'))
  try {
    const { page } = app
    await page.getByRole('navigation', { name: 'Documents' }).getByRole('button').filter({ hasText: doc.title }).click()
    await expect(readerText(page)).toContainText(doc.title)
    await page.getByRole('region', { name: 'Reader' }).evaluate((pane) => pane.scrollTo(0, pane.scrollHeight * 0.6))
    const marks = page.locator('[data-chunk-state="mounted"] mark[data-tag="actor"]')
    await expect(marks.first()).toBeVisible()
    await marks.nth(3).click()
    await expect(page.locator('mark[data-selected="true"]').first()).toBeVisible()
    await page.screenshot({ path: 'docs/screenshot-big-document.png' })
  } finally {
    await app.close()
    await rm(dataDir, { recursive: true, force: true })
  }
})
