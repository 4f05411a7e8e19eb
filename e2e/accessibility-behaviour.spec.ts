import type { Page } from '@playwright/test'
import { expect, test } from './support/fixtures'
import { dragSelect, readerText } from './support/reader'

/**
 * What a screen-reader user, a keyboard user and someone at 200% zoom rely on beyond axe's rules: results
 * said in words through one live region, focus kept on an annotation after a delete, truthful save
 * status, names that read as words, and panes that reflow instead of scrolling sideways.
 */
const ARTICLE = 'Syrian army enters Hama countryside'

async function openArticle(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Documents' }).getByRole('button').filter({ hasText: ARTICLE }).click()
  await expect(readerText(page)).toContainText('Shafaq News/')
}

const announcer = (page: Page) => page.getByTestId('announcer')
const annotations = (page: Page) => page.getByRole('complementary', { name: 'Annotations' })

/** The annotation id the focused element stands for, or the focused element's tag and id when it is none. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement
    return element?.getAttribute('data-annotation-id') ?? `${element?.tagName.toLowerCase()}#${element?.id ?? ''}`
  })
}

test('results are announced in words through one polite live region present from the start', async ({ app }) => {
  const { page } = app
  await expect(page.getByRole('status').and(announcer(page))).toHaveAttribute('aria-live', 'polite')
  await openArticle(page)

  await page.keyboard.press('3')
  await expect(announcer(page)).toHaveText('Select text first')

  await dragSelect(page, 'Hama city')
  await page.keyboard.press('3')
  await expect(announcer(page)).toHaveText("Tagged 'Hama city' as Place")
  await page.keyboard.press('2')
  await expect(announcer(page)).toHaveText('Retagged to Actor')
  await page.keyboard.press('Delete')
  await expect(announcer(page)).toHaveText("Deleted 'Hama city'")

  await page.locator('body').press('Control+z')
  await expect(announcer(page)).toHaveText(/^Undone: delete/)
  await expect(page.locator('mark[data-tag="actor"]')).toHaveText('Hama city')
  await page.locator('body').press('Control+Shift+z')
  await expect(announcer(page)).toHaveText(/^Redone: delete/)

  await page.getByRole('button', { name: 'Export…' }).click()
  const download = page.waitForEvent('download')
  await page.getByRole('dialog', { name: 'Export dataset' }).getByRole('button', { name: 'Export', exact: true }).click()
  const file = await download
  await expect(announcer(page)).toHaveText(`Exported 5 documents as Tessera JSONL to your browser's downloads, as ${file.suggestedFilename()}`)
  // The notice says the same and stays until dismissed.
  const notice = page.getByRole('region', { name: 'Export finished' })
  await expect(notice).toContainText(`5 documents as Tessera JSONL downloaded as ${file.suggestedFilename()} in your browser’s downloads folder`)
  await openArticle(page)
  await expect(notice).toBeVisible()
  // One live region for results outside dialogs: the announcer (the save state is not a second one; the
  // detail panel's fields keep their own "Saving…" beside the field being typed in).
  await expect(page.locator('[aria-live]:not(dialog *, .field-status, .details-status), [role="status"]:not(dialog *, .details-status), [role="alert"]:not(dialog *)')).toHaveCount(1)
})

test('after a delete, focus moves to the next annotation in the list, the previous at the end, never the body', async ({ app }) => {
  const { page } = app
  await openArticle(page)
  for (const [phrase, key] of [
    ['Syrian army announced', '2'],
    ['Hama countryside', '3'],
    ['largest', '1']
  ] as const) {
    await dragSelect(page, phrase)
    await page.keyboard.press(key)
    await expect(page.locator('mark:not([data-pending])', { hasText: phrase })).toHaveCount(1)
  }
  const rows = annotations(page).locator('button[data-annotation-id]')
  const ids = await rows.evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-annotation-id') ?? ''))
  expect(ids).toHaveLength(3)

  // The middle one, chosen from the list with the keyboard: focus goes to the next row.
  await rows.nth(1).focus()
  await page.keyboard.press('Enter')
  await page.keyboard.press('Escape')
  await rows.nth(1).focus()
  await page.keyboard.press('Delete')
  await expect.poll(() => focused(page)).toBe(ids[2])
  await expect(page.locator(`button[data-annotation-id="${ids[2]}"]`)).toHaveAttribute('aria-current', 'true')
  await expect(rows).toHaveCount(2)

  // The last one: focus goes back to the previous row.
  await page.keyboard.press('Delete')
  await expect.poll(() => focused(page)).toBe(ids[0])
  await expect(rows).toHaveCount(1)

  // The only one: focus lands on the list's heading, not the body.
  await page.keyboard.press('Delete')
  await expect(rows).toHaveCount(0)
  await expect.poll(() => focused(page)).toBe('h2#annotation-pane-title')
})

test('the save state tells the truth: nothing yet, the time of the last save, disconnected', async ({ browserApp: app }) => {
  const { page } = app
  const state = page.getByTestId('save-state')
  await openArticle(page)
  await expect(state).toHaveText('No changes yet')
  await dragSelect(page, 'Hama city')
  await page.keyboard.press('3')
  await expect(state).toHaveText(/^Saved \d{1,2}:\d{2}/)

  // The server cannot be reached: the write fails, and the status and the announcer say nothing can be saved.
  await page.route('**/api/**', (route) => route.abort('connectionrefused'))
  await dragSelect(page, 'field sources')
  await page.keyboard.press('1')
  await expect(state).toHaveText('Disconnected — changes cannot be saved')
  await expect(announcer(page)).toHaveText('Disconnected — changes cannot be saved')
  // Two alerts: the write that failed (naming no command), and how the tab reconnects (issue 20.5).
  const failed = page.getByRole('alert').filter({ hasText: 'The highlight was not saved' })
  await expect(failed).toBeVisible()
  await expect(failed).not.toContainText('tessera serve')
  await expect(page.getByRole('alert').filter({ hasText: 'reconnects by itself' })).toBeVisible()
  await expect(page.locator('mark[data-tag="claim"]')).toHaveCount(0)

  await page.unroute('**/api/**')
  await dragSelect(page, 'field sources')
  await page.keyboard.press('1')
  await expect(state).toHaveText(/^Saved \d{1,2}:\d{2}/)
})

test('browser mode: when the server stops, the status says changes cannot be saved; the failed write names no command, the reconnect notice says how', async ({ browserApp: app }) => {
  const { page } = app
  const state = page.getByTestId('save-state')
  await openArticle(page)
  await expect(state).toHaveText('No changes yet')
  // No request is made: the lost event stream alone tells the page.
  await app.stopServer?.()
  await expect(state).toHaveText('Disconnected — changes cannot be saved')
  await expect(announcer(page)).toHaveText('Disconnected — changes cannot be saved')
  await dragSelect(page, 'Hama city')
  await page.keyboard.press('3')
  const failed = page.getByRole('alert').filter({ hasText: 'The highlight was not saved' })
  await expect(failed).toContainText('The highlight was not saved and has been removed: Tessera’s server is not reachable')
  await expect(failed).not.toContainText('tessera serve')
  // How to reconnect is said once, in the reconnect notice: by itself at this address, else `tessera address`.
  await expect(page.getByRole('alert').filter({ hasText: 'reconnects by itself' })).toContainText('tessera address')
})

test('names read as words: headings, source and date, key shortcuts, tabs; a skip link to the article', async ({ app }) => {
  const { page } = app
  await openArticle(page)
  await expect(page.getByRole('heading', { name: 'Documents, 5', exact: true })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Annotations, 0', exact: true })).toBeVisible()
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Syrian army enters Hama countryside/)
  // The dot between source and date is hidden from screen readers, which hear a comma instead.
  await expect(page.locator('.reader-meta')).toHaveText('Shafaq News · , 4 Dec 2024')
  await expect(page.locator('.reader-meta [aria-hidden="true"]')).toHaveText(' · ')
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveAttribute('aria-keyshortcuts', 'Control+Z')
  await expect(page.getByRole('button', { name: 'Find' })).toHaveAttribute('aria-keyshortcuts', 'Control+F')
  await expect(page.getByRole('toolbar', { name: 'Tag the selection' }).getByRole('button', { name: 'Place' })).toHaveAttribute('aria-keyshortcuts', '3')

  await page.reload()
  await expect(readerText(page)).toBeVisible()
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to article' })
  await expect(skip).toBeFocused()
  await expect(skip).toBeInViewport()
  await page.keyboard.press('Enter')
  await expect(readerText(page)).toBeFocused()
})

test('repeated quotes are told apart by their paragraph in the annotation list', async ({ app }) => {
  const { page } = app
  await openArticle(page)
  await page.keyboard.press('Control+f')
  const find = page.getByRole('dialog', { name: 'Find' })
  await find.getByRole('searchbox', { name: 'Find' }).fill('Hama')
  await find.getByLabel('Tag all matches as').selectOption({ label: 'Place' })
  await find.getByRole('button', { name: 'Tag all matches' }).click()
  await expect(find.getByText(/^Tagged \d+ matches as Place\.$/)).toBeVisible()
  await find.getByRole('button', { name: 'Close' }).click()
  const names = await annotations(page)
    .locator('button[data-annotation-id]')
    .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label')))
  expect(names.length).toBeGreaterThan(2)
  expect(names.every((name) => /^Place, paragraph \d+: Hama$/.test(name ?? ''))).toBe(true)
  const paragraphs = names.map((name) => Number(/paragraph (\d+)/.exec(name ?? '')?.[1]))
  expect(paragraphs).toEqual([...paragraphs].sort((a, b) => a - b))
  expect(new Set(paragraphs).size).toBeGreaterThan(1)
})

for (const width of [720, 320]) {
  test(`at ${width} px the panes are tabs: nothing scrolls sideways and the annotation pane is reachable`, async ({ app }) => {
    const { page } = app
    await page.setViewportSize({ width, height: 700 })
    const sideways = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    const tabs = page.getByRole('tablist', { name: 'Panes' })
    await expect(tabs).toBeVisible()

    await tabs.getByRole('tab', { name: /^Documents, 5/ }).click()
    await expect(page.getByRole('navigation', { name: 'Documents' })).toBeVisible()
    expect(await sideways()).toBe(0)
    await page.getByRole('navigation', { name: 'Documents' }).getByRole('button').filter({ hasText: ARTICLE }).click()
    // Opening a document shows it.
    await expect(tabs.getByRole('tab', { name: 'Article' })).toHaveAttribute('aria-selected', 'true')
    await expect(readerText(page)).toBeVisible()
    expect(await sideways()).toBe(0)

    await dragSelect(page, 'Hama city')
    await page.keyboard.press('3')
    await expect(page.locator('mark[data-tag="place"]:not([data-pending])')).toHaveText('Hama city')
    // Arrow keys move between the tabs.
    await tabs.getByRole('tab', { name: 'Article' }).focus()
    await page.keyboard.press('ArrowRight')
    await expect(tabs.getByRole('tab', { name: /^Annotations, 1/ })).toBeFocused()
    await expect(annotations(page)).toBeVisible()
    await expect(page.getByRole('region', { name: 'Annotation details' })).toBeVisible()
    await expect(annotations(page).getByRole('button', { name: 'Place: Hama city' })).toBeVisible()
    expect(await sideways()).toBe(0)

    await page.screenshot({ path: `test-results/accessibility/reflow-${width}-annotations.png` })
    // The top bar is compact: Undo and Menu on screen, Find, Import and Export in the Menu, each on screen.
    for (const name of ['Undo', 'Menu']) {
      const box = await page.getByRole('button', { name, exact: true }).boundingBox()
      expect(box && box.x >= 0 && box.x + box.width <= width, `${name} inside ${width} px`).toBe(true)
    }
    await page.getByRole('button', { name: 'Menu' }).click()
    for (const name of ['Find', 'Import…', 'Export…']) {
      const box = await page.getByRole('menu', { name: 'Menu' }).getByRole('menuitem', { name }).boundingBox()
      expect(box && box.x >= 0 && box.x + box.width <= width, `${name} inside ${width} px`).toBe(true)
    }
    await page.keyboard.press('Escape')
  })
}

test('at 1,100 px and wider the three panes stand side by side, without tabs', async ({ app }) => {
  const { page } = app
  await page.setViewportSize({ width: 1100, height: 800 })
  await expect(page.getByRole('tablist', { name: 'Panes' })).toHaveCount(0)
  await expect(page.getByRole('navigation', { name: 'Documents' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Reader' })).toBeVisible()
  await expect(annotations(page)).toBeVisible()
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0)
})
