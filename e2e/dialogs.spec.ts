import type { Page } from '@playwright/test'
import { expect, test } from './support/fixtures'
import { dragSelect, readerText } from './support/reader'

/**
 * Every dialog is a real modal: keys pressed in it stay in it (a tag key or Ctrl+Z must not change the
 * document behind), Tab cannot leave it, Escape closes it unless work is running, and focus goes back
 * to the button that opened it.
 */
const ARTICLE = 'Syrian army enters Hama countryside'

async function openArticle(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Documents' }).getByRole('button').filter({ hasText: ARTICLE }).click()
  await expect(readerText(page)).toContainText('Shafaq News/')
}

/** Focus is in the dialog, or past its last control on the browser's own toolbar (where a native modal lets Tab go), never on the page behind. */
const focusStaysInDialog = (page: Page, name: string) =>
  page.evaluate((dialogName) => {
    const dialog = [...document.querySelectorAll('[role="dialog"], dialog')].find((d) => d.textContent?.includes(dialogName))
    return document.activeElement === document.body || (dialog?.contains(document.activeElement) ?? false)
  }, name)

for (const { opener, name } of [
  { opener: 'Import…', name: 'Import articles' },
  { opener: 'Export…', name: 'Export dataset' }
]) {
  test(`the ${name} dialog keeps keys and focus in it, closes on Escape and gives focus back`, async ({ app }) => {
    const { page } = app
    await openArticle(page)
    await dragSelect(page, 'Hama city')
    const openerButton = page.getByRole('button', { name: opener, exact: true })
    await openerButton.click()
    const dialog = page.getByRole('dialog', { name })
    await expect(dialog).toBeVisible()
    await expect.poll(() => page.evaluate(() => document.activeElement !== document.body)).toBe(true)
    expect(await focusStaysInDialog(page, name)).toBe(true)

    // A tag key, Delete and undo typed while the dialog is open do nothing to the document behind it.
    for (const key of ['3', 'Delete', 'Control+z']) await page.keyboard.press(key)
    for (let i = 0; i < 30; i += 1) {
      await page.keyboard.press('Tab')
      expect(await focusStaysInDialog(page, name), `Tab ${i + 1} left the dialog`).toBe(true)
    }

    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await expect(openerButton).toBeFocused()
    await expect(page.locator('mark[data-tag="place"]').filter({ hasText: 'Hama city' })).toHaveCount(0)
  })
}

test('a tag key pressed while the shortcuts list is open does not tag the selection behind it', async ({ app }) => {
  const { page } = app
  await openArticle(page)
  await dragSelect(page, 'Hama city')
  await page.keyboard.press('?')
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(dialog).toBeVisible()
  await page.keyboard.press('3')
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(page.locator('mark[data-tag="place"]').filter({ hasText: 'Hama city' })).toHaveCount(0)
})
