import type { Page } from '@playwright/test'
import { expect, test } from './support/fixtures'
import { dragSelect, readerText } from './support/reader'
import { readStoredDocument } from './support/store'

/**
 * One keyboard dispatcher decides each key by where focus is and by what is selected now: a key that
 * follows the Escape which cleared the selection must find nothing selected.
 */
const ARTICLE = 'Syrian army enters Hama countryside'

async function openArticle(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Documents' }).getByRole('button').filter({ hasText: ARTICLE }).click()
  await expect(readerText(page)).toContainText('Shafaq News/')
}

const quotes = async (projectDir: string): Promise<string[]> => (await readStoredDocument(projectDir, ARTICLE)).annotations.map((a) => a.quote)

test.beforeEach(async ({ app }) => {
  await openArticle(app.page)
})

test('Escape that clears the selection, then Shift+→, does not resize the annotation that was selected', async ({ app }) => {
  const { page } = app
  await dragSelect(page, 'Mount Zain')
  await page.keyboard.press('3')
  const mark = page.locator('mark[data-tag="place"]:not([data-pending])')
  await expect(mark).toHaveText('Mount Zain')
  const row = page.getByRole('complementary', { name: 'Annotations' }).getByRole('button', { name: 'Place: Mount Zain' })
  // The first Escape closes the details, the second clears the selection.
  await page.keyboard.press('Escape')
  await expect(page.getByRole('region', { name: 'Annotation details' })).toHaveCount(0)
  await page.keyboard.press('Escape')
  await expect(row).not.toHaveAttribute('aria-current', 'true')
  await page.keyboard.press('Shift+ArrowRight')
  await page.keyboard.press('Alt+Shift+ArrowLeft')
  // A resize would be on disk well within a second (the resize tests see it at once).
  await page.waitForTimeout(1_000)
  expect(await quotes(app.projectDir)).toEqual(['Mount Zain'])
  await expect(mark).toHaveText('Mount Zain')
})

test('Escape from the reader text with the details closed clears the selection; Shift+→ then selects text, not the annotation', async ({ app }) => {
  const { page } = app
  await dragSelect(page, 'Mount Zain')
  await page.keyboard.press('3')
  const mark = page.locator('mark[data-tag="place"]:not([data-pending])')
  await expect(mark).toHaveText('Mount Zain')
  await page.getByRole('button', { name: 'Close details' }).click()
  await readerText(page).focus()
  await page.keyboard.press('Escape')
  await page.keyboard.press('Shift+ArrowRight')
  await page.waitForTimeout(1_000)
  expect(await quotes(app.projectDir)).toEqual(['Mount Zain'])
})
