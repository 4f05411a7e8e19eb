import type { Locator, Page } from '@playwright/test'
import { callApi } from './support/api'
import { axe } from './support/axe'
import { OUTLETS, seedCorpusViews } from './support/corpus-views'
import { expect, test } from './support/fixtures'
import { dragSelect, readerText } from './support/reader'

/** Issue 20.4: feedback that was missing or wrong. Each test reproduces what surprised the analyst. */

const ARTICLE = 'Syrian army enters Hama countryside'

async function openArticle(page: Page, title = ARTICLE): Promise<void> {
  await page.getByRole('navigation', { name: 'Documents' }).getByRole('button').filter({ hasText: title }).click()
  await expect(readerText(page)).toContainText(title)
}

async function exportJsonl(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Export…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Export dataset' })
  await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Export', exact: true }).click()])
  await expect(dialog).toBeHidden()
}

function overlap(a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}

/** WCAG relative luminance contrast of two CSS `rgb()` colours as the browser computed them. */
async function contrastOf(button: Locator): Promise<number> {
  return button.evaluate((element) => {
    const style = getComputedStyle(element)
    const channels = (css: string) => (css.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number)
    const luminance = (css: string) => {
      const [r = 0, g = 0, b = 0] = channels(css).map((v) => v / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
      return 0.2126 * r + 0.7152 * g + 0.0722 * b
    }
    const [light, dark] = [luminance(style.color), luminance(style.backgroundColor)].sort((a, b) => b - a)
    return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05)
  })
}

test('after a reload the top bar says all changes are saved, not "No changes yet"', async ({ browserApp: app }) => {
  const { page } = app
  const state = page.getByTestId('save-state')
  await openArticle(page)
  await expect(state).toHaveText('No changes yet')
  await dragSelect(page, 'Hama city')
  await page.keyboard.press('3')
  await expect(state).toHaveText(/^Saved \d{1,2}:\d{2}/)
  await page.reload()
  await expect(page.locator('mark[data-tag="place"]')).toHaveText('Hama city')
  await expect(state).toHaveText('All changes saved')
})

test('the export notice stacks above the undo message, can be dismissed, and goes by itself', async ({ browserApp: app }) => {
  const { page } = app
  await openArticle(page)
  await dragSelect(page, 'Hama city')
  await page.keyboard.press('3')
  await expect(page.locator('mark[data-tag="place"]:not([data-pending])')).toHaveText('Hama city')

  await exportJsonl(page)
  const exported = page.getByRole('region', { name: 'Export finished' })
  await expect(exported).toBeVisible()
  await page.getByRole('group', { name: 'History' }).getByRole('button', { name: 'Undo' }).click()
  const undone = page.locator('.notice').filter({ hasText: /^Undone:/ })
  await expect(undone).toBeVisible()
  const [exportBox, undoBox] = [await exported.boundingBox(), await undone.boundingBox()]
  if (!exportBox || !undoBox) throw new Error('a notice has no box')
  expect(overlap(exportBox, undoBox), 'the export notice covers the undo message').toBe(false)
  await page.screenshot({ path: 'test-results/feedback-notices-stacked.png' })

  await exported.getByRole('button', { name: 'Dismiss export notice' }).click()
  await expect(exported).toHaveCount(0)

  // Left alone (pointer and focus elsewhere), it goes after a while: the page's clock is moved on instead of waited for.
  await page.clock.install()
  await exportJsonl(page)
  await expect(exported).toBeVisible()
  await page.mouse.move(5, 400)
  await page.locator('#reader-pane').focus()
  await page.clock.fastForward(5_000)
  await expect(exported, 'still there after 5 s: time to read it').toBeVisible()
  await page.clock.fastForward(10_500)
  await expect(exported).toHaveCount(0)
})

test('a tag key with nothing selected shows "Select text first" on screen, not only to screen readers', async ({ browserApp: app }) => {
  const { page } = app
  await openArticle(page)
  await page.keyboard.press('1')
  const notice = page.locator('.notice').filter({ hasText: 'Select text first' })
  await expect(notice).toBeVisible()
  await expect(page.getByTestId('announcer')).toHaveText('Select text first')
})

test('Ctrl+F puts the caret in the search field', async ({ browserApp: app }) => {
  const { page } = app
  await openArticle(page)
  await page.keyboard.press('Control+f')
  const field = page.getByRole('dialog', { name: 'Find' }).getByRole('searchbox', { name: 'Find' })
  await expect(field).toBeFocused()
  await page.keyboard.type('Hama')
  await expect(field).toHaveValue('Hama')
})

test('the Edit entity dialog opened from the Entities tab shows a readable Save button', async ({ browserApp: app }) => {
  const { page } = app
  await seedCorpusViews(page)
  await page.getByRole('tab', { name: 'Entities' }).click()
  const panel = page.getByRole('tabpanel', { name: 'Entities' })
  await panel.getByRole('row', { name: /^Hayat Tahrir al-Sham/ }).getByRole('button', { name: 'Hayat Tahrir al-Sham' }).click()
  await panel.getByRole('button', { name: /Edit entity ‘Hayat Tahrir al-Sham’/ }).click()
  const save = page.getByRole('dialog', { name: /Entity ‘Hayat Tahrir al-Sham’/ }).getByRole('button', { name: 'Save' })
  await expect(save).toBeVisible()
  expect(await contrastOf(save)).toBeGreaterThanOrEqual(4.5)
})

test('an outlet keeps its chart colour when another outlet’s figure is added', async ({ browserApp: app }) => {
  const { page } = app
  await seedCorpusViews(page)
  await page.getByRole('tab', { name: 'Figures' }).click()
  const panel = page.getByRole('tabpanel', { name: 'Figures' })
  // One chart for every date, so the outlet added below (another day) joins the same legend.
  await panel.getByLabel('Compare figures of the same').selectOption('all')
  const legendColour = (outlet: string) => panel.locator('.recharts-legend-item').filter({ hasText: outlet }).locator('path').first().getAttribute('fill')
  await expect(panel.locator('.recharts-legend-item')).toHaveCount(2)
  const before = { tehran: await legendColour(OUTLETS.tehran), mayadeen: await legendColour(OUTLETS.mayadeen) }

  // NationPress sorts between the two: by list position, Tehran Times took another colour.
  const list = await callApi(page, 'documents.list', {})
  const nation = list.find((d) => d.source === 'NationPress')
  if (!nation) throw new Error('no NationPress sample')
  const text = (await callApi(page, 'documents.get', { documentId: nation.id })).text
  const start = text.indexOf('numerous towns')
  const figure = await callApi(page, 'annotations.create', { documentId: nation.id, tag: 'figure', start, end: start + 'numerous towns'.length })
  await callApi(page, 'annotations.setAttribute', { documentId: nation.id, annotationId: figure.id, attribute: 'value', value: 12 })
  await callApi(page, 'annotations.setAttribute', { documentId: nation.id, annotationId: figure.id, attribute: 'counted', value: 'militants killed' })
  await expect(panel.locator('.recharts-legend-item')).toHaveCount(3)
  expect({ tehran: await legendColour(OUTLETS.tehran), mayadeen: await legendColour(OUTLETS.mayadeen) }).toEqual(before)
  expect(await legendColour('NationPress')).not.toBeNull()
})

test('Pick in text asks to click "an actor"', async ({ browserApp: app }) => {
  const { page } = app
  await openArticle(page)
  await dragSelect(page, 'field sources')
  await page.keyboard.press('1')
  const details = page.getByRole('region', { name: 'Annotation details' })
  const field = details.getByRole('combobox', { name: 'Attributed to' })
  await expect(field).toHaveAttribute('placeholder', 'Type to filter, or click an actor in the text')
  // Until the new claim is saved the field is disabled and Pick in text does nothing: a faster run clicked before.
  await expect(field).toBeEnabled()
  await details.getByRole('button', { name: 'Pick in text' }).click()
  await expect(details.getByText('Picking: click an actor highlight in the text (Esc stops).')).toBeVisible()
})

test('the top bar’s controls are named by what they show (label in name), axe’s experimental rule included', async ({ browserApp: app }) => {
  const { page } = app
  await openArticle(page)
  const toolbar = page.getByRole('toolbar', { name: 'Tag the selection' })
  await expect(toolbar.getByRole('button', { name: 'Claim 1', exact: true })).toBeVisible()
  const { violations } = await axe(page).include('.top-bar').analyze()
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
})
