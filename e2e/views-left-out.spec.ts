import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { callApi } from './support/api'
import { expectNoAxeViolations } from './support/axe'
import { expect, test } from './support/fixtures'
import { readerText } from './support/reader'

// Browser mode always (`browserApp`): the spec damages a file of the project the server has open.

const CLAIM = 'Efforts are underway to reclaim several sites and towns seized by terrorist groups'

test('a document damaged on disk while the app runs is named above the Claims view, and left out of its count', async ({ browserApp: app }) => {
  let page = app.page
  await expect(readerText(page)).toBeVisible()
  const documents = await callApi(page, 'documents.list', {})
  const shafaq = documents.find((d) => d.source === 'Shafaq News')
  const other = documents.find((d) => d.source !== 'Shafaq News')
  if (!shafaq || !other) throw new Error('no Shafaq News sample article, or no other')
  const title = shafaq.title
  const { text } = await callApi(page, 'documents.get', { documentId: shafaq.id })
  const start = text.indexOf(CLAIM)
  await callApi(page, 'annotations.create', { documentId: shafaq.id, tag: 'claim', start, end: start + CLAIM.length })
  // A claim in a readable article too, so the Claims CSV still has a row to export once Shafaq's is lost.
  await callApi(page, 'annotations.create', { documentId: other.id, tag: 'claim', start: 0, end: 12 })
  // A new session, so the article is not held in memory: the app reads it from its file again.
  await app.restart()
  page = app.page
  await expect(readerText(page)).toBeVisible()
  await page.getByRole('tab', { name: 'Claims' }).click()
  await expect(page.getByRole('tabpanel', { name: 'Claims' }).getByRole('status')).toHaveText('2 claims')

  const file = join(app.projectDir, 'documents', `${shafaq.id}.json`)
  const original = await readFile(file)
  await writeFile(file, original.subarray(0, original.length / 2))
  // The document list is read again (a reload here; a start, an import or a reconnection too) and finds it unreadable.
  await page.reload()
  await expect(readerText(page)).toBeVisible()
  await page.getByRole('tab', { name: 'Claims' }).click()
  const panel = page.getByRole('tabpanel', { name: 'Claims' })
  const notice = panel.getByRole('note', { name: 'Articles left out' })
  await expect(notice).toContainText(`1 article could not be read and is left out of these counts: ‘${title}’ (`)
  await expect(notice).toContainText(`${shafaq.id}.json`)
  await expect(panel.getByRole('status')).toHaveText('1 claim')
  // The damaged documents notice (its restore) is out of the way: the view's own notice is what is looked at here.
  await page.getByRole('alert', { name: 'Damaged documents' }).getByRole('button', { name: 'Dismiss' }).click()
  await expectNoAxeViolations(page, 'an article left out of the Claims view', 'test-results/views-left-out.png')

  // The Claims CSV has the readable article's claim alone, and its notice says which article is not in the file and why.
  await panel.getByRole('button', { name: 'Export CSV' }).click()
  const exported = page.locator('.notice').filter({ hasText: /^Exported 1 claim as CSV/u })
  await expect(exported).toContainText(`1 article could not be read and is not in this file: ‘${title}’ (`)
  await expect(exported).toContainText(`${shafaq.id}.json`)

  // The title opens the article in the reader, which says what is wrong with it.
  await notice.getByRole('button', { name: `‘${title}’` }).click()
  await expect(page.getByRole('tab', { name: 'Reader' })).toHaveAttribute('aria-selected', 'true')
})
