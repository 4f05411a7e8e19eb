import { execFileSync } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { splitChunks } from '../renderer/src/editor/chunks'
import { launchBrowserApp } from './support/browser-app'
import { expect, test } from './support/fixtures'
import { dragBetween, readerText } from './support/reader'

const TITLE = 'A long record of the week around Hama'
const PARAGRAPHS = 3_000

/** A book-length article: every paragraph numbered, with emoji, a flag and Arabic before the phrases the test drags over. */
function longArticle(): string {
  const paragraphs = [TITLE]
  for (let i = 1; i <= PARAGRAPHS; i += 1) {
    paragraphs.push(
      `Paragraph ${i} opens 🙂 with the army near حماة 🇸🇾 and ${i * 7} displaced people counted by monitors, ` +
        `while sources reported shelling on the road to Idlib, and paragraph ${i} closes here.`
    )
  }
  return paragraphs.join('\n\n')
}

interface ExportedLine {
  title: string
  text: string
  offset_unit: string
  annotations: { start: number; end: number; text: string; tag: string }[]
}

test('a drag across a chunk boundary far into a long document tags exactly that span, and the list scrolls back to it', async ({ browser }) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'tessera-e2e-long-'))
  const projectDir = join(dataDir, 'project')
  const text = longArticle()
  await writeFile(join(dataDir, 'long.txt'), text)
  execFileSync(process.execPath, ['bin/tessera.js', 'import', '--project', projectDir, join(dataDir, 'long.txt')])
  const app = await launchBrowserApp(browser, projectDir)
  try {
    const { page } = app
    await page.getByRole('navigation', { name: 'Documents' }).getByRole('button').filter({ hasText: TITLE }).click()
    await expect(readerText(page)).toContainText('Paragraph 1 opens')

    // Two thirds down, where one chunk of paragraphs ends and the next begins.
    const chunks = splitChunks(text)
    const boundary = chunks[Math.floor(chunks.length * 0.66)]
    if (!boundary) throw new Error('the article has too few chunks')
    const firstOfNext = Number(/^Paragraph (\d+)/.exec(text.slice(boundary.start))?.[1])
    const lastOfPrevious = firstOfNext - 1
    await page.getByRole('region', { name: 'Reader' }).evaluate((pane, index) => {
      pane.querySelector(`[data-chunk="${index}"]`)?.scrollIntoView({ block: 'center' })
    }, boundary.index)
    await expect(page.locator(`[data-chunk="${boundary.index - 1}"]`)).toHaveAttribute('data-chunk-state', 'mounted')
    await expect(page.locator(`[data-chunk="${boundary.index}"]`)).toHaveAttribute('data-chunk-state', 'mounted')

    const from = `paragraph ${lastOfPrevious} closes here.`
    const to = `Paragraph ${firstOfNext} opens 🙂 with the army near حماة 🇸🇾 and`
    await dragBetween(page, from, to)
    await page.keyboard.press('2')
    await expect(page.locator('mark[data-tag="actor"]:not([data-pending])')).toHaveCount(2)
    await expect(page.getByTestId('save-state')).toHaveText(/^Saved /)

    const start = text.indexOf(from)
    const end = text.indexOf(to) + to.length
    // The first line is the export's header; the one document follows.
    const [, documentLine = ''] = (await app.exportProject('jsonl')).toString('utf8').trim().split('\n')
    const exported = JSON.parse(documentLine) as ExportedLine
    const codePoints = (offset: number): number => Array.from(text.slice(0, offset)).length
    expect(exported.offset_unit).toBe('codepoint')
    expect(exported.annotations).toEqual([
      expect.objectContaining({ tag: 'actor', start: codePoints(start), end: codePoints(end), text: text.slice(start, end) })
    ])
    expect(text.slice(start, end)).toContain('\n\nParagraph')

    // Back at the top the tagged chunks are no longer drawn; the list brings the highlight back into view.
    await page.getByRole('region', { name: 'Reader' }).evaluate((pane) => pane.scrollTo(0, 0))
    await expect(page.locator(`[data-chunk="${boundary.index}"]`)).toHaveAttribute('data-chunk-state', 'placeholder')
    await page.getByRole('complementary', { name: 'Annotations' }).getByRole('button', { name: /^Actor: paragraph/ }).click()
    await expect(page.locator('mark[data-tag="actor"]').first()).toBeInViewport()
  } finally {
    await app.close()
    await rm(dataDir, { recursive: true, force: true })
  }
})
