import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import type { Annotation } from '../electron/core/shared/model/annotation'
import { callApi } from './support/api'
import { OUTLETS } from './support/corpus-views'
import { expect, test } from './support/fixtures'
import { dragSelect, readerText } from './support/reader'
import { readStoredProject } from './support/store'

const WCAG_A_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']
const details = (page: Page) => page.getByRole('region', { name: 'Annotation details' })

async function expectNoAxeViolations(page: Page, selector: string): Promise<void> {
  const results = await new AxeBuilder({ page }).include(selector).withTags(WCAG_A_AA).analyze()
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
}

async function documentFrom(page: Page, source: string): Promise<{ id: string; text: string }> {
  const summary = (await callApi(page, 'documents.list', {})).find((d) => d.source === source)
  if (!summary) throw new Error(`no document from ${source}`)
  return callApi(page, 'documents.get', { documentId: summary.id })
}

/** Tags the first occurrence of `phrase` (after `after`, when given) through the API, then sets `attributes`. */
async function tag(page: Page, source: string, tagId: string, phrase: string, attributes: Record<string, string | number> = {}, after = ''): Promise<Annotation & { documentId: string }> {
  const document = await documentFrom(page, source)
  const start = document.text.indexOf(phrase, after ? document.text.indexOf(after) : 0)
  if (start < 0) throw new Error(`"${phrase}" is not in ${source}`)
  const annotation = await callApi(page, 'annotations.create', { documentId: document.id, tag: tagId, start, end: start + phrase.length })
  for (const [attribute, value] of Object.entries(attributes)) await callApi(page, 'annotations.setAttribute', { documentId: document.id, annotationId: annotation.id, attribute, value })
  return { ...annotation, documentId: document.id }
}

/**
 * The figures of issue 20.3, tagged as an analyst did: the militants killed as four outlets count them
 * ("more than 400", "over 1,300", "at least [300]", "exceeded 1,600"), and the Observatory's "245" in
 * Shafaq News, one of them typed with capitals.
 */
async function seedCasualties(page: Page): Promise<void> {
  await tag(page, OUTLETS.mayadeen, 'figure', 'more than 400', { counted: 'Militants Killed' })
  await tag(page, OUTLETS.telesur, 'figure', 'over 1,300', { counted: 'militants killed' })
  const centre = await tag(page, OUTLETS.tehran, 'actor', 'The Russian Reconciliation Center in Syria')
  const claim = await tag(page, OUTLETS.tehran, 'claim', 'at least 300 militants in Aleppo and Idlib provinces have been killed')
  await callApi(page, 'relations.add', { documentId: claim.documentId, type: 'attributed-to', from: claim.id, to: centre.id })
  const f300 = await tag(page, OUTLETS.tehran, 'figure', '300', { counted: 'militants killed' }, 'at least 300 militants')
  await callApi(page, 'relations.add', { documentId: f300.documentId, type: 'stated-in', from: f300.id, to: claim.id })
  await tag(page, OUTLETS.shafaq, 'figure', 'exceeded 1,600', { counted: 'militants killed' })
  const observatory = await tag(page, OUTLETS.shafaq, 'actor', 'the Observatory')
  const toll = await tag(page, OUTLETS.shafaq, 'claim', 'the death toll has risen to 605, including 245 from HTS')
  await callApi(page, 'relations.add', { documentId: toll.documentId, type: 'attributed-to', from: toll.id, to: observatory.id })
  const f245 = await tag(page, OUTLETS.shafaq, 'figure', '245', { counted: 'militants killed' }, 'including 245')
  await callApi(page, 'relations.add', { documentId: f245.documentId, type: 'stated-in', from: f245.id, to: toll.id })
}

test.beforeEach(async ({ app }) => {
  await expect(readerText(app.page)).toBeVisible()
})

test('figures compare as intervals, by period, each with its qualifier and who states it (issue 20.3)', async ({ app }) => {
  const { page } = app
  await seedCasualties(page)
  await page.getByRole('tab', { name: 'Figures' }).click()
  const view = page.getByRole('tabpanel', { name: 'Figures' })

  // The complaint: every value from every date in one group, read as exact, "Outlets disagree: values from 245 to 1,600".
  await view.getByLabel('Compare figures of the same').selectOption('All dates')
  const all = view.getByRole('region', { name: /^militants killed$/i })
  await expect(all).not.toContainText('values from 245 to 1,600')
  // Only the exact 245 and "at least 1,600" cannot both be right, and the verdict names who states each.
  await expect(all.locator('.figure-verdict')).toHaveText('Figures disagree: 245 (the Observatory) and at least 1,600 (Shafaq News) cannot both be right.')
  const table = all.getByRole('table')
  await expect(table.getByRole('columnheader')).toHaveText(['Date', 'Stated by', 'Outlet', 'Qualifier', 'Value', 'As written', 'Stated in claim'])
  await expect(table.getByRole('row').filter({ hasText: OUTLETS.tehran }).getByRole('cell')).toHaveText([
    '3 Dec 2024',
    'The Russian Reconciliation Center in Syria',
    OUTLETS.tehran,
    'at least',
    '300',
    '300',
    /^at least 300 militants/
  ])
  await expect(table.getByRole('row').filter({ hasText: OUTLETS.mayadeen }).getByRole('cell')).toHaveText(['2 Dec 2024', OUTLETS.mayadeen, OUTLETS.mayadeen, 'at least', '400', 'more than 400', '—'])
  await expect(table.getByRole('row').filter({ hasText: '245' }).getByRole('cell').nth(1)).toHaveText('the Observatory')
  await expectNoAxeViolations(page, '.centre-pane')

  // By day (the default): 3 December's "over 1,300" and "at least 300" can both be right; 4 December's cannot.
  await view.getByLabel('Compare figures of the same').selectOption('Day')
  await expect(view.getByRole('region', { name: /militants killed/i })).toHaveCount(3)
  await expect(view.getByRole('region', { name: 'militants killed · 3 Dec 2024' }).locator('.figure-verdict')).toHaveText(
    '2 figures from 2 sources can all be right: at least 1,300.'
  )
  await expect(view.getByRole('region', { name: 'militants killed · 4 Dec 2024' }).locator('.figure-verdict')).toHaveText(
    'Figures disagree: 245 (the Observatory) and at least 1,600 (Shafaq News) cannot both be right.'
  )
  await expect(view.getByRole('region', { name: 'militants killed · 2 Dec 2024' }).locator('.figure-verdict')).toHaveText(
    'Only Al Mayadeen English gives this figure: at least 400.'
  )
  await expectNoAxeViolations(page, '.centre-pane')
  await page.screenshot({ path: 'test-results/figures-compare.png', fullPage: true })

  // The export carries the qualifier the text gave each figure.
  const exported = (await app.exportProject('jsonl')).toString('utf8')
  const figures = exported
    .split('\n')
    .filter((line) => line.includes('"type":"document"'))
    .flatMap((line) => (JSON.parse(line) as { annotations: { tag: string; text: string; attributes: Record<string, unknown> }[] }).annotations)
    .filter((a) => a.tag === 'figure')
  expect(Object.fromEntries(figures.map((f) => [f.text, f.attributes.qualifier]))).toEqual({
    'more than 400': 'at least',
    'over 1,300': 'at least',
    '300': 'at least',
    'exceeded 1,600': 'at least',
    '245': 'exact'
  })
})

test('the detail panel edits the qualifier (undoable) and What is counted offers the project’s spelling', async ({ app }) => {
  const { page } = app
  await tag(page, OUTLETS.telesur, 'figure', 'over 1,300', { counted: 'militants killed' })
  await page.getByRole('navigation', { name: 'Documents' }).getByRole('button').filter({ hasText: OUTLETS.shafaq }).first().click()
  await expect(page.locator('.reader-source')).toHaveText(OUTLETS.shafaq)
  await dragSelect(page, 'exceeded 1,600')
  await page.keyboard.press('4')
  await expect(details(page).locator('.detail-quote')).toHaveText('exceeded 1,600')
  await expect(page.locator('mark.highlight[data-pending]')).toHaveCount(0)

  // Read from the text, editable.
  await expect(details(page).getByLabel('Qualifier')).toHaveValue('at least')
  await expect(details(page).getByLabel('Value', { exact: true })).toHaveValue('1600')
  const storedFigure = async () => (await readStoredProject(app.projectDir)).documents.flatMap((d) => d.annotations).find((a) => a.quote === 'exceeded 1,600')
  await details(page).getByLabel('Qualifier').selectOption('about')
  await expect.poll(async () => (await storedFigure())?.attributes.qualifier).toBe('about')
  const undo = page.getByRole('group', { name: 'History' }).getByRole('button', { name: 'Undo' })
  await undo.click()
  await expect.poll(async () => (await storedFigure())?.attributes.qualifier).toBe('at least')
  // The panel shows what the store holds after the undo.
  await expect(details(page).getByLabel('Qualifier')).toHaveValue('at least')

  // What is counted: a combobox of the project's values; a capitalised near-duplicate is pointed out.
  const counted = details(page).getByRole('combobox', { name: 'What is counted' })
  await counted.fill('Militants Killed')
  await expect(details(page).locator('.counted-near')).toContainText('Other figures say ‘militants killed’ (1 figure)')
  await expect(counted).toHaveAttribute('aria-describedby', 'counted-near-duplicate')
  const list = page.getByRole('listbox', { name: 'What is counted' })
  await expect(list.getByRole('option').first()).toHaveText(/^militants killedalready used by 1 figure, spelled this way$/)
  await expectNoAxeViolations(page, '.detail-panel')
  await page.screenshot({ path: 'test-results/figure-details.png' })
  await page.keyboard.press('Escape')
  await details(page).getByRole('button', { name: 'Use ‘militants killed’' }).click()
  await expect(counted).toHaveValue('militants killed')
  await expect.poll(async () => (await storedFigure())?.attributes.counted).toBe('militants killed')
  await expect(details(page).locator('.counted-near')).toHaveCount(0)

  // New values are allowed: typed, then chosen from the list by keyboard.
  await counted.fill('fighters captured')
  await expect(list.getByRole('option')).toHaveText(['Use ‘fighters captured’ as a new value'])
  await page.keyboard.press('Enter')
  await expect.poll(async () => (await storedFigure())?.attributes.counted).toBe('fighters captured')
})
