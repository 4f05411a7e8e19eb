import { axe } from './support/axe'
import type { Page } from '@playwright/test'
import { callApi } from './support/api'
import { OUTLETS, seedCorpusViews } from './support/corpus-views'
import { expect, test } from './support/fixtures'
import { openFromMenu } from './support/menu'
import { readerText } from './support/reader'


async function openTab(page: Page, name: 'Reader' | 'Entities' | 'Claims' | 'Figures'): Promise<void> {
  await page.getByRole('tab', { name }).click()
  await expect(page.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true')
}

/** axe on the centre pane (the tabs and the view they show), WCAG 2.1 A and AA. */
async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await axe(page).include('.centre-pane').analyze()
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary ?? ''}`).join(', ')}`)).toEqual([])
}

test.beforeEach(async ({ app }) => {
  await expect(readerText(app.page)).toBeVisible()
})

test('empty views say what to do, and the tabs follow the arrow keys', async ({ app }) => {
  const { page } = app
  await page.getByRole('tab', { name: 'Reader' }).focus()
  await page.keyboard.press('ArrowRight')
  await expect(page.getByRole('tab', { name: 'Entities' })).toBeFocused()
  await expect(page.getByRole('tabpanel', { name: 'Entities' })).toContainText('No entities yet')
  await expectNoAxeViolations(page)
  await page.keyboard.press('ArrowRight')
  await expect(page.getByRole('tabpanel', { name: 'Claims' })).toContainText('No claims yet')
  await expectNoAxeViolations(page)
  await page.keyboard.press('ArrowRight')
  await expect(page.getByRole('tab', { name: 'Figures' })).toBeFocused()
  await expect(page.getByRole('tabpanel', { name: 'Figures' })).toContainText('Tag figures and set what they count to compare them')
  await expectNoAxeViolations(page)
  await page.keyboard.press('End')
  await expect(page.getByRole('tab', { name: 'Review' })).toBeFocused()
  // No annotations yet: the core's reason, and how a second analyst's work gets in, in Review as in Agreement.
  await expect(page.getByRole('tabpanel', { name: 'Review' })).toContainText('No one has annotated these documents yet')
  await expect(page.getByRole('tabpanel', { name: 'Review' })).toContainText('import a colleague’s layer')
  await page.keyboard.press('ArrowLeft')
  await expect(page.getByRole('tab', { name: 'Agreement' })).toBeFocused()
  await expect(page.getByRole('tabpanel', { name: 'Agreement' })).toContainText('No one has annotated these documents yet: agreement needs two annotators or more.')
  await expect(page.getByRole('tabpanel', { name: 'Agreement' })).toContainText('Import a colleague’s annotations')
  await expectNoAxeViolations(page)
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  await expect(page.getByRole('tab', { name: 'Reader' })).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('ArrowLeft')
  await expect(page.getByRole('tab', { name: 'Review' })).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('Home')
  await expect(readerText(page)).toBeVisible()
})

test('entities, claims and figures across outlets, each opening its article at the span', async ({ app }) => {
  const { page } = app
  await seedCorpusViews(page)

  // Entities: counts per outlet, documents, the matrix as text, mentions in context.
  await openTab(page, 'Entities')
  const panel = page.getByRole('tabpanel', { name: 'Entities' })
  const row = panel.getByRole('table', { name: /Entities, most mentioned first/ }).getByRole('row').filter({ hasText: 'Hayat Tahrir al-Sham' })
  await expect(row.getByRole('cell')).toHaveText(['Actor', '2', '2', /Shafaq News\s*1\s*teleSUR English\s*1/])
  const matrix = panel.getByRole('table', { name: /Linked mentions per outlet/ })
  await expect(matrix.getByRole('columnheader')).toHaveText(['Outlet', 'Hayat Tahrir al-Sham', 'Russian Reconciliation Center', 'Total'])
  await expect(matrix.getByRole('row', { name: /^Shafaq News/ }).getByRole('cell')).toHaveText(['1', '0', '1'])
  await expect(matrix.getByRole('row', { name: /^Tehran Times/ }).getByRole('cell')).toHaveText(['0', '1', '1'])
  await expect(matrix.getByRole('row', { name: /^NationPress/ }).getByRole('cell')).toHaveText(['0', '0', '0'])
  await expectNoAxeViolations(page)

  await row.getByRole('button', { name: 'Hayat Tahrir al-Sham' }).click()
  const mentions = panel.getByRole('region', { name: /Mentions of Hayat Tahrir al-Sham/ }).getByRole('button')
  await expect(mentions).toHaveCount(2)
  await expect(mentions.nth(0)).toContainText(OUTLETS.telesur)
  const shafaqLine = mentions.filter({ hasText: OUTLETS.shafaq })
  await expect(shafaqLine.locator('.kwic-quote')).toHaveText('HTS')
  await expectNoAxeViolations(page)
  // The selected entity is edited from here: an alias given in its dialog shows in the table at once.
  await panel.getByRole('button', { name: /Edit entity ‘Hayat Tahrir al-Sham’/ }).click()
  const editor = page.getByRole('dialog', { name: /Entity ‘Hayat Tahrir al-Sham’/ })
  await editor.getByLabel('Aliases').fill('Tahrir al-Sham')
  await editor.getByRole('button', { name: 'Save' }).click()
  await expect(editor.getByRole('status')).toContainText('Saved')
  await editor.getByRole('button', { name: 'Close' }).click()
  await expect(row).toContainText('also Tahrir al-Sham')
  // Enter on a line opens that article in the reader, at the mention, with the annotation selected.
  await shafaqLine.focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('tab', { name: 'Reader' })).toHaveAttribute('aria-selected', 'true')
  await expect(page.locator('.reader-source')).toHaveText(OUTLETS.shafaq)
  const selected = page.locator('mark.highlight[data-selected="true"]')
  await expect(selected).toHaveText('HTS')
  await expect(selected).toBeInViewport()
  await expect(page.getByRole('region', { name: 'Annotation details' })).toContainText('HTS')

  // Claims: the claim with its actor and the actor's entity, filtered and sorted.
  await openTab(page, 'Claims')
  const claims = page.getByRole('tabpanel', { name: 'Claims' })
  const claimRow = claims.getByRole('row').filter({ hasText: 'at least 300 militants' })
  await expect(claimRow.getByRole('cell')).toHaveText([/at least 300 militants/, /The Russian Reconciliation Center in Syria\s*Russian Reconciliation Center/, OUTLETS.tehran, /Dec 2024/, 'reported'])
  await claims.getByLabel('Outlet').selectOption(OUTLETS.shafaq)
  await expect(claims).toContainText('No claim matches these filters')
  await claims.getByLabel('Outlet').selectOption(OUTLETS.tehran)
  await claims.getByLabel('Entity').selectOption({ label: 'Russian Reconciliation Center' })
  await claims.getByLabel('Stance').selectOption('reported')
  await expect(claimRow).toBeVisible()
  await expect(claims.getByRole('columnheader', { name: 'Date' })).toHaveAttribute('aria-sort', 'ascending')
  await claims.getByRole('button', { name: 'Date' }).click()
  await expect(claims.getByRole('columnheader', { name: 'Date' })).toHaveAttribute('aria-sort', 'descending')
  await expectNoAxeViolations(page)
  const [download] = await Promise.all([page.waitForEvent('download'), claims.getByRole('button', { name: 'Export CSV' }).click()])
  const csv = await download.createReadStream().then(async (stream) => {
    const chunks: Buffer[] = []
    for await (const chunk of stream) chunks.push(chunk as Buffer)
    return Buffer.concat(chunks).toString('utf8')
  })
  expect(csv).toContain('Russian Reconciliation Center')
  expect(csv.trim().split('\r\n')).toHaveLength(2)

  // Figures: both outlets' values for one thing counted, in the table and on the chart.
  await openTab(page, 'Figures')
  const figures = page.getByRole('tabpanel', { name: 'Figures' })
  // 2 and 3 December fall in one week; "more than 400" and "at least 300" can both be right.
  await figures.getByLabel('Compare figures of the same').selectOption('Week')
  const group = figures.getByRole('region', { name: /militants killed · week of 2 Dec 2024/i })
  await expect(group.locator('.figure-verdict')).toHaveText('2 figures from 2 sources can all be right: at least 400.')
  const table = group.getByRole('table')
  await expect(table.getByRole('row')).toHaveCount(3)
  await expect(table.getByRole('row').nth(1).getByRole('cell')).toHaveText(['2 Dec 2024', OUTLETS.mayadeen, OUTLETS.mayadeen, 'at least', '400', 'more than 400', '—'])
  await expect(table.getByRole('row').nth(2).getByRole('cell')).toHaveText([
    /Dec 2024/,
    'The Russian Reconciliation Center in Syria',
    OUTLETS.tehran,
    'at least',
    '300',
    '300',
    /at least 300 militants/
  ])
  const points = group.locator('.figure-chart .recharts-scatter-symbol')
  await expect(points).toHaveCount(2)
  await expectNoAxeViolations(page)
  // A point on the chart opens its article at the figure.
  await points.first().click()
  await expect(page.locator('.reader-source')).toHaveText(OUTLETS.mayadeen)
  await expect(page.locator('mark.highlight[data-selected="true"]')).toHaveText('more than 400')
  // So does the table's figure, by keyboard.
  await openTab(page, 'Figures')
  await page.getByRole('tabpanel', { name: 'Figures' }).getByRole('button', { name: '300', exact: true }).press('Enter')
  await expect(page.locator('.reader-source')).toHaveText(OUTLETS.tehran)
  await expect(page.locator('mark.highlight[data-selected="true"]')).toHaveText('300')
})

test('an open view follows changes made elsewhere, and reads well in the dark theme', async ({ app }) => {
  const { page } = app
  const seeded = await seedCorpusViews(page)
  await openTab(page, 'Entities')
  const panel = page.getByRole('tabpanel', { name: 'Entities' })
  const row = panel.getByRole('row').filter({ hasText: 'Hayat Tahrir al-Sham' }).first()
  await expect(row.getByRole('cell').nth(2)).toHaveText('2')
  // Another window (here: the API) links a third mention, in a third outlet; the open view catches up on its own.
  const tehran = await callApi(page, 'documents.get', { documentId: seeded.documents.tehran })
  const start = tehran.text.indexOf('HTS')
  const mention = await callApi(page, 'annotations.create', { documentId: tehran.id, tag: 'actor', start, end: start + 3 })
  await callApi(page, 'entities.link', { documentId: tehran.id, annotationId: mention.id, entityId: seeded.entityId })
  await expect(row.getByRole('cell')).toHaveText(['Actor', '3', '3', /Shafaq News\s*1\s*Tehran Times\s*1\s*teleSUR English\s*1/])
  // Renamed elsewhere: the new name shows, in the list and the matrix.
  await callApi(page, 'entities.update', { entityId: seeded.entityId, changes: { name: 'HTS (Hayat Tahrir al-Sham)' } })
  await expect(panel.getByRole('table', { name: /Linked mentions per outlet/ }).getByRole('columnheader', { name: 'HTS (Hayat Tahrir al-Sham)' })).toBeVisible()

  // A yes/no attribute added to the Claim tag becomes a filter of the Claims view.
  const claimTag = (await callApi(page, 'project.get', {})).tags.find((t) => t.id === 'claim')
  await callApi(page, 'tags.update', { tagId: 'claim', changes: { attributes: [...(claimTag?.attributes ?? []), { id: 'verified', label: 'Verified', type: 'flag' }] } })
  await callApi(page, 'annotations.setAttribute', { documentId: seeded.documents.tehran, annotationId: seeded.claim.id, attribute: 'verified', value: true })
  await openTab(page, 'Claims')
  const claims = page.getByRole('tabpanel', { name: 'Claims' })
  await claims.getByLabel('Verified').selectOption('false')
  await expect(claims).toContainText('No claim matches these filters')
  await claims.getByLabel('Verified').selectOption('true')
  await expect(claims.getByRole('row').filter({ hasText: 'at least 300 militants' })).toBeVisible()

  await openTab(page, 'Entities')
  await openFromMenu(page, 'Dark theme')
  await row.getByRole('button').first().click()
  await expectNoAxeViolations(page)
  await openTab(page, 'Claims')
  await expectNoAxeViolations(page)
  await openTab(page, 'Figures')
  await expect(page.locator('.figure-chart .recharts-scatter-symbol')).toHaveCount(2)
  await expectNoAxeViolations(page)
})

test('the reader keeps its place under the views, and tag keys and Delete leave it alone there', async ({ app }) => {
  const { page } = app
  const documentId = await page.evaluate(() => localStorage.getItem('tessera.lastDocument'))
  const record = await callApi(page, 'documents.get', { documentId: documentId ?? '' })
  const start = record.text.indexOf('Hama')
  const place = await callApi(page, 'annotations.create', { documentId: record.id, tag: 'place', start, end: start + 4 })
  await page.locator(`mark[data-annotation-id="${place.id}"]`).first().click()
  await expect(page.locator('mark.highlight[data-selected="true"]')).toHaveText('Hama')
  const pane = page.getByRole('region', { name: 'Reader' })
  await pane.evaluate((element) => element.scrollTo(0, 500))

  await openTab(page, 'Entities')
  await page.getByRole('tab', { name: 'Entities' }).press('Delete')
  await page.getByRole('tab', { name: 'Entities' }).press('1')
  await openTab(page, 'Reader')
  expect(await pane.evaluate((element) => element.scrollTop)).toBe(500)
  const stored = await callApi(page, 'documents.get', { documentId: record.id })
  expect(stored.annotations.map((a) => [a.id, a.tag])).toEqual([[place.id, 'place']])
})

test('an Arabic mention reads right to left in context, the text before it on its right', async ({ app }) => {
  const { page } = app
  const seeded = await seedCorpusViews(page)
  const body = 'أعلنت وزارة الدفاع أن هيئة تحرير الشام 🇸🇾 انسحبت من ريف حماة الشمالي بعد معارك عنيفة.'
  const base64 = Buffer.from(`معارك حماة\n\n${body}`, 'utf8').toString('base64')
  const report = await callApi(page, 'import.files', { files: [{ name: 'arabic.txt', base64 }] })
  const article = await callApi(page, 'documents.get', { documentId: report.imported[0]?.documentId ?? '' })
  const start = article.text.indexOf('هيئة تحرير الشام')
  const mention = await callApi(page, 'annotations.create', { documentId: article.id, tag: 'actor', start, end: start + 'هيئة تحرير الشام'.length })
  await callApi(page, 'entities.link', { documentId: article.id, annotationId: mention.id, entityId: seeded.entityId })

  await openTab(page, 'Entities')
  await page.getByRole('button', { name: 'Hayat Tahrir al-Sham', exact: true }).click()
  const line = page.getByRole('button', { name: /هيئة تحرير الشام/ })
  await expect(line).toHaveAttribute('dir', 'rtl')
  await expect(line.locator('.kwic-quote')).toHaveText('هيئة تحرير الشام')
  const before = await line.locator('.kwic-left').boundingBox()
  const quote = await line.locator('.kwic-quote').boundingBox()
  const after = await line.locator('.kwic-match bdi').boundingBox()
  expect(before && quote && before.x >= quote.x + quote.width - 1).toBe(true)
  expect(after && quote && after.x + after.width <= quote.x + 1).toBe(true)
  // The flag right after the name is drawn beside it (its right edge next to the name), not at the far end.
  const flagRight = await line.locator('.kwic-match bdi').evaluate((element) => {
    const text = element.firstChild as Text
    const range = document.createRange()
    const at = text.data.indexOf('🇸🇾')
    range.setStart(text, at)
    range.setEnd(text, at + 4)
    return range.getBoundingClientRect().right
  })
  expect(quote && Math.abs(quote.x - flagRight)).toBeLessThan(12)
  // A Latin line stays left to right.
  await expect(page.locator('.kwic-line').filter({ hasText: OUTLETS.telesur })).toHaveAttribute('dir', 'ltr')
  await expectNoAxeViolations(page)
  await page.getByRole('region', { name: /Mentions of/ }).screenshot({ path: 'test-results/views-kwic-arabic.png' })
})
