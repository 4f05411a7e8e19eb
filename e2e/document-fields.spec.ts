import { readFile } from 'node:fs/promises'
import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from './support/fixtures'
import { openFromMenu } from './support/menu'
import { readerText } from './support/reader'
import { FORMAT_LABELS } from './support/export-dialog'

/**
 * Whole-article labels end to end: the analyst defines fields (Menu ▸ Document fields…), sets one on an
 * article in its details, filters the list by it, exports it, and undoes. Browser mode always: the export
 * is read from the browser's download.
 */
const ARTICLE = 'Syrian army enters Hama countryside'
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

async function expectNoViolations(page: Page, state: string): Promise<void> {
  await page.waitForTimeout(150)
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
  const described = violations.map((v) => `${v.id}: ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')}: ${n.failureSummary}`).join('\n')}`)
  await page.screenshot({ path: `test-results/document-fields/${state}.png`, fullPage: false })
  expect(described, `axe violations in the state "${state}"`).toEqual([])
}

async function showPane(page: Page, tab: RegExp): Promise<void> {
  const tabs = page.getByRole('tablist', { name: 'Panes' })
  if (await tabs.isVisible()) await tabs.getByRole('tab', { name: tab }).click()
}

/** Defines Stance (a choice) and Framing (a multi-choice, one value in Arabic) and saves them. */
async function defineFields(page: Page): Promise<void> {
  await openFromMenu(page, 'Document fields…')
  const dialog = page.getByRole('dialog', { name: 'Document fields' })
  const add = dialog.getByRole('form', { name: 'Add a document field' })
  await add.getByLabel('New field').fill('Stance toward the offensive')
  await add.getByRole('button', { name: 'Add field' }).click()
  await dialog.getByLabel('Values of Stance toward the offensive, one a line').fill('supportive\ncritical\nneutral')
  await dialog.getByLabel('Guideline for Stance toward the offensive').fill('How the article **frames** the offensive overall.')
  await add.getByLabel('New field').fill('Framing')
  await add.getByLabel('Kind').selectOption('multi-choice')
  await add.getByRole('button', { name: 'Add field' }).click()
  await dialog.getByLabel('Values of Framing, one a line').fill('liberation\nterrorism\nتحرير')
  await dialog.getByRole('button', { name: 'Save fields' }).click()
  await expect(dialog.getByRole('status')).toHaveText('Saved. Undo takes this change back.')
}

async function openArticle(page: Page): Promise<void> {
  await showPane(page, /^Documents/)
  await page.getByRole('navigation', { name: 'Documents' }).getByRole('button').filter({ hasText: ARTICLE }).click()
  await expect(readerText(page)).toContainText('Shafaq News/')
}

test('define a field, set it on an article, filter the list by it, export it, undo', async ({ browserApp: app }) => {
  const { page } = app
  await defineFields(page)
  await page.getByRole('dialog', { name: 'Document fields' }).getByRole('button', { name: /^Close/ }).click()

  await openArticle(page)
  const labels = page.getByRole('region', { name: 'Labels' })
  await labels.getByLabel('Stance toward the offensive').selectOption('critical')
  await labels.getByRole('checkbox', { name: 'تحرير' }).check()
  // Durable before shown as stored: the pending mark goes once the core has written it.
  await expect(labels.getByText('Saving…')).toHaveCount(0)
  await expect(labels.getByLabel('Stance toward the offensive')).toHaveValue('critical')

  // The list filtered by the label shows that article only.
  const list = page.getByRole('navigation', { name: 'Documents' })
  await list.getByLabel(/^Label/).selectOption({ label: 'Stance toward the offensive' })
  await list.getByLabel(/^Stance toward the offensive is/).selectOption('critical')
  await expect(list.getByRole('heading')).toHaveText(/Documents\s*1 of 5/)
  await expect(list.getByRole('button').filter({ hasText: ARTICLE })).toBeVisible()
  await list.getByLabel(/^Stance toward the offensive is/).selectOption('neutral')
  await expect(list.getByText('No document matches these filters.')).toBeVisible()
  await list.getByLabel(/^Label/).selectOption({ label: 'Any' })

  // Exported on the document's line, with the definitions in the header.
  await page.getByRole('button', { name: 'Export…' }).click()
  const exportDialog = page.getByRole('dialog', { name: 'Export dataset' })
  await exportDialog.getByRole('radio', { name: FORMAT_LABELS.jsonl }).check()
  const [download] = await Promise.all([page.waitForEvent('download'), exportDialog.getByRole('button', { name: 'Export', exact: true }).click()])
  const lines = (await readFile((await download.path()) ?? '', 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>)
  expect((lines[0]?.document_fields as { label: string }[]).map((f) => f.label)).toEqual(['Stance toward the offensive', 'Framing'])
  const line = lines.find((l) => String(l.title).includes(ARTICLE))
  expect(line?.fields).toEqual({ stance_toward_the_offensive: 'critical', framing: ['تحرير'] })

  // Undo takes back the last label, then the stance; the details follow.
  await page.keyboard.press('Escape')
  await page.getByRole('button', { name: /^Undo/ }).click()
  await expect(labels.getByRole('checkbox', { name: 'تحرير' })).not.toBeChecked()
  await page.getByRole('button', { name: /^Undo/ }).click()
  await expect(labels.getByLabel('Stance toward the offensive')).toHaveValue('')
  // And then the fields themselves.
  await page.getByRole('button', { name: /^Undo/ }).click()
  await expect(labels).toHaveCount(0)
})

test.describe('axe on the document fields screens: zero violations', () => {
  test.describe.configure({ timeout: 180_000 })
  for (const theme of ['light', 'dark'] as const) {
    for (const width of [1440, 320]) {
      test(`${theme} theme at ${width} px`, async ({ browserApp: app }) => {
        const { page } = app
        await page.setViewportSize({ width, height: width === 320 ? 640 : 900 })
        await openFromMenu(page, theme === 'dark' ? 'Dark theme' : 'Light theme')
        await defineFields(page)
        await expectNoViolations(page, `${theme}-${width}-dialog`)
        await page.getByRole('dialog', { name: 'Document fields' }).getByRole('button', { name: /^Close/ }).click()
        await openArticle(page)
        await showPane(page, /^Article/)
        const labels = page.getByRole('region', { name: 'Labels' })
        await labels.getByLabel('Stance toward the offensive').selectOption('critical')
        await labels.scrollIntoViewIfNeeded()
        await expectNoViolations(page, `${theme}-${width}-labels`)
        await showPane(page, /^Documents/)
        const list = page.getByRole('navigation', { name: 'Documents' })
        await list.getByLabel(/^Label/).selectOption({ label: 'Stance toward the offensive' })
        await expectNoViolations(page, `${theme}-${width}-filter`)
      })
    }
  }
})
