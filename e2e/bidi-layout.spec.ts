import { execFileSync } from 'node:child_process'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Locator } from '@playwright/test'
import { launchBrowserApp } from './support/browser-app'
import { expect, test } from './support/fixtures'
import type { TesseraApp } from './support/tessera-app'

/**
 * User text beside interface text is isolated (`<bdi>`, `dir="auto"`): an Arabic outlet does not pull the date's
 * digits into its run, an Arabic quote reads right to left in a left-to-right table. Checked by the boxes the
 * browser lays out, not by markup.
 */
const OUTLET = 'شفق نيوز'
const TITLE = 'نزوح 50 ألف من ريف حماة (HTS)'
const TEXT = `${TITLE}\n\nقالت الأمم المتحدة إن 50 ألف شخص نزحوا من حَمَاة خلال يومين.`
const FIGURE = '50 ألف'
const PLACE = 'حَمَاة'

function jsonl(): string {
  const start = (phrase: string, from = TITLE.length) => TEXT.indexOf(phrase, from)
  const header = {
    type: 'header',
    format: 'tessera-jsonl',
    format_version: 2,
    project: 'Bidi',
    offset_unit: 'utf16',
    tags: [
      { id: 'place', label: 'Place', color: '#2563eb', attributes: [] },
      { id: 'figure', label: 'Figure', color: '#059669', attributes: [{ id: 'value', label: 'Value', type: 'number' }, { id: 'counted', label: 'What is counted', type: 'text' }] }
    ],
    entities: [{ id: 'e-hama', name: PLACE, type: 'place', aliases: [], note: '', coordinates: null }]
  }
  const document = {
    type: 'document',
    id: 'doc-ar',
    title: TITLE,
    outlet: OUTLET,
    author: '',
    date: '2024-12-03',
    url: '',
    language: 'ar',
    status: 'in-progress',
    offset_unit: 'utf16',
    text: TEXT,
    annotations: [
      { id: 'a-fig', tag: 'figure', start: start(FIGURE), end: start(FIGURE) + FIGURE.length, text: FIGURE, attributes: { value: 50000, counted: 'displaced' } },
      { id: 'a-place', tag: 'place', start: start(PLACE), end: start(PLACE) + PLACE.length, text: PLACE, entity: { id: 'e-hama', name: PLACE } }
    ],
    relations: []
  }
  return `${JSON.stringify(header)}\n${JSON.stringify(document)}\n`
}

let app: TesseraApp

test.beforeEach(async ({ browser }) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'tessera-e2e-bidi-'))
  const projectDir = join(dataDir, 'project')
  execFileSync(process.execPath, ['bin/tessera.js', 'init', projectDir])
  await writeFile(join(dataDir, 'ar.jsonl'), jsonl())
  execFileSync(process.execPath, ['bin/tessera.js', 'import', '--project', projectDir, join(dataDir, 'ar.jsonl')])
  app = await launchBrowserApp(browser, projectDir)
  await app.page.getByRole('navigation', { name: 'Documents' }).getByRole('button').filter({ hasText: 'نزوح' }).click()
})

test.afterEach(async () => {
  await app.close()
})

/** Each of `first`'s boxes ends left of `second`'s one box: `second` was laid out whole, after `first`. */
async function expectLeftOf(first: Locator, second: Locator): Promise<void> {
  const a = await first.evaluate((element) => [...element.getClientRects()].map((r) => ({ left: r.left, right: r.right })))
  const b = await second.evaluate((element) => [...element.getClientRects()].map((r) => ({ left: r.left, right: r.right })))
  expect(b, 'the second part is split by the first one’s direction').toHaveLength(1)
  for (const box of a) expect(box.right).toBeLessThanOrEqual((b[0]?.left ?? 0) + 1)
}

/** Within `element`'s text, where `later` (in reading order) is drawn relative to `earlier`: 'left' or 'right'. */
async function sideOf(element: Locator, earlier: string, later: string): Promise<'left' | 'right'> {
  return element.evaluate(
    (node, [before, after]) => {
      const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT)
      const box = (needle: string) => {
        for (let text = walker.nextNode(); text; text = walker.nextNode()) {
          const at = text.textContent?.indexOf(needle) ?? -1
          if (at < 0) continue
          const range = document.createRange()
          range.setStart(text, at)
          range.setEnd(text, at + needle.length)
          walker.currentNode = node
          return range.getBoundingClientRect()
        }
        throw new Error(`no ${needle}`)
      }
      return box(after).left >= box(before).right - 1 ? 'right' : 'left'
    },
    [earlier, later] as const
  )
}

/** "50 ألف" read right to left: the number first (rightmost), then the word to its left. */
async function expectArabicOrder(element: Locator): Promise<void> {
  await expect(element).toBeVisible()
  expect(await sideOf(element, '50', 'ألف')).toBe('left')
}

test('the outlet and the date keep their order in the reader’s meta line and the document list', async () => {
  const { page } = app
  const meta = page.locator('.reader-meta')
  await expect(meta).toContainText(OUTLET)
  await expectLeftOf(meta.locator('.reader-source'), meta.locator('time'))
  const item = page.getByRole('navigation', { name: 'Documents' }).getByRole('button').filter({ hasText: 'نزوح' })
  await expectLeftOf(item.locator('bdi', { hasText: OUTLET }), item.locator('time'))
})

test('an Arabic quote reads right to left in the annotation list, the details and the Figures table', async () => {
  const { page } = app
  const list = page.getByRole('complementary', { name: 'Annotations' })
  await expectArabicOrder(list.locator('.annotation-quote', { hasText: FIGURE }))
  await list.getByRole('button', { name: new RegExp(`Figure: ${FIGURE}`) }).click()
  await expectArabicOrder(page.locator('.detail-quote'))
  await page.getByRole('tab', { name: 'Figures' }).click()
  await expectArabicOrder(page.getByRole('tabpanel', { name: 'Figures' }).getByRole('button', { name: FIGURE }))
})

test('an entity’s Arabic name does not swallow the count beside it', async () => {
  const { page } = app
  await page.getByRole('tab', { name: 'Entities' }).click()
  const panel = page.getByRole('tabpanel', { name: 'Entities' })
  await panel.getByRole('button', { name: new RegExp(PLACE) }).first().click()
  const heading = panel.getByRole('heading', { name: new RegExp(`Mentions of ${PLACE}`) })
  await expectLeftOf(heading.locator('bdi'), heading.locator('.pane-count'))
})
