import type { Page } from '@playwright/test'
import { callApi } from './support/api'
import { launchBrowserApp } from './support/browser-app'
import { expect, test } from './support/fixtures'
import { emptyProject } from './support/import'
import { readerText } from './support/reader'

/**
 * Issue 20's last gap: a relation across documents survives an export and an import into another
 * project. The first project relates a Tehran Times claim to a NationPress one (through the API; relating
 * by hand is relations.spec's), exports W3C through the dialog; a new project that defines the type
 * imports the file through the Import dialog and lists the relation at both ends.
 */
const TEHRAN_ID = 'tehran-times-2024-12-03'
const NATION_ID = 'nationpress-2024-12-01'
const TEHRAN = 'Syria’s Hama stands firm'
const NATION = 'Rebels Gain Ground in Syria as Military Prepares for Offensive'
const HALTED = 'the Syrian army has halted any attempts to invade the city'
const WITHDRAWALS = 'reports indicating rapid withdrawals by government forces'
const CONTRADICTS = { id: 'contradicts', label: 'contradicts', from: ['claim'], to: ['claim'], directed: false, crossDocument: true }

async function tagClaim(page: Page, documentId: string, quote: string): Promise<string> {
  const { text } = await callApi(page, 'documents.get', { documentId })
  const start = text.indexOf(quote)
  return (await callApi(page, 'annotations.create', { documentId, tag: 'claim', start, end: start + quote.length })).id
}

test('an export with a relation across documents, imported into a new project, lists the relation at both ends', async ({ browserApp: source, browser }) => {
  test.setTimeout(240_000)
  await expect(source.page.getByRole('navigation', { name: 'Documents' }).getByRole('button').first()).toBeVisible()
  await callApi(source.page, 'relationTypes.set', { relationTypes: [CONTRADICTS] })
  const halted = await tagClaim(source.page, TEHRAN_ID, HALTED)
  const withdrawals = await tagClaim(source.page, NATION_ID, WITHDRAWALS)
  await callApi(source.page, 'relations.add', { documentId: NATION_ID, type: 'contradicts', from: withdrawals, to: halted, toDocumentId: TEHRAN_ID })
  const exported = await source.exportProject('w3c')

  const app = await launchBrowserApp(browser, await emptyProject())
  try {
    const { page } = app
    await expect(page.getByRole('heading', { name: 'No articles yet' })).toBeVisible()
    await callApi(page, 'relationTypes.set', { relationTypes: [CONTRADICTS] })
    await page.getByRole('button', { name: 'Import articles…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Import articles' })
    await dialog.getByLabel('Choose files').setInputFiles([{ name: 'hama-week.jsonld', mimeType: 'application/ld+json', buffer: exported }])
    await dialog.getByRole('button', { name: 'Import 1 file' }).click()
    const report = dialog.getByRole('region', { name: 'Import report' })
    await expect(report.getByText('Imported 5, skipped 0 (duplicates), failed 0.')).toBeVisible()
    await expect(report).not.toContainText('left out')
    await page.screenshot({ path: 'test-results/relations-import/report.png' })
    await report.getByRole('button', { name: NATION }).click()
    await expect(dialog).toBeHidden()
    await expect(readerText(page)).toContainText(NATION)

    const details = page.getByRole('region', { name: 'Annotation details' })
    await page.getByRole('complementary', { name: 'Annotations' }).getByRole('button', { name: `Claim: ${WITHDRAWALS}` }).click()
    const atSource = details.getByRole('region', { name: 'In other documents' })
    await expect(atSource.getByRole('listitem')).toHaveText(new RegExp(`^Contradicts “${HALTED}” Tehran Times: ${TEHRAN}`))
    await page.screenshot({ path: 'test-results/relations-import/listed-at-source.png' })

    await atSource.getByRole('button', { name: /^Open: Contradicts/ }).click()
    await expect(readerText(page)).toContainText(TEHRAN)
    await expect(details.locator('.detail-quote')).toHaveText(HALTED)
    await expect(details.getByRole('region', { name: 'In other documents' }).getByRole('listitem')).toHaveText(new RegExp(`^Contradicts “${WITHDRAWALS}” NationPress: ${NATION}`))
  } finally {
    await app.close()
  }
})
