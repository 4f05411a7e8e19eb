import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { launchBrowserApp } from './support/browser-app'
import { expect, test } from './support/fixtures'
import { dragSelect, readerText } from './support/reader'

const ARTICLE = 'Syria’s Hama stands firm'

async function tagAll(page: Page, spans: readonly (readonly [string, string])[]): Promise<void> {
  await page.getByRole('navigation', { name: 'Documents' }).getByRole('button').filter({ hasText: ARTICLE }).click()
  await expect(readerText(page)).toContainText('TEHRAN')
  for (const [phrase, key] of spans) {
    await dragSelect(page, phrase)
    await page.keyboard.press(key)
    await expect(page.locator('mark:not([data-pending]):not([data-layer])').filter({ hasText: phrase }).first()).toBeVisible()
    await expect(page.getByTestId('save-state')).toHaveText(/^Saved |^All changes saved/)
  }
}

/** `npm run screenshot`: the reader with two annotators' layers shown, each other one outlined as theirs (docs/reader-layers.png). */
test('reader with two layers', async ({ browser }) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'tessera-shot-layers-'))
  const previousAuthor = process.env.TESSERA_AUTHOR
  process.env.TESSERA_AUTHOR = 'Omar'
  const app = await launchBrowserApp(browser, join(dataDir, 'project'))
  try {
    await tagAll(app.page, [
      ['Hayat Tahrir al-Sham', '2'],
      ['the Syrian army', '2'],
      ['denied reports of a military withdrawal from Hama', '1'],
      ['northern and eastern Hama countryside', '3']
    ])
    process.env.TESSERA_AUTHOR = 'Rana'
    await app.restart()
    const { page } = app
    await tagAll(page, [
      ['Hayat Tahrir al-Sham', '2'],
      ['The Syrian Ministry of Defense', '2'],
      ['denied reports of a military withdrawal', '1'],
      ['Hama', '3']
    ])
    // Every layer is shown by default; the choice is opened to show whose is whose.
    await page.getByText('Layers: Every layer').click()
    await expect(page.locator('mark[data-layer="1"]').filter({ hasText: 'the Syrian army' })).toBeVisible()
    await page.getByRole('region', { name: 'Reader' }).evaluate((pane) => pane.scrollTo(0, 0))
    await page.screenshot({ path: 'docs/reader-layers.png' })
  } finally {
    if (previousAuthor === undefined) delete process.env.TESSERA_AUTHOR
    else process.env.TESSERA_AUTHOR = previousAuthor
    await app.close()
    await rm(dataDir, { recursive: true, force: true })
  }
})
