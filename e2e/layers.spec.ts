import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expectNoAxeViolations } from './support/axe'
import { launchBrowserApp } from './support/browser-app'
import { expect, test } from './support/fixtures'
import { openFromMenu } from './support/menu'
import { dragSelect, readerText } from './support/reader'

const ARTICLE = 'Syrian army enters Hama countryside'

async function openArticle(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Documents' }).getByRole('button').filter({ hasText: ARTICLE }).click()
  await expect(readerText(page)).toContainText('Shafaq News/')
}

async function tag(page: Page, phrase: string, key: string, tagId: string): Promise<void> {
  await dragSelect(page, phrase)
  await page.keyboard.press(key)
  await expect(page.locator(`mark[data-tag="${tagId}"]:not([data-pending])`).filter({ hasText: phrase })).toHaveCount(1)
}

/**
 * Two annotators on the sample, one after the other on the same project folder (the server started as each):
 * blind mode keeps Omar's work from Rana until she marks the article done for her; then his layer can be shown
 * beside hers, outlined as his, and is read-only for her.
 */
test('blind mode hides another annotator’s layer until done for me; shown, it is outlined and read-only', async ({ browser }) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'tessera-e2e-layers-'))
  const previousAuthor = process.env.TESSERA_AUTHOR
  process.env.TESSERA_AUTHOR = 'Omar'
  const app = await launchBrowserApp(browser, join(dataDir, 'project'))
  try {
    let { page } = app
    await openArticle(page)
    await tag(page, 'Hama city', '3', 'place')
    await tag(page, 'Efforts are underway', '1', 'claim')
    await openFromMenu(page, 'Project settings')
    const settings = page.getByRole('dialog', { name: 'Project settings' })
    await settings.getByRole('checkbox', { name: /Blind mode/ }).check()
    await settings.getByRole('button', { name: 'Save' }).click()
    await expect(settings.getByRole('status')).toHaveText('Saved.')
    await settings.getByRole('button', { name: 'Close' }).first().click()

    process.env.TESSERA_AUTHOR = 'Rana'
    await app.restart()
    page = app.page
    await openArticle(page)
    await expect(page.getByText('Blind mode: other annotators’ work on this article stays hidden')).toBeVisible()
    await expect(page.locator('mark[data-tag="place"]')).toHaveCount(0)
    // Nor do the list's count and the corpus views show his work while the article is not done for her.
    const count = page.getByRole('navigation', { name: 'Documents' }).getByRole('button').filter({ hasText: ARTICLE }).locator('.document-count')
    await expect(count).toHaveText('0')
    await page.getByRole('tab', { name: 'Claims' }).click()
    await expect(page.getByRole('tabpanel', { name: 'Claims' })).toContainText('No claims yet')
    await page.getByRole('tab', { name: 'Reader' }).click()
    await tag(page, 'field sources', '1', 'claim')
    await expect(count).toHaveText('1')
    await expectNoAxeViolations(page, 'layers-blind', 'test-results/accessibility/layers-blind.png')

    await page.getByRole('button', { name: 'Done for me' }).click()
    await expect(page.getByText('Done for you: other annotators’ layers can be shown.')).toBeVisible()
    await expect(count).toHaveText('3')
    // Every layer is shown unless chosen otherwise: Omar's arrives once the article is done for Rana, and can be hidden.
    const omars = page.locator('mark[data-tag="place"][data-layer="1"]')
    await expect(omars).toHaveText('Hama city')
    await page.getByText('Layers: Every layer').click()
    await page.getByRole('checkbox', { name: 'Omar' }).uncheck()
    await expect(page.locator('mark[data-tag="place"]')).toHaveCount(0)
    await expect(page.getByText('Layers: Mine')).toBeVisible()
    await page.getByRole('checkbox', { name: 'Omar' }).check()
    await expect(omars).toHaveText('Hama city')
    await expect(omars).toHaveAttribute('aria-label', /by Omar/)
    await expect(page.getByRole('list', { name: 'Whose highlight is whose' })).toContainText('Omar: read-only')
    await expect(page.locator('mark[data-tag="claim"]:not([data-layer])')).toHaveText('field sources')
    await expect(page.getByRole('complementary', { name: 'Annotations' }).getByRole('button', { name: /Hama city/ })).toBeVisible()
    await expectNoAxeViolations(page, 'layers-two-shown', 'test-results/accessibility/layers-two-shown.png')
    await openFromMenu(page, 'Dark theme')
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
    await expectNoAxeViolations(page, 'layers-two-shown-dark', 'test-results/accessibility/layers-two-shown-dark.png')
    await openFromMenu(page, 'Light theme')

    // Omar's highlight cannot be deleted or retagged by Rana: the app says why, and it stays.
    await omars.click()
    await page.keyboard.press('Delete')
    await expect(page.getByText('This is Omar’s annotation: it is read-only for you.').first()).toBeVisible()
    await page.keyboard.press('2')
    await expect(omars).toHaveText('Hama city')
    await expect(page.locator('mark[data-tag="actor"]')).toHaveCount(0)

    await page.getByRole('radio', { name: 'Others faint under mine' }).check()
    await expect(page.locator('mark[data-tag="place"][data-layer="faint"]')).toHaveText('Hama city')
    await expectNoAxeViolations(page, 'layers-faint', 'test-results/accessibility/layers-faint.png')

    // L steps through the layers: mine alone, then Omar's alone (read-only), then every layer, saying which.
    await page.keyboard.press('l')
    await expect(page.getByText('Showing my layer alone').first()).toBeVisible()
    await expect(page.locator('mark[data-tag="place"]')).toHaveCount(0)
    await page.keyboard.press('l')
    await expect(page.getByText('Showing Omar’s layer alone (read-only)').first()).toBeVisible()
    await expect(page.locator('mark[data-tag="place"]')).toHaveText('Hama city')
    await expect(page.locator('mark[data-tag="claim"]', { hasText: 'field sources' })).toHaveCount(0)
    await page.keyboard.press('l')
    await expect(page.getByText('Showing every layer').first()).toBeVisible()
    await expect(page.locator('mark[data-tag="claim"]:not([data-layer])')).toHaveText('field sources')

    // The layer control and its legend at the narrowest width.
    await page.setViewportSize({ width: 320, height: 800 })
    // (Still open from the toggling above.)
    await expect(page.getByRole('checkbox', { name: 'Omar' })).toBeVisible()
    await expectNoAxeViolations(page, 'layers-320', 'test-results/accessibility/layers-320.png')
  } finally {
    if (previousAuthor === undefined) delete process.env.TESSERA_AUTHOR
    else process.env.TESSERA_AUTHOR = previousAuthor
    await app.close()
    await rm(dataDir, { recursive: true, force: true })
  }
})
