import { axe, waitForStillPage } from './support/axe'
import { expect, test } from './support/fixtures'
import { dragSelect, readerText } from './support/reader'
import { readStoredDocument } from './support/store'

/**
 * Issue 20.7: a 400 × 800 window is usable. The top bar took 245 of 800 px; Enter showed nothing (the details
 * sit behind the Annotations tab); Pick in text ended when the user went to the Article tab to pick.
 */
const SHAFAQ = 'Syrian army enters Hama countryside'

test('at 400 × 800: the article gets most of the height; tag, Enter shows the details, attribute by Pick in text; axe at 320 px', async ({ browserApp: app }) => {
  test.setTimeout(120_000)
  const { page } = app
  await page.setViewportSize({ width: 400, height: 800 })
  const tabs = page.getByRole('tablist', { name: 'Panes' })
  const bar = await page.getByRole('banner').boundingBox()
  expect(bar?.height, 'the top bar’s height').toBeLessThan(120)

  await tabs.getByRole('tab', { name: /^Documents/ }).click()
  await page.getByRole('navigation', { name: 'Documents' }).getByRole('button').filter({ hasText: SHAFAQ }).click()
  await expect(tabs.getByRole('tab', { name: 'Article' })).toHaveAttribute('aria-selected', 'true')
  await expect(readerText(page)).toContainText('Shafaq News/')
  const reader = await page.locator('#pane-reader').boundingBox()
  expect(800 - (reader?.y ?? 800), 'the height left to the article').toBeGreaterThan(600)
  await page.screenshot({ path: 'test-results/narrow-400x800-article.png' })

  await dragSelect(page, 'Hama city')
  await page.keyboard.press('2')
  await expect(page.locator('mark[data-tag="actor"]:not([data-pending])')).toHaveText('Hama city')
  await dragSelect(page, 'field sources')
  await page.keyboard.press('1')
  await expect(page.locator('mark[data-tag="claim"]:not([data-pending])')).toHaveText('field sources')

  // Enter shows the selected annotation's details, on their tab.
  await page.keyboard.press('Enter')
  await expect(tabs.getByRole('tab', { name: /^Annotations/ })).toHaveAttribute('aria-selected', 'true')
  const details = page.getByRole('region', { name: 'Annotation details' })
  await expect(details).toBeVisible()
  await expect(details.locator('#detail-tag')).toBeFocused()

  // Pick in text, then the Article tab: still picking, said over the text; a click on the actor attributes the claim.
  await details.getByRole('button', { name: 'Pick in text' }).click()
  await tabs.getByRole('tab', { name: 'Article' }).click()
  const banner = page.locator('.pick-banner')
  await expect(banner).toHaveText(/^Picking Attributed to: click an actor highlight\./)
  await page.screenshot({ path: 'test-results/narrow-400x800-picking.png' })
  await page.locator('mark[data-tag="actor"]').filter({ hasText: 'Hama city' }).click()
  await expect(tabs.getByRole('tab', { name: /^Annotations/ })).toHaveAttribute('aria-selected', 'true')
  await expect(details.getByRole('region', { name: 'Relations' }).getByRole('listitem')).toHaveText(['Attributed to “Hama city”Remove'])
  await expect(banner).toHaveCount(0)
  await expect
    .poll(async () => (await readStoredDocument(app.projectDir, SHAFAQ)).relations.map((r) => r.type))
    .toEqual(['attributed-to'])

  // Every pane at 320 px, the compact top bar and the picking banner included, passes axe (label in name too).
  await page.setViewportSize({ width: 320, height: 640 })
  await details.getByRole('button', { name: 'Pick in text' }).click()
  await tabs.getByRole('tab', { name: 'Article' }).click()
  await expect(banner).toBeVisible()
  for (const pane of [/^Article/, /^Annotations/, /^Documents/]) {
    await tabs.getByRole('tab', { name: pane }).click()
    await waitForStillPage(page)
    const { violations } = await axe(page).analyze()
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), `axe at 320 px, ${pane.source}`).toEqual([])
  }
})
