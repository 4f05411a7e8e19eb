import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { axe } from './support/axe'
import { launchBrowserApp } from './support/browser-app'
import { expect, test } from './support/fixtures'
import { emptyProject } from './support/import'
import { bratTextBounds, closeImportDialog, importThroughDialog, interopPath } from './support/interop'

const BRAT = interopPath('brat-news')

/**
 * A colleague's brat annotations of an article the project already holds, brought in through the Import dialog
 * as their layer: brat names no author, so the dialog's annotator field says whose layer it is.
 */
test("the Import dialog adds a colleague's brat annotations to the project's copy of the article as their layer", async ({ browser }) => {
  const txt = join(BRAT, '000-introduction.txt')
  const ann = join(BRAT, '000-introduction.ann')
  const spans = bratTextBounds(await readFile(ann, 'utf8'))
  const app = await launchBrowserApp(browser, await emptyProject())
  try {
    const { page } = app
    await importThroughDialog(page, { files: [txt] })
    await closeImportDialog(page)

    await page.getByRole('button', { name: 'Import…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Import articles' })
    await dialog.getByRole('checkbox', { name: /as their authors' layers/ }).check()
    await dialog.getByRole('textbox', { name: 'Annotator of annotations that name no author' }).fill('Colleague (brat)')
    expect((await axe(page).analyze()).violations).toEqual([])
    await dialog.getByLabel('Choose files').setInputFiles([ann, txt])
    await dialog.getByRole('button', { name: 'Import 2 files' }).click()
    const report = dialog.getByRole('region', { name: 'Import report' })
    await expect(report.locator('.import-summary')).toHaveText('Layers added to 1 documents; 0 not found; failed 0.', { timeout: 30_000 })
    const layers = report.locator('details', { hasText: 'Layers added' })
    await expect(layers).toContainText(`added ${spans.length} annotations by Colleague (brat)`)
    expect((await axe(page).analyze()).violations).toEqual([])

    await layers.getByRole('button', { name: 'Welcome to the Brat Rapid Annotation Tool (brat) tutorial!' }).click()
    await expect(page.getByRole('list', { name: 'Annotations of this document' }).getByRole('button')).toHaveCount(spans.length)
    await expect(page.getByRole('list', { name: 'Annotations of this document' })).toContainText('Raul Salinas de Gortari')
  } finally {
    await app.close()
  }
})
