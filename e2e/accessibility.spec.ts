import type { Page } from '@playwright/test'
import { expectNoAxeViolations } from './support/axe'
import { expect, test } from './support/fixtures'
import { openFromMenu, runTopBarCommand } from './support/menu'
import { dragSelect, readerText } from './support/reader'

/**
 * axe-core with the WCAG 2.0 and 2.1 A and AA rules on every screen and state of the workbench, each state in
 * the light and the dark theme and at 1,440 and 320 px wide, plus the experimental label-in-name rule
 * (support/axe.ts): zero violations. No rule is disabled. Each state is also saved as a screenshot under
 * test-results/accessibility/ for a person to look at.
 */
const ARTICLE = 'Syrian army enters Hama countryside'

async function expectNoViolations(page: Page, state: string): Promise<void> {
  await expectNoAxeViolations(page, state, `test-results/accessibility/${state}.png`)
}

/** On a narrow window the panes are tabs: shows the one asked for (nothing to do on a wide one). */
async function showPane(page: Page, tab: RegExp): Promise<void> {
  const tabs = page.getByRole('tablist', { name: 'Panes' })
  if (await tabs.isVisible()) await tabs.getByRole('tab', { name: tab }).click()
}

async function openArticle(page: Page): Promise<void> {
  await showPane(page, /^Documents/)
  await page.getByRole('navigation', { name: 'Documents' }).getByRole('button').filter({ hasText: ARTICLE }).click()
  await expect(readerText(page)).toContainText('Shafaq News/')
}

async function setTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await openFromMenu(page, theme === 'dark' ? 'Dark theme' : 'Light theme')
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
}

async function everyWorkbenchState(page: Page, prefix: string): Promise<void> {
  await openArticle(page)
  await expectNoViolations(page, `${prefix}-document-open`)

  await page.getByRole('button', { name: 'Menu' }).click()
  await expect(page.getByRole('menu', { name: 'Menu' })).toBeVisible()
  await expectNoViolations(page, `${prefix}-menu-open`)
  await page.keyboard.press('Escape')

  await dragSelect(page, 'Hama city')
  await page.keyboard.press('3')
  await expect(page.locator('mark[data-tag="place"]:not([data-pending])')).toHaveText('Hama city')
  await dragSelect(page, 'field sources')
  await page.keyboard.press('1')
  await expect(page.locator('mark[data-tag="claim"]:not([data-pending])')).toHaveText('field sources')
  await showPane(page, /^Annotations/)
  await expect(page.getByRole('region', { name: 'Annotation details' })).toBeVisible()
  await expectNoViolations(page, `${prefix}-detail-panel`)

  await page.keyboard.press('Escape')
  await expect(page.getByRole('region', { name: 'Annotation details' })).toBeHidden()
  await expectNoViolations(page, `${prefix}-highlight-selected`)

  for (const [item, dialogName] of [
    ['Tags…', 'Tags'],
    ['Keyboard shortcuts', 'Keyboard shortcuts'],
    ['Project settings', 'Project settings']
  ] as const) {
    await openFromMenu(page, item)
    const dialog = page.getByRole('dialog', { name: dialogName })
    await expect(dialog).toBeVisible()
    await expectNoViolations(page, `${prefix}-${dialogName.toLowerCase().replace(/\s+/g, '-')}`)
    await dialog.getByRole('button', { name: 'Close' }).first().click()
    await expect(dialog).toBeHidden()
  }

  await runTopBarCommand(page, 'Find')
  const find = page.getByRole('dialog', { name: 'Find' })
  await find.getByRole('searchbox').fill('Hama')
  // eslint-disable-next-line regexp/no-super-linear-move -- the app's own status line, a few characters long
  await expect(find.getByRole('status')).toHaveText(/\d+ match/)
  await expectNoViolations(page, `${prefix}-find`)
  // Corpus search: the search kind, the filters and the saved searches.
  await find.getByLabel('All documents').check()
  await expect(find.getByRole('heading', { name: 'Saved searches' })).toBeVisible()
  await expectNoViolations(page, `${prefix}-find-corpus`)
  await find.getByRole('button', { name: 'Close' }).click()
  await expect(find).toBeHidden()

  await runTopBarCommand(page, 'Import…')
  const importDialog = page.getByRole('dialog', { name: /Import/ })
  await expect(importDialog).toBeVisible()
  await expectNoViolations(page, `${prefix}-import`)
  await importDialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(importDialog).toBeHidden()

  await runTopBarCommand(page, 'Export…')
  const exportDialog = page.getByRole('dialog', { name: 'Export dataset' })
  await expect(exportDialog).toBeVisible()
  await expectNoViolations(page, `${prefix}-export`)
  const download = page.waitForEvent('download')
  await exportDialog.getByRole('button', { name: 'Export', exact: true }).click()
  await download
  await expect(page.getByRole('region', { name: 'Export finished' })).toBeVisible()
  await expectNoViolations(page, `${prefix}-export-notice`)
  await page.getByRole('button', { name: 'Dismiss export notice' }).click()

  // Each corpus view beside the reader.
  await showPane(page, /^Article/)
  const views = page.getByRole('tablist', { name: 'Views' })
  for (const view of ['Entities', 'Claims', 'Figures', 'Agreement']) {
    await views.getByRole('tab', { name: view }).click()
    await expect(views.getByRole('tab', { name: view })).toHaveAttribute('aria-selected', 'true')
    await expect(page.getByRole('heading', { name: view, level: 2 })).toBeVisible()
    await expectNoViolations(page, `${prefix}-view-${view.toLowerCase()}`)
  }
  await views.getByRole('tab', { name: 'Reader' }).click()

  await openFromMenu(page, 'Projects')
  await expect(page.getByRole('region', { name: 'Recent projects' })).toBeVisible()
  await expectNoViolations(page, `${prefix}-start-screen`)
}

/** At 320 px the panes are tabs: axe on each. */
async function everyPaneAt320(page: Page, prefix: string): Promise<void> {
  for (const [tab, name] of [[/^Documents/, 'documents'], [/^Annotations/, 'annotations'], [/^Article/, 'article']] as const) {
    await page.getByRole('tab', { name: tab }).click()
    await expectNoViolations(page, `${prefix}-${name}`)
  }
}

test.describe('axe: WCAG 2.1 A and AA, zero violations', () => {
  // Each walk runs axe on about 20 states: half a minute on a loaded 2-core machine. Colours come from the
  // theme and layout from the width, so every state is walked once in each theme and once at each width
  // (light at 1,440 px, dark at 320 px), and the two crossed pairs check the panes and the open document.
  test.describe.configure({ timeout: 180_000 })
  test('every state at 1,440 px, light theme', async ({ app }) => {
    await app.page.setViewportSize({ width: 1440, height: 900 })
    await setTheme(app.page, 'light')
    await everyWorkbenchState(app.page, 'light-1440')
  })

  test('every state at 320 px, dark theme, each pane', async ({ app }) => {
    const { page } = app
    await page.setViewportSize({ width: 320, height: 640 })
    await setTheme(page, 'dark')
    await everyPaneAt320(page, 'dark-320')
    await everyWorkbenchState(page, 'dark-320')
  })

  test('the crossed pairs: each pane at 320 px in the light theme, the open document at 1,440 px in the dark', async ({ app }) => {
    const { page } = app
    await page.setViewportSize({ width: 320, height: 640 })
    await setTheme(page, 'light')
    await everyPaneAt320(page, 'light-320')
    await page.setViewportSize({ width: 1440, height: 900 })
    await setTheme(page, 'dark')
    await openArticle(page)
    await expectNoViolations(page, 'dark-1440-document-open')
    await page.getByRole('button', { name: 'Menu' }).click()
    await expect(page.getByRole('menu', { name: 'Menu' })).toBeVisible()
    await expectNoViolations(page, 'dark-1440-menu-open')
  })

  test('an empty project, light and dark', async ({ app }) => {
    const { page } = app
    // The sample project's documents are removed by creating a new, empty project from the start screen.
    await openFromMenu(page, 'Projects')
    const create = page.getByRole('region', { name: 'New project' })
    await create.getByLabel('Name').fill('Empty project')
    await create.getByRole('button', { name: 'Create project' }).click()
    await expect(page.getByRole('heading', { name: 'No articles yet' })).toBeVisible()
    await expectNoViolations(page, 'light-empty-project')
    await setTheme(page, 'dark')
    await expectNoViolations(page, 'dark-empty-project')
  })
})
