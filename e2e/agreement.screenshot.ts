import { catalogueOf } from '../electron/core/shared/i18n/catalogue'
import { axe } from './support/axe'
import { seedTwoAnnotators } from './support/agreement'
import { expect, test } from './support/fixtures'
import { readerText } from './support/reader'

const ar = catalogueOf('ar')

/**
 * `npm run screenshot`: the agreement view over two analysts' work on the sample (docs/views-agreement.png), then
 * in Arabic, right to left, with axe on it (test-results/views-agreement-ar*.png).
 */
test('the agreement view, in English and in Arabic', async ({ browserApp }) => {
  test.setTimeout(120_000)
  await expect(readerText(browserApp.page)).toBeVisible()
  await seedTwoAnnotators(browserApp)
  const { page } = browserApp
  await page.setViewportSize({ width: 1440, height: 1000 })
  await page.getByRole('tab', { name: 'Agreement' }).click()
  await expect(page.getByRole('heading', { name: /^Disagreements/ })).toBeVisible()
  await page.screenshot({ path: 'docs/views-agreement.png' })
  await page.getByRole('heading', { name: 'Which tags annotators swap' }).scrollIntoViewIfNeeded()
  await page.screenshot({ path: 'test-results/views-agreement-confusion.png' })

  await page.evaluate(() => localStorage.setItem('tessera.language', 'ar'))
  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  await page.getByRole('tab', { name: ar['views.tab.agreement'] }).click()
  const panel = page.getByRole('tabpanel', { name: ar['views.tab.agreement'] })
  await expect(panel.getByRole('heading', { name: ar['views.agreement.confusion'] })).toBeVisible()
  await page.screenshot({ path: 'test-results/views-agreement-ar.png' })
  await panel.getByRole('heading', { name: ar['views.agreement.confusion'] }).scrollIntoViewIfNeeded()
  await page.screenshot({ path: 'test-results/views-agreement-ar-confusion.png' })
  const results = await axe(page).include('.centre-pane').analyze()
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
})
