import { expect, test } from './support/fixtures'
import { dragSelect, highlightText, readerText } from './support/reader'

const ARTICLE = 'Syria’s Hama stands firm'
const ACTOR = 'Hayat Tahrir al-Sham'
const CLAIM = 'Amid a reportedly lightening advance of the militants from the Hayat Tahrir al-Sham terrorist group towards Hama'

interface ExportedLine {
  id: string
  title: string
  text: string
  offset_unit: string
  annotations: { start: number; end: number; text: string; tag: string }[]
}

test('a new user annotates overlapping spans that survive a reload, a restart and an export', async ({ app }) => {
  const { page } = app
  const documents = page.getByRole('navigation', { name: 'Documents' }).getByRole('button')
  await expect(documents).toHaveCount(5)
  await expect(documents.first()).toContainText('Rebels Gain Ground in Syria')
  await expect(documents.first()).toContainText('NationPress')
  await expect(documents.first()).toContainText('1 Dec 2024')

  await documents.filter({ hasText: ARTICLE }).click()
  await expect(readerText(page)).toContainText('TEHRAN - Amid a reportedly')

  await dragSelect(page, ACTOR)
  await page.keyboard.press('2')
  const actorMark = page.locator('mark[data-tag="actor"]')
  await expect(actorMark).toHaveText(ACTOR)
  const annotations = page.getByRole('complementary', { name: 'Annotations' })
  await expect(annotations.getByRole('button', { name: `Actor: ${ACTOR}` })).toBeVisible()

  await dragSelect(page, CLAIM)
  await page.keyboard.press('1')
  await expect(page.locator('mark[data-tag="claim"]').first()).toBeVisible()
  await expect(annotations.getByRole('button')).toHaveCount(2)
  await expect(documents.filter({ hasText: ARTICLE }).getByLabel('2 annotations')).toBeVisible()

  const expectBothSpans = async (): Promise<void> => {
    const page = app.page
    const actorId = await page.locator('mark[data-tag="actor"]').first().getAttribute('data-annotation-id')
    const claimId = await page.locator('mark[data-tag="claim"]').first().getAttribute('data-annotation-id')
    expect(actorId).toBeTruthy()
    expect(claimId).toBeTruthy()
    expect(await highlightText(page, actorId ?? '')).toBe(ACTOR)
    expect(await highlightText(page, claimId ?? '')).toBe(CLAIM)
  }
  await expectBothSpans()

  await page.reload()
  await expect(readerText(page)).toContainText('TEHRAN - Amid')
  await expectBothSpans()

  await app.restart()
  await app.page.getByRole('navigation', { name: 'Documents' }).getByRole('button').filter({ hasText: ARTICLE }).click()
  await expect(readerText(app.page)).toContainText('TEHRAN - Amid')
  await expectBothSpans()

  const exported = (await app.exportProject('jsonl'))
    .toString('utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as ExportedLine & { type: string })
    .filter((line) => line.type === 'document')
  expect(exported).toHaveLength(5)
  const article = exported.find((line) => line.title === ARTICLE)
  expect(article?.offset_unit).toBe('codepoint')
  const text = article?.text ?? ''
  const codePointIndex = (phrase: string): number => Array.from(text.slice(0, text.indexOf(phrase))).length
  const spans = [...(article?.annotations ?? [])].sort((a, b) => a.start - b.start)
  expect(spans).toEqual([
    expect.objectContaining({ tag: 'claim', text: CLAIM, start: codePointIndex(CLAIM), end: codePointIndex(CLAIM) + Array.from(CLAIM).length }),
    expect.objectContaining({ tag: 'actor', text: ACTOR, start: codePointIndex(ACTOR), end: codePointIndex(ACTOR) + Array.from(ACTOR).length })
  ])
  for (const span of spans) expect(Array.from(text).slice(span.start, span.end).join('')).toBe(span.text)
})
