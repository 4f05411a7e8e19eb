import { catalogueOf } from '../electron/core/shared/i18n/catalogue'
import { said, say } from '../electron/core/shared/i18n/said'
import { createTranslator } from '../electron/core/shared/i18n/translator'
import { launchBrowserApp } from './support/browser-app'
import { expect, test } from './support/fixtures'
import { emptyProject } from './support/import'

/** The import report in the Arabic interface: the core's reasons are said in Arabic, the file names kept as they are. */
const ar = catalogueOf('ar')
const arabic = createTranslator('ar', 'arab')

test('an import in the Arabic interface says in Arabic why an empty file and a JSON Lines file with a blank line failed', async ({ browser }) => {
  const app = await launchBrowserApp(browser, await emptyProject(), { locale: 'ar-SY' })
  try {
    const { page } = app
    await page.getByRole('button', { name: ar['editor.empty.import'] }).click()
    const dialog = page.getByRole('dialog', { name: ar['importing.title'] })
    const lines = [JSON.stringify({ text: 'Hama held.', label: [[0, 4, 'PLACE']] }), JSON.stringify({ text: '   ', label: [] })].join('\n')
    await dialog.getByLabel(ar['importing.chooseFilesLabel']).setInputFiles([
      { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
      { name: 'corpus.jsonl', mimeType: 'application/jsonl', buffer: Buffer.from(lines) }
    ])
    await dialog.getByRole('button', { name: arabic.t('importing.startFiles', { count: 2 }) }).click()
    const report = dialog.getByRole('region', { name: ar['importing.report'] })
    const failed = report.locator('.report-failed li')
    await expect(failed).toHaveCount(2)
    await expect(failed.nth(0)).toHaveText(`empty.txt ${say(arabic, said('importReport.empty'))}`)
    // The blank second line fails the file (invalid lines were not to be skipped), said of the line by its place in the file.
    await expect(failed.nth(1)).toHaveText(`corpus.jsonl \u2068corpus.jsonl:2\u2069: ${say(arabic, said('importReport.document.noText'))}`)
    await expect(report).not.toContainText('is empty')
  } finally {
    await app.close()
  }
})
