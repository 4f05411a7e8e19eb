import { expect, type Locator, type Page } from '@playwright/test'

/** The reader's text element. */
/** The reader's text, named "Text of …" in English and "نص …" in Arabic. */
export function readerText(page: Page): Locator {
  return page.getByRole('article', { name: /^(?:Text of |نص )/u })
}

/**
 * Selects `phrase` in the reader the way a user does: press the mouse on the first half of its first
 * character and release it on the second half of its last one (right and left swapped in right-to-left
 * text). With `alt`, Alt is held throughout (an exact selection).
 */
export async function dragSelect(page: Page, phrase: string, options: { alt?: boolean } = {}): Promise<void> {
  // The reader is visible before a just-opened document's text is drawn: measured then, the phrase was missing.
  await expect(readerText(page)).toContainText(phrase)
  const points = await readerText(page).evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    const nodes: Text[] = []
    let text = ''
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      nodes.push(node as Text)
      text += (node as Text).data
    }
    const at = text.indexOf(wanted)
    if (at < 0) throw new Error(`"${wanted}" is not in the reader`)
    const locate = (offset: number): [Text, number] => {
      let remaining = offset
      for (const node of nodes) {
        if (remaining < node.data.length) return [node, remaining]
        remaining -= node.data.length
      }
      throw new Error('offset past the text')
    }
    const charRect = (offset: number): DOMRect => {
      const [node, index] = locate(offset)
      const range = document.createRange()
      range.setStart(node, index)
      range.setEnd(node, index + 1)
      return range.getBoundingClientRect()
    }
    const [startNode] = locate(at)
    startNode.parentElement?.scrollIntoView({ block: 'center' })
    const rtl = getComputedStyle(startNode.parentElement ?? root).direction === 'rtl'
    const first = charRect(at)
    const last = charRect(at + wanted.length - 1)
    return {
      from: { x: rtl ? first.right - 1 : first.left + 1, y: first.top + first.height / 2 },
      to: { x: rtl ? last.left + 1 : last.right - 1, y: last.top + last.height / 2 }
    }
  }, phrase)
  if (options.alt) await page.keyboard.down('Alt')
  await page.mouse.move(points.from.x, points.from.y)
  await page.mouse.down()
  await page.mouse.move(points.to.x, points.to.y, { steps: 8 })
  await page.mouse.up()
  if (options.alt) await page.keyboard.up('Alt')
}

/** The full text of an annotation's highlight, however many segments overlapping spans split it into. */
export function highlightText(page: Page, annotationId: string): Promise<string> {
  return page.evaluate((id) => {
    const marks = [...document.querySelectorAll(`mark[data-annotation-id="${CSS.escape(id)}"]`)]
    // A segment nested in another segment of the same highlight would be counted twice.
    return marks
      .filter((mark) => !mark.parentElement?.closest(`mark[data-annotation-id="${CSS.escape(id)}"]`))
      .map((mark) => mark.textContent ?? '')
      .join('')
  }, annotationId)
}

/**
 * Drags the mouse from the start of `fromPhrase` to the end of `toPhrase` (each unique in the reader's
 * drawn text), scrolling so that both show: a selection that may cross paragraphs and chunks.
 */
export async function dragBetween(page: Page, fromPhrase: string, toPhrase: string): Promise<void> {
  const points = await readerText(page).evaluate(
    (root, [from, to]) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
      const locate = (phrase: string, atEnd: boolean): Range => {
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          const at = node.data.indexOf(phrase)
          if (at < 0) continue
          const range = document.createRange()
          const offset = atEnd ? at + phrase.length - 1 : at
          range.setStart(node, offset)
          range.setEnd(node, offset + 1)
          return range
        }
        throw new Error(`"${phrase}" is not drawn in the reader`)
      }
      const first = locate(from, false)
      const last = locate(to, true)
      const top = first.getBoundingClientRect().top
      const pane = root.closest('.reader-pane')
      if (pane) pane.scrollTop += top - pane.getBoundingClientRect().top - 120
      const a = first.getBoundingClientRect()
      const b = last.getBoundingClientRect()
      return { from: { x: a.left + 1, y: a.top + a.height / 2 }, to: { x: b.right - 1, y: b.top + b.height / 2 } }
    },
    [fromPhrase, toPhrase] as const
  )
  await page.mouse.move(points.from.x, points.from.y)
  await page.mouse.down()
  await page.mouse.move(points.to.x, points.to.y, { steps: 8 })
  await page.mouse.up()
}

/** Presses Tab until the reader's text has focus, as a keyboard user reaches it. */
export async function tabToReaderText(page: Page): Promise<void> {
  for (let i = 0; i < 60; i += 1) {
    await page.keyboard.press('Tab')
    if (await readerText(page).evaluate((element) => element === document.activeElement)) return
  }
  throw new Error('Tab never reached the reader text')
}

/** The viewport centre of the character `index` places into the first drawn occurrence of `word` in the reader. */
export function characterCentre(page: Page, word: string, index: number): Promise<{ x: number; y: number }> {
  return readerText(page).evaluate(
    (root, [wanted, at]) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const found = node.data.indexOf(wanted)
        if (found < 0) continue
        const range = document.createRange()
        range.setStart(node, found + at)
        range.setEnd(node, found + at + 1)
        const rect = range.getBoundingClientRect()
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 }
      }
      throw new Error(`"${wanted}" is not drawn in the reader`)
    },
    [word, index] as const
  )
}
