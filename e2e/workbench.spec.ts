import type { Page } from '@playwright/test'
import { ProjectStore } from '../electron/core/store/project-store'
import { expect, test } from './support/fixtures'
import { openFromMenu } from './support/menu'
import { dragSelect, readerText } from './support/reader'

const ARTICLE = 'Syrian army enters Hama countryside'

interface StoredDocument {
  text: string
  annotations: { id: string; tag: string; quote: string; note: string; attributes: Record<string, unknown> }[]
}

/** The open article as the store holds it on disk (its file with the journal replayed), read as another process would. */
async function storedArticle(projectDir: string): Promise<StoredDocument> {
  const store = await ProjectStore.open(projectDir, { readOnly: true })
  try {
    for (const id of store.info.documentIds) {
      const document = await store.getDocument(id)
      if (document.text.includes(ARTICLE)) return document
    }
  } finally {
    store.close()
  }
  throw new Error(`no stored document titled ${ARTICLE}`)
}

async function openArticle(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Documents' }).getByRole('button').filter({ hasText: ARTICLE }).click()
  await expect(readerText(page)).toContainText('Shafaq News/')
}

test.beforeEach(async ({ app }) => {
  await openArticle(app.page)
})

test('attribute and note edits save as the user types and survive a reload', async ({ app }) => {
  const { page } = app
  await dragSelect(page, 'more than 20 kilometers')
  await page.keyboard.press('4')
  const details = page.getByRole('region', { name: 'Annotation details' })
  await expect(details.getByLabel('Value')).toHaveValue('20')
  await details.getByRole('combobox', { name: 'What is counted' }).fill('km of front')
  await details.getByLabel('Note').fill('Depth of the advance, per the army.\nCheck against SOHR.')
  await expect(details.getByText('Saving…')).toHaveCount(0)
  await expect
    .poll(async () => (await storedArticle(app.projectDir)).annotations[0])
    .toMatchObject({ note: 'Depth of the advance, per the army.\nCheck against SOHR.', attributes: { value: 20, counted: 'km of front' } })

  await page.reload()
  await openArticle(page)
  const row = page.getByRole('complementary', { name: 'Annotations' }).getByRole('button', { name: 'Figure: more than 20 kilometers' })
  // The values and the note are the row's description (shown beside the button, read after its name).
  await expect(row).toHaveAccessibleDescription(/ · 20 · at least · km of front · Depth of the advance, per the army. Check against SOHR.$/)
  await row.click()
  await expect(details.getByRole('combobox', { name: 'What is counted' })).toHaveValue('km of front')
  await expect(details.getByLabel('Note')).toHaveValue('Depth of the advance, per the army.\nCheck against SOHR.')
  await details.getByLabel('Value').fill('21')
  await expect.poll(async () => (await storedArticle(app.projectDir)).annotations[0]?.attributes.value).toBe(21)
})

test('undo and redo of a create nested in a claim, checked against the store', async ({ app }) => {
  const { page } = app
  await dragSelect(page, 'field sources in Hama city')
  await page.keyboard.press('1')
  await expect(page.locator('mark[data-tag="claim"]:not([data-pending])')).toHaveText('field sources in Hama city')
  const [claim] = (await storedArticle(app.projectDir)).annotations
  // The claim is selected: its end handle sits where this drag ends, and must not catch it.
  await expect(page.locator('.resize-handle[data-edge="end"]')).toBeVisible()
  await dragSelect(page, 'Hama city')
  await page.keyboard.press('3')
  await expect(page.locator('mark[data-tag="place"]:not([data-pending])')).toHaveText('Hama city')
  const [, created] = (await storedArticle(app.projectDir)).annotations
  expect(created).toMatchObject({ tag: 'place', quote: 'Hama city' })

  await expect(page.getByRole('button', { name: 'Undo' })).toHaveAttribute('title', /Undo tag ‘Hama city’ as Place/)
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(page.locator('mark[data-tag="place"]')).toHaveCount(0)
  expect((await storedArticle(app.projectDir)).annotations).toEqual([claim])

  await page.getByRole('button', { name: 'Redo' }).click()
  await expect(page.locator('mark[data-tag="place"]')).toHaveText('Hama city')
  expect((await storedArticle(app.projectDir)).annotations).toEqual([claim, created])

  await page.locator('body').click({ position: { x: 5, y: 5 } })
  await page.keyboard.press('Control+z')
  await expect(page.locator('mark[data-tag="place"]')).toHaveCount(0)
  await page.keyboard.press('Control+y')
  await expect(page.locator('mark[data-tag="place"]')).toHaveText('Hama city')
  expect((await storedArticle(app.projectDir)).annotations).toEqual([claim, created])
  await page.keyboard.press('Control+z')
  await page.keyboard.press('Control+z')
  await expect(page.locator('mark')).toHaveCount(0)
  expect((await storedArticle(app.projectDir)).annotations).toEqual([])
  await page.keyboard.press('Control+Shift+z')
  await expect(page.locator('mark[data-tag="claim"]')).toHaveText('field sources in Hama city')
  expect((await storedArticle(app.projectDir)).annotations).toEqual([claim])
})

test('a schema rename and a delete-with-reassign reach existing annotations and the export', async ({ app }) => {
  const { page } = app
  await dragSelect(page, 'Hama city')
  await page.keyboard.press('2')
  const annotations = page.getByRole('complementary', { name: 'Annotations' })
  await expect(annotations.getByRole('button', { name: 'Actor: Hama city' })).toBeVisible()

  await openFromMenu(page, 'Tags…')
  const dialog = page.getByRole('dialog', { name: 'Tags' })
  const name = dialog.getByLabel('Name of tag Actor')
  await name.fill('Party')
  await name.press('Enter')
  await expect(annotations.getByRole('button', { name: 'Party: Hama city' })).toBeVisible()

  await dialog.getByRole('button', { name: 'Delete Party' }).click()
  await expect(dialog.getByText('Party is used by 1 annotation.')).toBeVisible()
  await dialog.getByLabel('Tag to move them to').selectOption({ label: 'Place' })
  await dialog.getByRole('button', { name: 'Delete tag Party' }).click()
  await expect(dialog.getByLabel('Name of tag Party')).toHaveCount(0)
  await dialog.getByRole('button', { name: 'Close' }).click()

  await expect(page.locator('mark[data-tag="place"]')).toHaveText('Hama city')
  expect((await storedArticle(app.projectDir)).annotations.map((a) => a.tag)).toEqual(['place'])
  const jsonl = (await app.exportProject('jsonl')).toString('utf8')
  expect(jsonl).toContain('"tag":"place"')
  expect(jsonl).not.toContain('"tag":"actor"')

  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(page.locator('mark[data-tag="actor"]')).toHaveText('Hama city')
  expect((await storedArticle(app.projectDir)).annotations.map((a) => a.tag)).toEqual(['actor'])
})

test('the shortcuts dialog lists every shortcut and the theme switch persists', async ({ app }) => {
  const { page } = app
  await page.locator('body').click({ position: { x: 5, y: 5 } })
  await page.keyboard.press('?')
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  for (const text of ['Undo', 'Redo', 'Ctrl+Shift+Z', 'Ctrl+Y', 'Delete the selected annotation']) await expect(dialog).toContainText(text)
  // The reader's keys: navigation, resize, caret browsing, exact and word selection.
  for (const text of ['Next annotation', 'Alt+↓', 'Alt+Shift+→', 'Ctrl+Shift+→', 'move the caret by a word', 'Alt+drag', 'Double-click']) await expect(dialog).toContainText(text)
  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)

  await openFromMenu(page, 'Dark theme')
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
})

test('find across the corpus with counts, then tag all matches as one undoable step', async ({ app }) => {
  const { page } = app
  await page.locator('body').click({ position: { x: 5, y: 5 } })
  await page.keyboard.press('Control+f')
  const dialog = page.getByRole('dialog', { name: 'Find' })
  await dialog.getByRole('searchbox', { name: 'Find' }).fill('Hama')
  await expect(dialog.getByRole('status')).toHaveText(/^\d+ matches$/)
  const inDocument = Number(/^(\d+)/.exec((await dialog.getByRole('status').textContent()) ?? '')?.[1])
  await dialog.getByLabel('All documents').check()
  await expect(dialog.getByRole('status')).toHaveText(/^\d+ matches in 5 documents$/)
  await dialog.getByLabel('All documents').uncheck()
  await expect(dialog.getByRole('status')).toHaveText(`${inDocument} matches`)

  await dialog.getByLabel('Tag all matches as').selectOption({ label: 'Place' })
  await dialog.getByRole('button', { name: 'Tag all matches' }).click()
  await expect(dialog.getByText(`Tagged ${inDocument} matches as Place.`)).toBeVisible()
  await dialog.getByRole('button', { name: 'Tag all matches' }).click()
  await expect(dialog.getByText(`Tagged 0 matches as Place (${inDocument} already tagged Place).`)).toBeVisible()
  await dialog.getByRole('button', { name: 'Close' }).click()

  await expect(page.locator('mark[data-tag="place"]')).toHaveCount(inDocument)
  const stored = await storedArticle(app.projectDir)
  expect(stored.annotations.map((a) => a.quote)).toEqual(Array(inDocument).fill('Hama'))
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(page.locator('mark[data-tag="place"]')).toHaveCount(0)
  expect((await storedArticle(app.projectDir)).annotations).toEqual([])
})

test('Enter opens the detail panel, Escape closes it and then clears the selection', async ({ app }) => {
  const { page } = app
  await dragSelect(page, 'Hama city')
  await page.keyboard.press('3')
  // Closing the panel is remembered per annotation: wait until it has its stored id.
  await expect(page.locator('mark[data-tag="place"]:not([data-pending])')).toHaveText('Hama city')
  const details = page.getByRole('region', { name: 'Annotation details' })
  const row = page.getByRole('complementary', { name: 'Annotations' }).getByRole('button', { name: 'Place: Hama city' })
  await expect(details).toBeVisible()
  await details.getByLabel('Tag').focus()
  await page.keyboard.press('Escape')
  await expect(details).toHaveCount(0)
  await expect(row).toBeFocused()
  await expect(row).toHaveAttribute('aria-current', 'true')
  await page.locator('body').click({ position: { x: 5, y: 5 } })
  await page.keyboard.press('Enter')
  await expect(details.getByLabel('Tag')).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(details).toHaveCount(0)
  await page.keyboard.press('Escape')
  await expect(row).not.toHaveAttribute('aria-current', 'true')
})
