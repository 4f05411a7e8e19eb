import { unzipSync } from 'fflate'
import { expect, test } from './support/fixtures'
import { dragSelect, readerText } from './support/reader'

const ARTICLE = 'Syrian army enters Hama countryside'
const MULTI_CLICK_INTERVAL_MS = 600

test.beforeEach(async ({ app }) => {
  await app.page.getByRole('navigation', { name: 'Documents' }).getByRole('button').filter({ hasText: ARTICLE }).click()
  await expect(readerText(app.page)).toContainText('Shafaq News/')
})

test('toolbar buttons tag the selection and a legend shows every tag', async ({ app }) => {
  const { page } = app
  const toolbar = page.getByRole('toolbar', { name: 'Tag the selection' })
  // Each button is named by what it shows, its tag and key (label in name).
  for (const name of ['Claim 1', 'Actor 2', 'Place 3', 'Figure 4']) await expect(toolbar.getByRole('button', { name, exact: true })).toBeVisible()
  const legend = page.getByRole('list', { name: 'Legend' })
  for (const name of ['Claim', 'Actor', 'Place', 'Figure']) await expect(legend).toContainText(name)

  await dragSelect(page, 'more than 20 kilometers')
  await toolbar.getByRole('button', { name: 'Figure 4', exact: true }).click()
  await expect(page.locator('mark[data-tag="figure"]')).toHaveText('more than 20 kilometers')
  await expect(legend.locator('[data-tag="figure"]')).toContainText('1')
})

test('a clicked highlight is selected, retagged with a key and removed with Delete', async ({ app }) => {
  const { page } = app
  const annotations = page.getByRole('complementary', { name: 'Annotations' })
  const documentEntry = page.getByRole('navigation', { name: 'Documents' }).getByRole('button').filter({ hasText: ARTICLE })

  await dragSelect(page, 'Hama city')
  await page.keyboard.press('2')
  await dragSelect(page, 'field sources in Hama city')
  await page.keyboard.press('1')
  await expect(documentEntry.getByLabel('2 annotations')).toBeVisible()

  // The actor is nested in the claim: a click selects the shorter span, a second click the one around it.
  // Clicks in quick succession are a double or triple click (word or paragraph selection in any browser):
  // a user cycling through stacked highlights clicks one at a time.
  const clickOnce = async (): Promise<void> => {
    await page.locator('mark[data-tag="actor"]').click()
    await page.waitForTimeout(MULTI_CLICK_INTERVAL_MS)
  }
  await clickOnce()
  await expect(annotations.getByRole('button', { name: 'Actor: Hama city', exact: true })).toHaveAttribute('aria-current', 'true')
  await clickOnce()
  await expect(annotations.getByRole('button', { name: 'Claim: field sources in Hama city' })).toHaveAttribute('aria-current', 'true')
  await clickOnce()
  await expect(annotations.getByRole('button', { name: 'Actor: Hama city', exact: true })).toHaveAttribute('aria-current', 'true')

  await page.keyboard.press('3')
  await expect(page.locator('mark[data-tag="place"]')).toHaveText('Hama city')
  await expect(page.locator('mark[data-tag="actor"]')).toHaveCount(0)

  await page.keyboard.press('Delete')
  await expect(page.locator('mark[data-tag="place"]')).toHaveCount(0)
  await expect(documentEntry.getByLabel('1 annotations')).toBeVisible()

  await page.reload()
  await expect(page.locator('mark[data-tag="claim"]')).toHaveText('field sources in Hama city')
  await expect(page.locator('mark[data-tag="place"]')).toHaveCount(0)
})

test('clicking an annotation in the list scrolls its highlight into view', async ({ app }) => {
  const { page } = app
  const phrase = 'the death toll has risen to 605'
  await dragSelect(page, phrase)
  await page.keyboard.press('4')
  await page.getByRole('region', { name: 'Reader' }).evaluate((pane) => pane.scrollTo(0, 0))
  await expect(page.locator('mark[data-tag="figure"]')).not.toBeInViewport()
  await page.getByRole('complementary', { name: 'Annotations' }).getByRole('button', { name: `Figure: ${phrase}` }).click()
  await expect(page.locator('mark[data-tag="figure"]')).toBeInViewport()
})

test('the CSV export has one row per annotation with the document title and outlet', async ({ app }) => {
  const { page } = app
  await dragSelect(page, 'Syrian Observatory for Human Rights')
  await page.keyboard.press('2')
  await expect(page.locator('mark[data-tag="actor"]:not([data-pending])')).toBeVisible()
  const tables = unzipSync(await app.exportProject('csv'))
  expect(Object.keys(tables)).toEqual(['annotations.csv', 'documents.csv', 'relations.csv'])
  const lines = new TextDecoder().decode(tables['annotations.csv']).trim().split('\r\n')
  expect(lines[0]).toContain('document_title')
  expect(lines).toHaveLength(2)
  expect(lines[1]).toContain('Shafaq News')
  expect(lines[1]).toContain('Syrian Observatory for Human Rights')
  expect(lines[1]).toContain(',actor,')
})
