import { catalogueOf } from '../electron/core/shared/i18n/catalogue'
import { axe } from './support/axe'
import { seedTwoAnnotators } from './support/agreement'
import { expect, test } from './support/fixtures'
import { readerText } from './support/reader'

const ar = catalogueOf('ar')

/**
 * `npm run screenshot`: the Review view over two analysts' work on the sample, one disagreement decided and the next
 * one shown (docs/views-review.png), then in Arabic, right to left, with axe on it (test-results/views-review-ar.png).
 */
test('the review view, in English and in Arabic', async ({ browserApp }) => {
  test.setTimeout(120_000)
  await expect(readerText(browserApp.page)).toBeVisible()
  await seedTwoAnnotators(browserApp)
  const { page } = browserApp
  await page.setViewportSize({ width: 1440, height: 1000 })
  await page.getByRole('tab', { name: 'Review' }).click()
  const panel = page.getByRole('tabpanel', { name: 'Review' })
  await panel.getByRole('button', { name: 'Accept ann’s version' }).click()
  await expect(panel.locator('.review-overall')).toHaveText(/^1 of 4/)
  await page.keyboard.press('j')
  await expect(panel.getByRole('heading', { name: 'Disagreement 2 of 3' })).toBeVisible()
  await page.screenshot({ path: 'docs/views-review.png' })
  await page.keyboard.press('j')
  await panel.getByRole('button', { name: 'Write the curated version…' }).click()
  await panel.locator('.review-write-line .review-run').evaluate((run) => {
    const text = run.firstChild as Text
    window.getSelection()?.setBaseAndExtent(text, 9, text, 21)
  })
  await expect(panel.getByRole('button', { name: /^Add “/ })).toBeEnabled()
  await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'))
  await page.screenshot({ path: 'test-results/views-review-write-dark.png' })
  await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'light'))

  await page.evaluate(() => localStorage.setItem('tessera.language', 'ar'))
  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  await page.getByRole('tab', { name: ar['views.tab.review'] }).click()
  const arabic = page.getByRole('tabpanel', { name: ar['views.tab.review'] })
  await expect(arabic.getByRole('heading', { name: ar['review.title'] })).toBeVisible()
  await expect(arabic.locator('.review-version')).toHaveCount(3)
  await page.screenshot({ path: 'test-results/views-review-ar.png' })
  const results = await axe(page).include('.centre-pane').analyze()
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
})
