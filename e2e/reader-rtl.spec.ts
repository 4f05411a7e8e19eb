import { execFileSync } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { launchBrowserApp } from './support/browser-app'
import { expect, test } from './support/fixtures'
import { dragSelect, readerText } from './support/reader'
import { readStoredDocument } from './support/store'

const TITLE = 'اشتباكات عنيفة قرب حماة 🙂'
/** Arabic with a figure in Arabic-Indic digits, an emoji (two UTF-16 units, one code point) before it, English and Hebrew. */
const ARTICLE = [
  TITLE,
  'قال المرصد السوري 🇸🇾 إن الفصائل دمّرت ١٢ دبابة قرب مدينة حماة، وأسرت عدداً من الجنود.',
  'Monitors said the army lost 12 tanks near Hama.',
  'אמר הדובר כי הצבא נסוג מהעיר.'
].join('\n\n')

interface ExportedDocument {
  type: string
  title: string
  text: string
  offset_unit: string
  annotations: { start: number; end: number; text: string; tag: string }[]
}

test('an Arabic and Hebrew article: paragraphs run right to left, mouse drags snap to words, offsets export exactly', async ({ browser }) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'tessera-e2e-rtl-'))
  const projectDir = join(dataDir, 'project')
  await writeFile(join(dataDir, 'hama-ar.txt'), ARTICLE)
  execFileSync(process.execPath, ['bin/tessera.js', 'import', '--project', projectDir, join(dataDir, 'hama-ar.txt')])
  const app = await launchBrowserApp(browser, projectDir)
  try {
    const { page } = app
    await page.getByRole('navigation', { name: 'Documents' }).getByRole('button').filter({ hasText: 'اشتباكات' }).click()
    await expect(readerText(page)).toContainText('دبابة')
    const directions = await readerText(page).locator('p').evaluateAll((paragraphs) => paragraphs.map((p) => getComputedStyle(p).direction))
    expect(directions).toEqual(['rtl', 'rtl', 'ltr', 'rtl'])

    await dragSelect(page, '٢ دبا')
    await page.keyboard.press('4')
    await expect(page.locator('mark[data-tag="figure"]:not([data-pending])')).toHaveText('١٢ دبابة')
    await expect(page.getByRole('region', { name: 'Annotation details' }).getByLabel('Value')).toHaveValue('12')

    await dragSelect(page, 'دينة حم')
    await page.keyboard.press('3')
    await expect(page.locator('mark[data-tag="place"]:not([data-pending])')).toHaveText('مدينة حماة')
    // Right to left, Shift+← moves the end on into the text by a word; Shift+→ takes it back (one undo step each).
    await page.keyboard.press('Shift+ArrowLeft')
    await expect(page.locator('mark[data-tag="place"]:not([data-pending])')).toHaveText('مدينة حماة، وأسرت')
    await page.keyboard.press('Control+z')
    await expect(page.locator('mark[data-tag="place"]:not([data-pending])')).toHaveText('مدينة حماة')

    await dragSelect(page, 'צבא נס')
    await page.keyboard.press('2')
    await expect(page.locator('mark[data-tag="actor"]:not([data-pending])')).toHaveText('הצבא נסוג')

    await expect
      .poll(async () => (await readStoredDocument(projectDir, 'دبابة')).annotations.map((a) => a.quote).sort())
      .toEqual(['١٢ دبابة', 'مدينة حماة', 'הצבא נסוג'].sort())
    const stored = await readStoredDocument(projectDir, 'دبابة')
    for (const annotation of stored.annotations) expect(stored.text.slice(annotation.start, annotation.end)).toBe(annotation.quote)

    const exported = (await app.exportProject('jsonl'))
      .toString('utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as ExportedDocument)
      .filter((line) => line.type === 'document')
    const article = exported.find((line) => line.title === TITLE)
    expect(article?.offset_unit).toBe('codepoint')
    const codePoints = Array.from(article?.text ?? '')
    const expected = ['١٢ دبابة', 'مدينة حماة', 'הצבא נסוג'].map((quote) => {
      const start = Array.from(ARTICLE.slice(0, ARTICLE.indexOf(quote))).length
      return { text: quote, start, end: start + Array.from(quote).length }
    })
    const spans = [...(article?.annotations ?? [])].sort((a, b) => a.start - b.start)
    expect(spans.map(({ text, start, end }) => ({ text, start, end }))).toEqual(expected)
    for (const span of spans) expect(codePoints.slice(span.start, span.end).join('')).toBe(span.text)
    // The emoji and flag before the figure make UTF-16 and code-point offsets differ: the export converted them.
    expect(spans[0]?.start).not.toBe(ARTICLE.indexOf('١٢ دبابة'))
  } finally {
    await app.close()
    await rm(dataDir, { recursive: true, force: true })
  }
})
