import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { catalogueOf } from '../electron/core/shared/i18n/catalogue'
import { createTranslator } from '../electron/core/shared/i18n/translator'
import { expectNoAxeViolations } from './support/axe'
import { launchBrowserApp } from './support/browser-app'
import { expect, test } from './support/fixtures'
import { readerText } from './support/reader'

/**
 * The Arabic interface as an Arabic-speaking analyst meets it: chosen by the system's locale, the window
 * mirrored (checked by the boxes the browser lays out), numbers in the digits chosen, a whole round of
 * work with the keyboard alone, and axe at zero in both themes. Names come from the Arabic catalogue, so
 * a reworded message does not break the spec, and a missing translation does.
 */
const ar = catalogueOf('ar')
const arabic = createTranslator('ar', 'arab')
const ARTICLE = 'Syrian army enters Hama countryside'

/** The reader's text, named in Arabic ("نص …") once the interface is Arabic. */
const arabicReader = (page: Page) => page.getByRole('article', { name: new RegExp(`^${ar['editor.reader.textOf'].replace('{title}', '')}`, 'u') })

async function box(page: Page, selector: string): Promise<{ left: number; right: number }> {
  return page.locator(selector).first().evaluate((element) => {
    const rect = element.getBoundingClientRect()
    return { left: rect.left, right: rect.right }
  })
}

test('an Arabic system locale opens the interface in Arabic, mirrored, with Arabic-Indic digits until Western ones are chosen', async ({ browser }) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'tessera-e2e-arabic-'))
  const app = await launchBrowserApp(browser, join(dataDir, 'project'), { locale: 'ar-SY' })
  const { page } = app
  try {
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar')
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
    const documents = page.getByRole('navigation', { name: ar['documents.pane'] })
    await expect(documents).toBeVisible()
    // Mirrored: the document list on the right of the article, the annotations on its left.
    const list = await box(page, '.document-pane')
    const reader = await box(page, '.reader-text')
    const annotations = await box(page, '.annotation-pane')
    expect(list.left).toBeGreaterThanOrEqual(reader.right - 1)
    expect(annotations.right).toBeLessThanOrEqual(reader.left + 1)
    // Article titles are the user's text, as written; the dates of the list are Arabic, in Arabic-Indic digits.
    await expect(documents.getByRole('button').filter({ hasText: ARTICLE })).toBeVisible()
    await expect(documents).toContainText('٢٠٢٤')
    await expect(documents).not.toContainText('2024 ')

    await page.getByRole('button', { name: ar['shell.menu'] }).click()
    await page.getByRole('menuitemradio', { name: ar['common.digits.latn'] }).click()
    await expect(documents).toContainText('2024')
    await expect(documents).not.toContainText('٢٠٢٤')
    // The choice outlives a reload.
    await page.reload()
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
    await expect(page.getByRole('navigation', { name: ar['documents.pane'] })).toContainText('2024')
  } finally {
    await app.close()
    await rm(dataDir, { recursive: true, force: true })
  }
})

test('a round of work in the Arabic interface with the keyboard alone: choose Arabic, open, select, tag, delete, undo', async ({ app }) => {
  const { page } = app
  for (const method of ['click', 'dblclick', 'down', 'up', 'move', 'wheel'] as const) {
    page.mouse[method] = () => Promise.reject(new Error(`the keyboard-only spec used mouse.${method}`))
  }
  await expect(readerText(page)).toBeVisible()
  // The menu's language items, reached with Tab and the arrow keys.
  const menuButton = page.getByRole('button', { name: 'Menu' })
  for (let i = 0; i < 40 && !(await menuButton.evaluate((element) => element === document.activeElement)); i += 1) await page.keyboard.press('Tab')
  await expect(menuButton).toBeFocused()
  await page.keyboard.press('ArrowUp')
  const arabicItem = page.getByRole('menuitemradio', { name: 'العربية' })
  for (let i = 0; i < 20 && !(await arabicItem.evaluate((element) => element === document.activeElement)); i += 1) await page.keyboard.press('ArrowUp')
  await expect(arabicItem).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  await expect(page.getByRole('button', { name: ar['shell.menu'] })).toBeFocused()

  // To the article in the document list, then into its text.
  const documents = page.getByRole('navigation', { name: ar['documents.pane'] })
  const article = documents.getByRole('button').filter({ hasText: ARTICLE })
  for (let i = 0; i < 60 && !(await article.evaluate((element) => element === document.activeElement)); i += 1) await page.keyboard.press('Tab')
  await expect(article).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(arabicReader(page)).toContainText('Shafaq News/')
  for (let i = 0; i < 30 && !(await arabicReader(page).evaluate((element) => element === document.activeElement)); i += 1) await page.keyboard.press('Tab')
  await expect(arabicReader(page)).toBeFocused()
  for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowDown')
  // The article is English: Shift+→ still extends its selection forwards, word by word, whatever the interface's direction.
  for (let i = 0; i < 5; i += 1) await page.keyboard.press('Shift+ArrowRight')
  await expect.poll(() => page.evaluate(() => document.getSelection()?.toString())).toBe('The sources reported that militant')

  const announcer = page.getByTestId('announcer')
  await page.keyboard.press('1')
  await expect(page.locator('mark[data-tag="claim"]:not([data-pending])')).toHaveText('The sources reported that militant')
  await expect(announcer).toHaveText(arabic.t('shell.tagged', { quote: 'The sources reported that militant', tag: 'Claim' }))
  await page.keyboard.press('Delete')
  await expect(page.locator('mark[data-tag="claim"]')).toHaveCount(0)
  await expect(announcer).toHaveText(arabic.t('shell.deleted', { quote: 'The sources reported that militant' }))
  await page.keyboard.press('Control+z')
  await expect(page.locator('mark[data-tag="claim"]:not([data-pending])')).toHaveText('The sources reported that militant')
  // What was undone is said in Arabic too.
  await expect(announcer).toContainText(/[\u0621-\u064A]/u)
  await expect(announcer).not.toContainText('Undone')
})

async function expectNoViolations(page: Page, state: string): Promise<void> {
  await expectNoAxeViolations(page, `Arabic ${state}`, `test-results/accessibility/arabic-${state}.png`)
}

async function openFromArabicMenu(page: Page, item: string, role: 'menuitem' | 'menuitemradio' = 'menuitem'): Promise<void> {
  await page.getByRole('button', { name: ar['shell.menu'] }).click()
  await page.getByRole('menu', { name: ar['shell.menu'] }).getByRole(role, { name: item }).click()
}

test.describe('axe in the Arabic interface: zero violations', () => {
  test.describe.configure({ timeout: 240_000 })
  // Every main state in the light theme; in the dark, whose colours the English walk checks in every state,
  // the screens that hold Arabic text of the project: the article, its details and the views.
  for (const [theme, everyState] of [['light', true], ['dark', false]] as const) {
    test(everyState ? `every main state, ${theme} theme` : `the article, its details and the views, ${theme} theme`, async ({ app }) => {
      const { page } = app
      await page.setViewportSize({ width: 1440, height: 900 })
      await expect(readerText(page)).toBeVisible()
      await page.getByRole('button', { name: 'Menu' }).click()
      await page.getByRole('menuitemradio', { name: 'العربية' }).click()
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
      await openFromArabicMenu(page, ar[theme === 'dark' ? 'shell.theme.dark' : 'shell.theme.light'], 'menuitemradio')
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme)

      await page.getByRole('navigation', { name: ar['documents.pane'] }).getByRole('button').filter({ hasText: ARTICLE }).click()
      await expect(arabicReader(page)).toContainText('Shafaq News/')
      await expectNoViolations(page, `${theme}-document-open`)

      if (everyState) {
        await page.getByRole('button', { name: ar['shell.menu'] }).click()
        await expectNoViolations(page, `${theme}-menu-open`)
        await page.keyboard.press('Escape')
      }

      await arabicReader(page).focus()
      for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowDown')
      for (let i = 0; i < 5; i += 1) await page.keyboard.press('Shift+ArrowRight')
      await page.keyboard.press('1')
      await expect(page.locator('mark[data-tag="claim"]:not([data-pending])')).toBeVisible()
      await expect(page.getByRole('region', { name: ar['annotations.details'] })).toBeVisible()
      await expectNoViolations(page, `${theme}-detail-panel`)
      await page.keyboard.press('Escape')

      if (everyState) {
        for (const [item, dialog] of [
          [ar['shell.tags'], null],
          [ar['shell.keyboardShortcuts'], null],
          [ar['shell.projectSettings'], ar['projects.settings.title']]
        ] as const) {
          await openFromArabicMenu(page, item)
          const open = dialog ? page.getByRole('dialog', { name: dialog }) : page.getByRole('dialog')
          await expect(open).toBeVisible()
          await expectNoViolations(page, `${theme}-${item}`)
          await page.keyboard.press('Escape')
          await expect(open).toBeHidden()
        }

        for (const command of [ar['shell.find'], ar['shell.import'], ar['shell.export']]) {
          await page.getByRole('banner').getByRole('button', { name: command, exact: true }).click()
          const open = page.getByRole('dialog')
          await expect(open).toBeVisible()
          await expectNoViolations(page, `${theme}-${command}`)
          await page.keyboard.press('Escape')
          await expect(open).toBeHidden()
        }
      }

      const views = page.getByRole('tablist', { name: ar['views.tabs'] })
      for (const view of [ar['views.tab.entities'], ar['views.tab.claims'], ar['views.tab.figures'], ar['views.tab.agreement'], ar['views.tab.review']]) {
        await views.getByRole('tab', { name: view }).click()
        await expect(views.getByRole('tab', { name: view })).toHaveAttribute('aria-selected', 'true')
        await expectNoViolations(page, `${theme}-view-${view}`)
      }
      await views.getByRole('tab', { name: ar['views.tab.reader'] }).click()

      if (everyState) {
        await openFromArabicMenu(page, ar['shell.projects'])
        await expect(page.getByRole('main', { name: ar['projects.start.label'] })).toBeVisible()
        await expectNoViolations(page, `${theme}-start-screen`)
      }
    })
  }

  test('a narrow window (320 px), dark theme, each pane', async ({ app }) => {
    const { page } = app
    await page.setViewportSize({ width: 320, height: 640 })
    await page.evaluate(() => {
      localStorage.setItem('tessera.language', 'ar')
      localStorage.setItem('tessera.theme', 'dark')
    })
    await page.reload()
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
    const panes = page.getByRole('tablist', { name: ar['shell.panes'] })
    // The documents and annotations tabs carry a count ("المقالات، ٥"); the article's tab is its name alone.
    for (const pane of [new RegExp(`^${ar['shell.pane.documents']}،`, 'u'), new RegExp(`^${ar['shell.pane.annotations']}،`, 'u'), new RegExp(`^${ar['shell.pane.reader']}$`, 'u')]) {
      await panes.getByRole('tab', { name: pane }).click()
      await expectNoViolations(page, `dark-320-${pane.source}`)
    }
  })
})
