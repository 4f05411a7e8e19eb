import type { Page } from '@playwright/test'
import { createTranslator } from '../electron/core/shared/i18n/translator'
import { callApi } from './support/api'
import { expect, test } from './support/fixtures'
import { readerText } from './support/reader'

/** Holds the page's calls to `method` until the function returned is called, as a large project on a slow disk would. */
async function hold(page: Page, method: string): Promise<() => void> {
  let release: () => void = () => undefined
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route(`**/api/${method}`, async (route) => {
    await held
    await route.continue()
  })
  return release
}

/** A digit, Latin or Arabic-Indic: a count shown before it is known. */
const DIGIT = /[0-9\u0660-\u0669]/u

for (const language of ['en', 'ar'] as const) {
  test(`while a project opens (${language}), the header and the panes' tabs say it is being read, never "No changes yet" or a zero`, async ({ browserApp }) => {
    const { page } = browserApp
    const t = createTranslator(language).t
    await expect(readerText(page)).toBeVisible()
    // One annotation in the article the project opens on: its count, once in, is 1 and not the 0 shown by default.
    const [first] = await callApi(page, 'documents.list', {})
    if (!first) throw new Error('the sample project has no document')
    await callApi(page, 'annotations.create', { documentId: first.id, tag: 'place', start: 0, end: 4 })
    await page.evaluate((chosen) => localStorage.setItem('tessera.language', chosen), language)
    // Narrow enough for the panes' tabs, which carry the counts.
    await page.setViewportSize({ width: 1000, height: 700 })
    const releaseList = await hold(page, 'documents.list')
    const releaseOpen = await hold(page, 'documents.open')
    await page.reload()

    const saveState = page.getByTestId('save-state')
    const tabs = page.getByRole('tablist', { name: t('shell.panes') })
    const documentsTab = tabs.getByRole('tab', { name: t('shell.pane.documents.pending') })
    const annotationsTab = tabs.getByRole('tab', { name: t('shell.pane.annotations.pending') })
    await expect(saveState).toHaveText(t('shell.save.opening'))
    await expect(documentsTab).toBeVisible()
    await expect(annotationsTab).toBeVisible()
    await expect(tabs).not.toContainText(DIGIT)
    await page.screenshot({ path: `test-results/loading-state-${language}.png` })

    // The list is in, the article not yet: the documents are counted, the annotations still not.
    releaseList()
    await expect(tabs.getByRole('tab', { name: t('shell.pane.documents.count', { count: 5 }) })).toBeVisible()
    await expect(annotationsTab).toBeVisible()
    await expect(annotationsTab).not.toContainText(DIGIT)
    await expect(saveState).toHaveText(t('shell.save.opening'))

    releaseOpen()
    await expect(tabs.getByRole('tab', { name: t('shell.pane.annotations.count', { count: 1 }) })).toBeVisible()
    await expect(saveState).toHaveText(t('shell.save.allSaved'))
  })
}
