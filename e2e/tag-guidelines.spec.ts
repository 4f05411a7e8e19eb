import { AxeBuilder } from '@axe-core/playwright'
import { expect, test } from './support/fixtures'
import { openFromMenu } from './support/menu'
import { dragSelect, readerText } from './support/reader'

/**
 * Tag guidelines end to end: the analyst writes a guideline for Claim in the Tags dialog (Markdown), sees
 * it rendered (not as raw Markdown, no markup run) in the legend, the detail panel and the shortcuts list,
 * then undoes it.
 */
const ARTICLE = 'Syrian army enters Hama countryside'
const GUIDELINE = 'A statement **presented as fact** by the outlet. <img src=x onerror="window.__pwned=1">'

test('add a guideline, see it in the legend, the detail panel and the shortcuts, undo', async ({ browserApp: app }) => {
  const { page } = app
  await page.getByRole('navigation', { name: 'Documents' }).getByRole('button').filter({ hasText: ARTICLE }).click()
  await expect(readerText(page)).toContainText('Shafaq News/')

  await openFromMenu(page, 'Tags…')
  const dialog = page.getByRole('dialog', { name: 'Tags' })
  await dialog.getByLabel(/^Guideline of Claim/).fill(GUIDELINE)
  await dialog.getByLabel('Name of tag Claim').focus()
  await expect.poll(async () => (await page.getByRole('button', { name: /^Undo/ }).getAttribute('title')) ?? '').toMatch(/guideline of Claim/)
  await page.keyboard.press('Escape')

  // The legend: a disclosure that shows the rendered guideline.
  const legend = page.getByRole('list', { name: 'Legend' })
  await legend.locator('summary').filter({ hasText: 'Guideline of Claim' }).click()
  await expect(legend.locator('.guideline strong')).toHaveText('presented as fact')
  await expect(legend.locator('.guideline img')).toHaveCount(0)
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  expect(violations.map((v) => v.id)).toEqual([])

  // The detail panel of a claim.
  await dragSelect(page, 'Hama city')
  await page.keyboard.press('1')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'Details' })).toBeVisible()
  await expect(page.locator('.detail-guideline strong').first()).toHaveText('presented as fact')

  // The shortcuts list.
  await page.keyboard.press('Escape')
  await page.keyboard.press('Escape')
  await page.keyboard.press('?')
  const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(shortcuts.locator('.shortcut-guideline strong')).toHaveText('presented as fact')
  await page.keyboard.press('Escape')

  // Undo the claim, then the guideline: it is gone everywhere.
  await page.getByRole('button', { name: /^Undo/ }).click()
  await page.getByRole('button', { name: /^Undo/ }).click()
  await expect(legend.getByText('Guideline of Claim')).toHaveCount(0)
})
