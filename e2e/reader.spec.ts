import { axe as axeFor } from './support/axe'
import type { Page } from '@playwright/test'
import { expect, test } from './support/fixtures'
import { characterCentre, dragSelect, readerText, tabToReaderText } from './support/reader'
import { readStoredDocument } from './support/store'

const ARTICLE = 'Syrian army enters Hama countryside'

async function openArticle(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Documents' }).getByRole('button').filter({ hasText: ARTICLE }).click()
  await expect(readerText(page)).toContainText('Shafaq News/')
}

const stored = async (projectDir: string): Promise<{ tag: string; quote: string; start: number; end: number }[]> =>
  (await readStoredDocument(projectDir, ARTICLE)).annotations.map(({ tag, quote, start, end }) => ({ tag, quote, start, end }))

test.beforeEach(async ({ app }) => {
  await openArticle(app.page)
})

test('a drag over part of a word tags whole words, Alt keeps the exact characters, a double-click tags a word', async ({ app }) => {
  const { page } = app
  await dragSelect(page, '8 vill')
  await page.keyboard.press('4')
  await expect(page.locator('mark[data-tag="figure"]:not([data-pending])')).toHaveText('18 villages')
  await expect.poll(async () => (await stored(app.projectDir)).map((a) => a.quote)).toEqual(['18 villages'])

  await dragSelect(page, 'ilometers of Ha', { alt: true })
  await page.keyboard.press('3')
  await expect(page.locator('mark[data-tag="place"]:not([data-pending])')).toHaveText('ilometers of Ha')
  await expect.poll(async () => (await stored(app.projectDir)).map((a) => a.quote).sort()).toEqual(['18 villages', 'ilometers of Ha'])

  const box = await characterCentre(page, 'Mechanized', 3)
  await page.mouse.dblclick(box.x, box.y)
  await page.keyboard.press('2')
  await expect(page.locator('mark[data-tag="actor"]:not([data-pending])')).toHaveText('Mechanized')
  const all = await stored(app.projectDir)
  const text = (await readStoredDocument(app.projectDir, ARTICLE)).text
  for (const annotation of all) expect(text.slice(annotation.start, annotation.end)).toBe(annotation.quote)
  expect(all.map((a) => a.quote).sort()).toEqual(['18 villages', 'Mechanized', 'ilometers of Ha'])
})

test('Shift+arrows resize the selected annotation by a word at either end, each one undo step', async ({ app }) => {
  const { page } = app
  await dragSelect(page, 'Mount Zain')
  await page.keyboard.press('3')
  const mark = page.locator('mark[data-tag="place"]:not([data-pending])')
  await expect(mark).toHaveText('Mount Zain')

  await page.keyboard.press('Shift+ArrowRight')
  await expect.poll(async () => (await stored(app.projectDir))[0]?.quote).toBe('Mount Zain Al')
  await page.keyboard.press('Alt+Shift+ArrowLeft')
  await expect.poll(async () => (await stored(app.projectDir))[0]?.quote).toBe('capture Mount Zain Al')
  await expect(mark).toHaveText('capture Mount Zain Al')
  await page.keyboard.press('Shift+ArrowLeft')
  await page.keyboard.press('Shift+ArrowLeft')
  await expect.poll(async () => (await stored(app.projectDir))[0]?.quote).toBe('capture Mount')
  await expect(mark).toHaveText('capture Mount')

  await page.keyboard.press('Control+z')
  await expect.poll(async () => (await stored(app.projectDir))[0]?.quote).toBe('capture Mount Zain')
  await page.keyboard.press('Control+z')
  await page.keyboard.press('Control+z')
  await expect.poll(async () => (await stored(app.projectDir))[0]?.quote).toBe('Mount Zain Al')
  await expect(mark).toHaveText('Mount Zain Al')
  await page.keyboard.press('Control+Shift+z')
  await expect.poll(async () => (await stored(app.projectDir))[0]?.quote).toBe('capture Mount Zain Al')
})

test('the handles at the ends of the selected highlight resize it word by word with the mouse', async ({ app }) => {
  const { page } = app
  await dragSelect(page, 'Abu Laffa')
  await page.keyboard.press('3')
  await expect(page.locator('mark[data-tag="place"]:not([data-pending])')).toHaveText('Abu Laffa')
  const endHandle = page.locator('.resize-handle[data-edge="end"]')
  await expect(endHandle).toBeVisible()
  // Drawn at the highlight's two ends.
  const first = await characterCentre(page, 'Abu Laffa', 0)
  const last = await characterCentre(page, 'Abu Laffa', 8)
  const startBox = await page.locator('.resize-handle[data-edge="start"]').boundingBox()
  const endBox = await endHandle.boundingBox()
  expect(Math.abs((startBox?.x ?? 0) + (startBox?.width ?? 0) / 2 - first.x)).toBeLessThan(8)
  expect(Math.abs((startBox?.y ?? 0) + (startBox?.height ?? 0) / 2 - first.y)).toBeLessThan(8)
  expect(Math.abs((endBox?.x ?? 0) + (endBox?.width ?? 0) / 2 - last.x)).toBeLessThan(8)
  expect(Math.abs((endBox?.y ?? 0) + (endBox?.height ?? 0) / 2 - last.y)).toBeLessThan(8)

  const target = await characterCentre(page, 'Mustahira', 2)
  const handle = await endHandle.boundingBox()
  if (!handle) throw new Error('no handle')
  await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2)
  await page.mouse.down()
  await page.mouse.move(target.x, target.y, { steps: 6 })
  await page.mouse.up()
  await expect.poll(async () => (await stored(app.projectDir))[0]?.quote).toBe('Abu Laffa, Al-Mustahira')

  const startHandle = page.locator('.resize-handle[data-edge="start"]')
  const start = await startHandle.boundingBox()
  const laffa = await characterCentre(page, 'Laffa', 1)
  if (!start) throw new Error('no start handle')
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2)
  await page.mouse.down()
  await page.mouse.move(laffa.x, laffa.y, { steps: 6 })
  await page.mouse.up()
  await expect.poll(async () => (await stored(app.projectDir))[0]?.quote).toBe('Laffa, Al-Mustahira')
  await page.keyboard.press('Control+z')
  await expect.poll(async () => (await stored(app.projectDir))[0]?.quote).toBe('Abu Laffa, Al-Mustahira')
})

test('J and K move real focus between named highlights; Alt+↓ opens the next document', async ({ app }) => {
  const { page } = app
  await dragSelect(page, 'Shafaq News')
  await page.keyboard.press('2')
  await dragSelect(page, 'Idlib')
  await page.keyboard.press('3')
  await expect(page.locator('mark.highlight:not([data-pending])')).toHaveCount(2)
  await page.keyboard.press('Escape')
  await page.keyboard.press('Escape')

  await page.locator('body').click({ position: { x: 5, y: 5 } })
  await page.keyboard.press('j')
  const actor = page.getByRole('group', { name: 'Actor: Shafaq News' })
  await expect(actor).toBeFocused()
  await expect(actor).toHaveAttribute('aria-current', 'true')
  await expect(actor).toHaveAttribute('tabindex', '0')
  // Named, focusable highlights are valid ARIA (a <mark>'s own role may not be named).
  const axe = await axeFor(page).include('.reader').analyze()
  expect(axe.violations.map((violation) => violation.id)).toEqual([])
  await page.keyboard.press('j')
  const place = page.getByRole('group', { name: 'Place: Idlib' })
  await expect(place).toBeFocused()
  await expect(actor).not.toHaveAttribute('aria-current', 'true')
  await expect(actor).not.toHaveAttribute('tabindex', '0')
  await page.keyboard.press('k')
  await expect(actor).toBeFocused()
  // A resize from the focused highlight keeps focus on it.
  await page.keyboard.press('Shift+ArrowRight')
  await expect(page.getByRole('group', { name: /^Actor: Shafaq News\// })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('region', { name: 'Annotation details' }).getByLabel('Tag')).toBeFocused()
  await page.keyboard.press('Escape')

  const list = page.getByRole('navigation', { name: 'Documents' }).getByRole('button')
  const current = list.filter({ hasText: ARTICLE })
  await expect(current).toHaveAttribute('aria-current', 'true')
  const titles = await list.allTextContents()
  const index = titles.findIndex((title) => title.includes(ARTICLE))
  expect(index).toBeGreaterThan(0)
  await page.locator('body').click({ position: { x: 5, y: 5 } })
  await page.keyboard.press('Alt+ArrowUp')
  await expect(list.nth(index - 1)).toHaveAttribute('aria-current', 'true')
  await expect(readerText(page)).not.toContainText('Shafaq News/')
  await page.keyboard.press('Alt+ArrowDown')
  await expect(current).toHaveAttribute('aria-current', 'true')
  await expect(readerText(page)).toContainText('Shafaq News/')
})

test('a paragraph annotated with the keyboard alone: caret in the text, Shift+arrows word by word, a tag key', async ({ app }) => {
  const { page } = app
  await page.locator('body').click({ position: { x: 5, y: 5 } })
  await tabToReaderText(page)
  await expect(page.locator('.reader-caret')).toBeVisible()
  for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowDown')
  for (let i = 0; i < 6; i += 1) await page.keyboard.press('Shift+ArrowRight')
  await expect.poll(() => page.evaluate(() => document.getSelection()?.toString())).toBe('The sources reported that militant casualties')
  await page.keyboard.press('Shift+ArrowLeft')
  await page.keyboard.press('1')
  await expect(page.locator('mark[data-tag="claim"]:not([data-pending])')).toHaveText('The sources reported that militant')
  await expect.poll(async () => (await stored(app.projectDir)).map((a) => a.quote)).toEqual(['The sources reported that militant'])

  // The caret comes back where the selection ended; a whole paragraph, up to the next one's start, trimmed back to its last word.
  await expect(readerText(page)).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Shift+ArrowDown')
  await page.keyboard.press('1')
  const paragraph = 'This comes as the Syrian army, supported by Russian air cover, conducts heavy airstrikes on Idlib and Aleppo countrysides. The army also affirmed that explosions in Homs were caused by airstrikes from both the Syrian and Russian air forces'
  await expect.poll(async () => (await stored(app.projectDir)).map((a) => a.quote)).toEqual(['The sources reported that militant', paragraph])

  // From a highlight reached with K, the arrows put the caret after it and select on from there.
  await page.keyboard.press('k')
  await expect(page.getByRole('group', { name: 'Claim: The sources reported that militant' })).toBeFocused()
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('Shift+ArrowRight')
  await expect.poll(() => page.evaluate(() => document.getSelection()?.toString())).toBe('casualties')
})

test('find draws every match in the reader, the current one distinct, and Next match scrolls to it', async ({ app }) => {
  const { page } = app
  await page.locator('body').click({ position: { x: 5, y: 5 } })
  await page.keyboard.press('Control+f')
  const dialog = page.getByRole('dialog', { name: 'Find' })
  await dialog.getByRole('searchbox', { name: 'Find' }).fill('Hama')
  await expect(dialog.getByRole('status')).toHaveText(/^\d+ matches$/)
  const total = Number(/^(\d+)/.exec((await dialog.getByRole('status').textContent()) ?? '')?.[1])
  expect(total).toBeGreaterThan(3)
  await expect(dialog.getByText(`Match 1 of ${total} in this document`)).toBeVisible()

  const drawn = (): Promise<{ others: string[]; current: string[]; currentInView: boolean }> =>
    page.evaluate(() => {
      const texts = (name: string): string[] => [...(CSS.highlights.get(name) ?? [])].map((range) => range.toString())
      const current = [...(CSS.highlights.get('find-current') ?? [])][0] as Range | undefined
      const pane = document.querySelector('.reader-pane')?.getBoundingClientRect()
      const rect = current?.getBoundingClientRect()
      return { others: texts('find-match'), current: texts('find-current'), currentInView: Boolean(rect && pane && rect.top >= pane.top && rect.bottom <= pane.bottom) }
    })
  await expect.poll(async () => (await drawn()).current).toEqual(['Hama'])
  const first = await drawn()
  expect(first.others.length).toBe(total - 1)
  expect(new Set(first.others)).toEqual(new Set(['Hama']))

  // The last match is far down the article: Previous from the first wraps to it and scrolls it into view.
  await dialog.getByRole('button', { name: 'Previous match' }).click()
  await expect(dialog.getByText(`Match ${total} of ${total} in this document`)).toBeVisible()
  await expect.poll(async () => (await drawn()).currentInView).toBe(true)
  const lastTop = await page.locator('.reader-pane').evaluate((pane) => pane.scrollTop)
  await dialog.getByRole('searchbox', { name: 'Find' }).press('Enter')
  await expect(dialog.getByText(`Match 1 of ${total} in this document`)).toBeVisible()
  await expect.poll(async () => (await drawn()).currentInView).toBe(true)
  expect(await page.locator('.reader-pane').evaluate((pane) => pane.scrollTop)).toBeLessThan(lastTop)

  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect.poll(async () => (await drawn()).others.length + (await drawn()).current.length).toBe(0)
})
