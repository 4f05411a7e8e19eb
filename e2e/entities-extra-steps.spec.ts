import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { callApi } from './support/api'
import { expect, test } from './support/fixtures'
import { openFromMenu } from './support/menu'
import { dragSelect, readerText } from './support/reader'
import { readStoredProject } from './support/store'

/** Issue 20, item 6: entities without the extra steps (search by initials, Link all by aliases with a preview, imports offered). */
const SHAFAQ = 'Syrian army enters Hama countryside'
const TELESUR = 'Syria: Army Strikes Supported by Russian Forces'
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

// Several writes across the corpus, an import worker and two axe runs each: more than the default minute on a loaded box.
test.setTimeout(180_000)

const details = (page: Page) => page.getByRole('region', { name: 'Annotation details' })
const documentRow = (page: Page, title: string) => page.getByRole('navigation', { name: 'Documents' }).getByRole('listitem').filter({ hasText: title })

async function openArticle(page: Page, title: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Documents' }).getByRole('button').filter({ hasText: title }).click()
  await expect(readerText(page)).toContainText(title)
}

async function tag(page: Page, phrase: string, key: string): Promise<void> {
  await dragSelect(page, phrase)
  await page.keyboard.press(key)
  await expect(details(page).locator('.detail-quote')).toHaveText(phrase)
  await expect(page.locator('mark.highlight[data-pending]')).toHaveCount(0)
}

/** axe at zero inside `selector`: the WCAG A/AA rules, and Label in Name (experimental in axe, so asked for by name). */
async function expectAccessible(page: Page, selector: string): Promise<void> {
  const wcag = await new AxeBuilder({ page }).include(selector).withTags(WCAG_TAGS).analyze()
  const labelInName = await new AxeBuilder({ page }).include(selector).withRules(['label-content-name-mismatch']).analyze()
  const found = [...wcag.violations, ...labelInName.violations].map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
  expect(found).toEqual([])
}

test('“HTS” finds Hayat Tahrir al-Sham by its initials; Link all lists what it will link by name and alias, links the checked ones, leaves status alone, and undoes in one step', async ({ app }) => {
  const { page } = app
  await openArticle(page, SHAFAQ)
  await tag(page, 'Hayat Tahrir al-Sham', '2')
  const entity = details(page).getByRole('combobox', { name: 'Entity' })
  await entity.focus()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  await expect(details(page).locator('.entity-linked')).toHaveText('Linked to Hayat Tahrir al-Sham')

  // HTS is not an alias: the search finds the entity by the initials of its name.
  await tag(page, 'HTS', '2')
  await entity.fill('HTS')
  await page.getByRole('option', { name: /^Hayat Tahrir al-Sham/ }).click()
  await expect(details(page).locator('.entity-linked')).toHaveText('Linked to Hayat Tahrir al-Sham')

  await details(page).getByRole('button', { name: 'Edit entity…' }).click()
  const editor = page.getByRole('dialog', { name: 'Entity ‘Hayat Tahrir al-Sham’' })
  await editor.getByRole('textbox', { name: 'Aliases' }).fill('HTS')
  await editor.getByRole('button', { name: 'Save' }).click()
  await expect(editor.getByRole('status')).toHaveText('Saved ‘Hayat Tahrir al-Sham’.')
  await editor.getByRole('button', { name: 'Close' }).click()
  const before = await readStoredProject(app.projectDir)

  // The preview: every match of the name and the alias, in context, by article; nothing written yet.
  await details(page).getByRole('button', { name: 'Link all' }).click()
  const preview = page.getByRole('dialog', { name: 'Link all: ‘Hayat Tahrir al-Sham’' })
  await expect(preview).toContainText('Nothing is linked until you confirm')
  const telesur = preview.getByRole('group', { name: new RegExp(`^${TELESUR.replace(/[:]/g, '.')}`) })
  await expect(telesur.locator('mark')).toHaveText(['Hayat Tahrir al-Sham', 'HTS', 'HTS'])
  await expect(preview.getByRole('checkbox').first()).toBeChecked()
  const total = await preview.getByRole('checkbox').count()
  expect(total).toBeGreaterThan(8)
  await expect(preview.getByRole('button', { name: `Link ${total} mentions` })).toBeEnabled()
  await expectAccessible(page, 'dialog.link-preview')
  await page.screenshot({ path: 'test-results/entities-link-all-preview.png' })
  expect(await readStoredProject(app.projectDir)).toEqual(before)

  // Unticking one leaves it out.
  const leftOut = telesur.getByRole('checkbox').last()
  const leftOutName = (await leftOut.evaluate((input) => input.closest('label')?.textContent ?? '')).trim()
  expect(leftOutName).toContain('HTS')
  await leftOut.uncheck()
  await preview.getByRole('button', { name: `Link ${total - 1} mentions` }).click()
  await expect(preview).toBeHidden()
  await expect(details(page).locator('.entity-status')).toHaveText(
    new RegExp(`^Tagged and linked ${total - 1} new occurrences to ‘Hayat Tahrir al-Sham’ in 4 articles; their status is unchanged; 2 were already linked\\.$`)
  )

  const after = await readStoredProject(app.projectDir)
  const hts = after.entities.entities[0]
  const telesurDoc = after.documents.find((d) => d.title.startsWith(TELESUR))
  expect(telesurDoc?.annotations.map((a) => [a.quote, a.entityId === hts?.id])).toEqual([
    ['Hayat Tahrir al-Sham', true],
    ['HTS', true]
  ])
  // Articles the user never opened are still not started; the one tagged by hand is in progress.
  expect(after.documents.map((d) => [d.title.slice(0, 20), d.status])).toEqual(before.documents.map((d) => [d.title.slice(0, 20), d.status]))
  expect(after.documents.filter((d) => d.status === 'not-started')).toHaveLength(4)
  await expect(documentRow(page, TELESUR)).toContainText('Not started')

  const undo = page.getByRole('group', { name: 'History' }).getByRole('button', { name: 'Undo' })
  await expect(undo).toHaveAttribute('title', /^Undo link all ‘Hayat Tahrir al-Sham’/)
  await undo.click()
  await expect.poll(async () => (await readStoredProject(app.projectDir)).documents.map((d) => d.annotations.length)).toEqual(before.documents.map((d) => d.annotations.length))
})

test('an imported article mentioning a known entity offers its mentions for review; the chosen ones are linked, status unchanged', async ({ app }) => {
  const { page } = app
  // The review is checked in the dark theme and at 320 px (the preview above, in the light theme at full width).
  await openFromMenu(page, 'Dark theme')
  await openArticle(page, SHAFAQ)
  await tag(page, 'Hayat Tahrir al-Sham', '2')
  const mention = (await readStoredProject(app.projectDir)).documents.flatMap((d) => d.annotations.map((a) => ({ documentId: d.id, annotationId: a.id })))[0]
  if (!mention) throw new Error('the mention was not stored')
  const entity = await callApi(page, 'entities.create', { ...mention, aliases: ['هيئة تحرير الشام'] })

  await page.getByRole('button', { name: 'Import…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Import articles' })
  const article = 'Clashes north of Hama\nHayat Tahrir al-Sham fighters advanced on Tuesday.\nوقالت هيئة تحرير الشام إنها سيطرت على قرى جديدة.\n'
  await dialog.getByLabel('Choose files').setInputFiles([{ name: 'clashes.txt', mimeType: 'text/plain', buffer: Buffer.from(article) }])
  await dialog.getByRole('button', { name: 'Import 1 file' }).click()
  await expect(dialog.getByRole('region', { name: 'Import report' })).toContainText('Imported 1', { timeout: 60_000 })
  const offer = dialog.getByRole('region', { name: 'Known entities in the new articles' })
  await expect(offer.getByRole('status')).toHaveText('2 possible mentions of known entities in the new articles.')
  // Offered, not linked.
  let imported = (await readStoredProject(app.projectDir)).documents.find((d) => d.title === 'Clashes north of Hama')
  expect(imported?.annotations).toEqual([])

  await page.setViewportSize({ width: 320, height: 640 })
  await offer.getByRole('button', { name: 'Review the 2 possible mentions' }).click()
  const review = page.getByRole('dialog', { name: 'Known entities in the new articles' })
  await expect(review.locator('mark')).toHaveText(['Hayat Tahrir al-Sham', 'هيئة تحرير الشام'])
  await expect(review).toContainText('alias ‘هيئة تحرير الشام’')
  await expectAccessible(page, 'dialog.link-preview')
  await page.screenshot({ path: 'test-results/entities-import-review.png' })
  await review.getByRole('button', { name: 'Link 2 mentions' }).click()
  await expect(review).toBeHidden()
  await expect(offer.getByRole('status')).toHaveText('Linked 2 mentions in 1 article; their status is unchanged.')

  imported = (await readStoredProject(app.projectDir)).documents.find((d) => d.title === 'Clashes north of Hama')
  expect(imported?.annotations.map((a) => [a.quote, a.tag, a.entityId])).toEqual([
    ['Hayat Tahrir al-Sham', 'actor', entity.id],
    ['هيئة تحرير الشام', 'actor', entity.id]
  ])
  expect(imported?.status).toBe('not-started')
})
