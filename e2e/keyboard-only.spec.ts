import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { expect, test } from './support/fixtures'
import { readerText } from './support/reader'

/**
 * The whole round of work with the keyboard alone, as an analyst who cannot use a mouse does it: open a
 * document, select a phrase, tag it, move to another highlight, retag it, delete it, undo, export. The
 * spec never touches the mouse, and at every step checks that something other than the page has focus
 * and that it shows a visible focus indicator.
 */
const ARTICLE = 'Syrian army enters Hama countryside'

interface FocusState {
  what: string
  visible: boolean
}

/** What has focus, and whether it draws a focus indicator (an outline, or a box shadow) as the user sees it. */
function focusState(page: Page): Promise<FocusState> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null
    if (!element || element === document.body) return { what: 'body', visible: false }
    const style = getComputedStyle(element)
    const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1
    const shadowed = style.boxShadow !== 'none'
    const what = `${element.tagName.toLowerCase()} ${element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 40) ?? ''}`
    return { what, visible: element.matches(':focus-visible') && (outlined || shadowed) }
  })
}

async function expectVisibleFocus(page: Page, step: string): Promise<void> {
  const state = await focusState(page)
  expect(state.what, `${step}: focus is on the page itself`).not.toBe('body')
  expect(state.visible, `${step}: focus on ${state.what} is not visible`).toBe(true)
}

/** Presses Tab (or Shift+Tab) until `reached` holds, checking the focus indicator at every stop. */
async function tabUntil(page: Page, reached: () => Promise<boolean>, step: string, key = 'Tab'): Promise<void> {
  for (let i = 0; i < 80; i += 1) {
    await page.keyboard.press(key)
    await expectVisibleFocus(page, `${step} (${key} ${i + 1})`)
    if (await reached()) return
  }
  throw new Error(`${step}: ${key} never got there`)
}

const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '')
const focusedAnnotation = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-annotation-id') ?? null)
const announcer = (page: Page) => page.getByTestId('announcer')

test('open, select, tag, move, retag, delete, undo and export with the keyboard alone, focus visible throughout', async ({ app }) => {
  const { page } = app
  // Fail loudly if anything in this spec reaches for the mouse.
  for (const method of ['click', 'dblclick', 'down', 'up', 'move', 'wheel'] as const) {
    page.mouse[method] = () => Promise.reject(new Error(`the keyboard-only spec used mouse.${method}`))
  }
  await expect(page.getByRole('navigation', { name: 'Documents' })).toBeVisible()

  // The first stop is the skip link; then on through the top bar to the document list.
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Skip to article' })).toBeFocused()
  await expectVisibleFocus(page, 'skip link')
  await tabUntil(page, async () => (await focusedText(page)).includes(ARTICLE), 'to the article in the document list')
  await page.keyboard.press('Enter')
  await expect(readerText(page)).toContainText('Shafaq News/')

  // Into the text; the caret moves by paragraph and Shift+→ extends the selection word by word.
  await tabUntil(page, () => readerText(page).evaluate((element) => element === document.activeElement), 'to the reader text')
  for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowDown')
  for (let i = 0; i < 5; i += 1) await page.keyboard.press('Shift+ArrowRight')
  await expect.poll(() => page.evaluate(() => document.getSelection()?.toString())).toBe('The sources reported that militant')
  await page.keyboard.press('1')
  await expect(page.locator('mark[data-tag="claim"]:not([data-pending])')).toHaveText('The sources reported that militant')
  await expect(announcer(page)).toHaveText("Tagged 'The sources reported that militant' as Claim")
  await expectVisibleFocus(page, 'after tagging')

  // A second highlight, in the next paragraph.
  await page.keyboard.press('ArrowDown')
  for (let i = 0; i < 6; i += 1) await page.keyboard.press('Shift+ArrowRight')
  await expect.poll(() => page.evaluate(() => document.getSelection()?.toString())).toBe('This comes as the Syrian army')
  await page.keyboard.press('2')
  await expect(page.locator('mark[data-tag="actor"]:not([data-pending])')).toHaveText('This comes as the Syrian army')
  await expect(announcer(page)).toHaveText("Tagged 'This comes as the Syrian army' as Actor")
  await page.keyboard.press('Escape')

  // K moves focus to the previous highlight (the claim), named by its tag.
  const claimId = await page.locator('mark[data-tag="claim"]').first().getAttribute('data-annotation-id')
  const actorId = await page.locator('mark[data-tag="actor"]').first().getAttribute('data-annotation-id')
  await page.keyboard.press('k')
  await expect.poll(() => focusedAnnotation(page)).toBe(claimId)
  await expectVisibleFocus(page, 'highlight focused with K')

  // Retag it with a key.
  await page.keyboard.press('3')
  await expect(announcer(page)).toHaveText('Retagged to Place')
  await expect(page.locator(`mark[data-annotation-id="${claimId}"]`).first()).toHaveAttribute('data-tag', 'place')

  // Delete it: focus moves to the next annotation, never the page.
  await page.keyboard.press('Delete')
  await expect(announcer(page)).toHaveText("Deleted 'The sources reported that militant'")
  await expect(page.locator(`mark[data-annotation-id="${claimId}"]`)).toHaveCount(0)
  await expect.poll(() => focusedAnnotation(page)).toBe(actorId)
  await expectVisibleFocus(page, 'after delete')

  // Undo brings it back.
  await page.keyboard.press('Control+z')
  await expect(announcer(page)).toHaveText(/^Undone: delete/)
  await expect(page.locator(`mark[data-annotation-id="${claimId}"]`).first()).toHaveAttribute('data-tag', 'place')
  await expectVisibleFocus(page, 'after undo')

  // Back up to Export… in the top bar, and export from the dialog with the keyboard.
  await tabUntil(page, async () => (await focusedText(page)) === 'Export…', 'back to Export…', 'Shift+Tab')
  const download = page.waitForEvent('download')
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'Export dataset' })
  await expect(dialog).toBeVisible()
  // The form shows once the export choices are read, and focus moves to its first field: a Tab while it
  // still says "Loading…" would leave the dialog (the page's own work after the undo can delay it).
  await expect(dialog.locator('input[name="format"]').first()).toBeFocused()
  await tabUntil(page, async () => (await focusedText(page)) === 'Export', 'to the dialog’s Export button')
  await page.keyboard.press('Enter')
  const file = await download
  await expect(announcer(page)).toHaveText(`Exported 5 documents as Tessera JSONL to your browser's downloads, as ${file.suggestedFilename()}`)
  const exported = await readFile(await file.path(), 'utf8')
  expect(exported).toMatch(/"tag":"place","start":\d+,"end":\d+,"text":"The sources reported that militant"/)
  expect(exported).toMatch(/"tag":"actor","start":\d+,"end":\d+,"text":"This comes as the Syrian army"/)
  await expectVisibleFocus(page, 'after export')
})
