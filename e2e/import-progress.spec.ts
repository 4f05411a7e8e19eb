import { launchBrowserApp } from './support/browser-app'
import { expect, test } from './support/fixtures'
import { emptyProject } from './support/import'
import { readStoredProject } from './support/store'

const FILES = 150
const CANCEL_AT = 20
/** The app sends up to 64 files a call (importCalls): a cancel that lands before 64 stopped the first call mid-way. */
const FIRST_PACK = 64

const small = (i: number) => ({
  name: `article-${String(i).padStart(3, '0')}.txt`,
  mimeType: 'text/plain',
  buffer: Buffer.from(`Article number ${i}\nReporters counted ${i * 7 + 3} trucks on the road south of Hama on day ${i}.\n`)
})

test('150 small files: progress moves file by file though the app sends them in packs, and Cancel mid-pack keeps exactly what the report says was imported', async ({ browser }) => {
  const app = await launchBrowserApp(browser, await emptyProject())
  try {
    const { page } = app
    await page.getByRole('button', { name: 'Import articles…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Import articles' })
    await dialog.getByLabel('Choose files').setInputFiles(Array.from({ length: FILES }, (_, i) => small(i)))
    // Every count the progress line shows is noted in the page, and Cancel is pressed there the moment it
    // shows CANCEL_AT files through: a click from the test process could come only after the import ended.
    await page.evaluate(
      ({ total, cancelAt }) => {
        const seen: number[] = []
        Object.assign(window, { __progressSeen: seen })
        const observer = new MutationObserver(() => {
          const status = document.querySelector('.import-progress [role="status"]')?.textContent ?? ''
          const done = new RegExp(`^(\\d+) of ${total} files`).exec(status)?.[1]
          if (done === undefined || seen.at(-1) === Number(done)) return
          seen.push(Number(done))
          if (Number(done) < cancelAt) return
          observer.disconnect()
          const cancel = [...document.querySelectorAll<HTMLButtonElement>('dialog.import-dialog button')].find((button) => button.textContent === 'Cancel')
          cancel?.click()
        })
        observer.observe(document.body, { subtree: true, childList: true, characterData: true })
      },
      { total: FILES, cancelAt: CANCEL_AT }
    )
    await dialog.getByRole('button', { name: `Import ${FILES} files` }).click()

    const summary = dialog.getByRole('region', { name: 'Import report' }).locator('.import-summary')
    await expect(summary).toHaveText(/^Cancelled\. Imported \d+, skipped 0 \(duplicates\), failed 0\.$/)
    const imported = Number(/Imported (\d+)/.exec((await summary.textContent()) ?? '')?.[1])
    const seen = await page.evaluate(() => (window as unknown as { __progressSeen: number[] }).__progressSeen)
    // Counted up inside the first call, not a call's worth at once (which would show 0, then 64). How many
    // files one repaint covers depends on the machine's speed; app-import.test.ts checks every step.
    expect(seen.some((done) => done > 0 && done < CANCEL_AT)).toBe(true)
    expect(imported).toBeGreaterThanOrEqual(CANCEL_AT)
    expect(imported).toBeLessThan(FIRST_PACK)

    await dialog.getByRole('button', { name: 'Done' }).click()
    // On disk once the server has stopped: exactly the files before the stop, and none after.
    await app.stopServer?.()
    const { documents } = await readStoredProject(app.projectDir)
    expect(documents.map((d) => d.importedFrom).sort()).toEqual(Array.from({ length: imported }, (_, i) => small(i).name))
  } finally {
    await app.close()
  }
})
