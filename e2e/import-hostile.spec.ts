import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { launchBrowserApp } from './support/browser-app'
import { expect, test } from './support/fixtures'
import { emptyProject } from './support/import'
import { readerText } from './support/reader'

const HOSTILE_DIR = 'electron/core/import/fixtures/hostile'
const HOSTILE = readdirSync(HOSTILE_DIR).filter((name) => name.endsWith('.html')).sort()

test('hostile pages import as inert text: opening each runs nothing and nothing leaves the app’s origin', async ({ browser }) => {
  test.setTimeout(180_000)
  expect(HOSTILE.length).toBeGreaterThanOrEqual(20)
  const app = await launchBrowserApp(browser, await emptyProject())
  try {
    const { page } = app
    const origin = new URL(page.url()).origin
    const foreign: string[] = []
    page.on('request', (request) => {
      if (!request.url().startsWith(origin)) foreign.push(request.url())
    })
    // Should anything try, the attacker's host answers nothing: the attempt is still recorded above.
    await page.route('**://attacker.test/**', (route) => route.abort())
    // The app's Content-Security-Policy blocks most attempts before a request exists: record those too.
    await page.evaluate(() => {
      const violations: string[] = []
      ;(window as unknown as { __violations: string[] }).__violations = violations
      document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`))
    })
    const violations = () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)
    await page.getByRole('button', { name: 'Import…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Import articles' })
    await dialog.getByLabel('Choose files').setInputFiles(HOSTILE.map((name) => join(HOSTILE_DIR, name)))
    await dialog.getByLabel('Import duplicates anyway').check()
    await dialog.getByRole('button', { name: `Import ${HOSTILE.length} files` }).click()
    await expect(dialog.getByText(`Imported ${HOSTILE.length}, skipped 0 (duplicates), failed 0.`)).toBeVisible({ timeout: 60_000 })
    await dialog.getByRole('button', { name: 'Done' }).click()

    const documents = page.getByRole('navigation', { name: 'Documents' })
    await expect(documents.locator('.pane-count')).toHaveText(String(HOSTILE.length))
    for (const name of HOSTILE) {
      const title = `Hostile page ${name.slice(0, 2)}: the army held Hama`
      // The list draws only the rows near its viewport: scroll it until this document's row is there.
      const entry = documents.getByRole('button').filter({ hasText: title })
      if ((await entry.count()) === 0) await documents.locator('.document-scroller').evaluate((scroller) => scroller.scrollTo(0, 0))
      for (let scrolled = 0; (await entry.count()) === 0 && scrolled < 40; scrolled += 1) {
        await documents.locator('.document-scroller').evaluate((scroller) => scroller.scrollBy(0, 200))
      }
      await entry.click()
      await expect(readerText(page)).toContainText('Residents said the roads to Idlib remained closed')
      await expect(readerText(page)).toContainText(title)
      // Hover and click across the text, as a reader would, to give any handler its chance.
      await readerText(page).hover()
      await readerText(page).click({ position: { x: 20, y: 20 } })
      const state = await readerText(page).evaluate((article) => ({
        pwned: (window as unknown as { __pwned?: unknown }).__pwned,
        // Inside the drawn text (the reader's own chunk wrappers aside): nothing but paragraphs and highlights.
        activeElements: [...article.querySelectorAll('.ProseMirror *')]
          .filter((e) => !['P', 'MARK', 'BR', 'SPAN'].includes(e.tagName) || e.matches('[onerror], [onload], [onclick], [style]:not([style=""]), [src], [srcset], [href]'))
          .map((e) => e.outerHTML.slice(0, 200)),
        javascriptLinks: document.querySelectorAll('a[href^="javascript:" i]').length,
        paragraphs: article.querySelectorAll('.ProseMirror p').length
      }))
      const { paragraphs, ...active } = state
      expect(active, title).toEqual({ pwned: undefined, activeElements: [], javascriptLinks: 0 })
      expect(paragraphs, title).toBeGreaterThanOrEqual(3)
    }
    await page.waitForTimeout(500)
    expect(foreign).toEqual([])
    expect(await violations()).toEqual([])
    // The watch itself works: an attempt the page does make to reach the attacker's host is seen.
    await page.evaluate(() => fetch('http://attacker.test/probe').catch(() => undefined))
    await expect.poll(async () => [...foreign, ...(await violations())].join(' ')).toContain('attacker.test/probe')
  } finally {
    await app.close()
  }
})
