import { execFileSync } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import type { AdjudicationStretch } from '../electron/core/shared/model/adjudication'
import type { DisagreementSpan } from '../electron/core/shared/model/agreement'
import { callApi } from './support/api'
import { expectNoAxeViolations } from './support/axe'
import { seedTwoAnnotators } from './support/agreement'
import { expect, test } from './support/fixtures'
import { openFromMenu } from './support/menu'
import { readerText } from './support/reader'

// Browser mode always: the curated layer is exported through the browser's download.

async function setTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await openFromMenu(page, theme === 'dark' ? 'Dark theme' : 'Light theme')
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
}

/** The union extent, per tag, of a stretch's overlapping spans: what "Merge boundaries" must write (here one span per tag overlaps). */
function mergedByHand(stretch: AdjudicationStretch): DisagreementSpan[] {
  const byTag = new Map<string, DisagreementSpan>()
  for (const span of Object.values(stretch.versions).flat()) {
    const seen = byTag.get(span.tag)
    byTag.set(span.tag, seen ? { tag: span.tag, start: Math.min(seen.start, span.start), end: Math.max(seen.end, span.end) } : span)
  }
  return [...byTag.values()]
}

const plain = ({ start, end, tag }: DisagreementSpan) => `${tag} ${start}-${end}`

test('the review view: accept a version, merge another, undo one, and export the curated layer alone', async ({ browserApp }) => {
  test.setTimeout(150_000)
  await expect(readerText(browserApp.page)).toBeVisible()
  await seedTwoAnnotators(browserApp)
  const { page } = browserApp
  await expect(readerText(page)).toBeVisible()
  const before = await callApi(page, 'adjudication.review', {})
  // The sample as seeded: teleSUR (HTS an actor for ann, a place for bob), then the Tehran Times (Aleppo only bob
  // marked, the Russian centre's boundaries, the claim only ann marked).
  const [telesur, tehran] = before.documents
  const swap = telesur?.stretches[0]
  const boundaries = tehran?.stretches[1]
  const claim = tehran?.stretches[2]
  if (!telesur || !tehran || !swap || !boundaries || !claim) throw new Error('the seeded disagreements are not there')
  expect([telesur.stretches.length, tehran.stretches.length, before.total]).toEqual([1, 3, 4])
  const overallText = (decided: number) => `${decided} of 4 disagreements decided, over 2 documents`

  await page.getByRole('tab', { name: 'Review' }).click()
  const panel = page.getByRole('tabpanel', { name: 'Review' })
  await expect(panel.getByRole('heading', { name: 'Review the disagreements', level: 2 })).toBeVisible()
  await expect(panel.getByRole('group', { name: 'Annotators' }).getByRole('checkbox')).toHaveCount(2)
  const overall = panel.locator('.review-overall')
  await expect(overall).toHaveText(overallText(0))
  const documents = panel.getByRole('navigation', { name: 'Documents to review' })
  const telesurRow = documents.getByRole('button').filter({ hasText: telesur.title })
  const tehranRow = documents.getByRole('button').filter({ hasText: tehran.title })
  await expect(telesurRow).toHaveAttribute('aria-current', 'true')
  await expect(telesurRow).toContainText('0 of 1 decided')
  await expect(panel.getByRole('heading', { name: 'Disagreement 1 of 1' })).toBeVisible()
  await expect(panel.locator('.review-context-text')).toHaveText(swap.context.text)
  // Each version is drawn with its tag's name and named with its offsets, not colour alone.
  const versions = panel.locator('.review-version')
  await expect(versions.nth(0).locator('.review-label')).toHaveText('Actor')
  await expect(versions.nth(1).locator('.review-label')).toHaveText('Place')
  await expect(versions.nth(1)).toContainText(`Place ${swap.start}–${swap.end}`)
  await expect(versions.nth(2)).toContainText('Not decided yet')

  // A decision is drawn at once, marked as saving, until the core answers; refused, it is rolled back and said.
  let answer: () => void = () => undefined
  const answered = new Promise<void>((resolve) => (answer = resolve))
  await page.route(
    '**/api/adjudication.decide',
    async (route) => {
      await answered
      await route.fulfill({ status: 500, contentType: 'application/json', body: JSON.stringify({ ok: false, error: { code: 'internal', message: 'The disk is full.' } }) })
    },
    { times: 1 }
  )
  await panel.getByRole('button', { name: 'Accept ann’s version' }).click()
  await expect(versions.last()).toContainText(/Saving….*Actor/)
  answer()
  await expect(page.getByRole('alert').filter({ hasText: 'The disk is full.' })).toBeVisible()
  await expect(versions.last()).toContainText('Not decided yet')
  await expect(versions.last()).toContainText('nothing marked')
  await expect(overall).toHaveText(overallText(0))

  // Accept ann's version: on to the next undecided disagreement (the Tehran Times' first).
  await panel.getByRole('button', { name: 'Accept ann’s version' }).click()
  await expect(overall).toHaveText(overallText(1))
  await expect(telesurRow).toContainText('1 of 1 decided')
  await expect(tehranRow).toHaveAttribute('aria-current', 'true')
  await expect(panel.getByRole('heading', { name: 'Disagreement 1 of 3' })).toBeVisible()

  // J to the boundaries, M merges them, from the keyboard.
  await page.keyboard.press('j')
  await expect(panel.locator('.review-context-text')).toHaveText(boundaries.context.text)
  await page.keyboard.press('m')
  await expect(overall).toHaveText(overallText(2))
  await expect(tehranRow).toContainText('1 of 3 decided')

  // Ctrl+Z undoes that one decision: it comes back undecided; a merge by the button decides it again.
  await page.keyboard.press('Control+z')
  await expect(overall).toHaveText(overallText(1))
  await expect(tehranRow).toContainText('0 of 3 decided')
  await page.keyboard.press('k')
  await expect(panel.locator('.review-context-text')).toHaveText(boundaries.context.text)
  await expect(versions.last()).toContainText('Not decided yet')
  await panel.getByRole('button', { name: 'Merge boundaries' }).click()
  await expect(overall).toHaveText(overallText(2))
  await page.keyboard.press('k')
  await expect(panel.locator('.review-context-text')).toHaveText(boundaries.context.text)
  await expect(versions.last()).toContainText(/Written by bob on .*Actor 2834–2876/)

  // The claim only ann marked: written by hand instead, a figure over "300" selected in the stretch.
  await page.keyboard.press('j')
  await expect(panel.locator('.review-context-text')).toHaveText(claim.context.text)
  await panel.getByRole('button', { name: 'Write the curated version…' }).click()
  const line = panel.getByRole('group', { name: 'The disagreement’s text' })
  await line.locator('.review-run').evaluate((run, phrase) => {
    const text = run.firstChild as Text
    const at = text.data.indexOf(phrase)
    window.getSelection()?.setBaseAndExtent(text, at, text, at + phrase.length)
  }, '300')
  await panel.getByLabel('Tag', { exact: true }).selectOption({ label: 'Figure' })
  await panel.getByRole('button', { name: 'Add “300”' }).click()
  await expect(panel.getByRole('button', { name: 'Remove Figure “300”' })).toBeVisible()
  await panel.getByRole('button', { name: 'Save the curated version' }).click()
  await expect(overall).toHaveText(overallText(3))
  const figure = { start: claim.start + claim.context.text.indexOf('300'), end: claim.start + claim.context.text.indexOf('300') + 3, tag: 'figure' }

  // The curated layer alone, through the export dialog: only the spans decided, at the decided offsets.
  await page.getByRole('button', { name: 'Export…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Export dataset' })
  const annotators = dialog.getByRole('group', { name: 'Annotators' })
  await expect(annotators.getByRole('checkbox', { name: 'curated (the gold set)' })).toBeChecked()
  await annotators.getByRole('checkbox', { name: 'ann', exact: true }).uncheck()
  await annotators.getByRole('checkbox', { name: 'bob', exact: true }).uncheck()
  await dialog.getByRole('radio', { name: 'Tessera JSONL' }).check()
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Export', exact: true }).click()])
  type Line = { type: string; offset_unit?: string; annotations?: { start: number; end: number; tag: string; author: string; curator?: string }[] }
  const file = await readFile((await download.path()) ?? '', 'utf8')
  // The same file as the CLI's `--annotator curated`.
  const cli = execFileSync(process.execPath, ['bin/tessera.js', 'export', '--project', browserApp.projectDir, '--format', 'jsonl', '--annotator', 'curated'], { encoding: 'utf8' })
  expect(cli).toBe(file)
  const lines = file.trim().split('\n').map((line) => JSON.parse(line) as Line)
  const exported = lines.flatMap((line) => (line.type === 'document' ? (line.annotations ?? []) : []))
  expect(new Set(exported.map((annotation) => annotation.author))).toEqual(new Set(['curated']))
  expect(new Set(exported.map((annotation) => annotation.curator))).toEqual(new Set(['bob']))
  expect(exported.map(plain).sort()).toEqual([...(swap.versions.ann ?? []), ...mergedByHand(boundaries), figure].map(plain).sort())
  await page.keyboard.press('Escape')

  // axe at zero on the Review view: light and dark, 1,440 and 320 px.
  await page.getByRole('tab', { name: 'Review' }).focus()
  for (const [theme, width] of [['light', 1440], ['dark', 320]] as const) {
    await page.setViewportSize({ width, height: width === 320 ? 640 : 900 })
    await setTheme(page, theme)
    await expect(panel.getByRole('heading', { name: /^Disagreement \d of \d$/ })).toBeVisible()
    await expectNoAxeViolations(page, `review-${theme}-${width}`, `test-results/review-${theme}-${width}.png`)
  }
})
