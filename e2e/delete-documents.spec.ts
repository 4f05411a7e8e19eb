import AxeBuilder from '@axe-core/playwright'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { callApi } from './support/api'
import { launchBrowserApp } from './support/browser-app'
import { OUTLETS, seedCorpusViews } from './support/corpus-views'
import { expect, test } from './support/fixtures'
import { openFromMenu } from './support/menu'
import { readerText } from './support/reader'

const WCAG_A_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_A_AA).analyze()
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
}

test('two documents checked in the list and deleted with the Delete key; one undo brings them, their annotations and the views back', async ({ app }) => {
  // Many steps through the three views on a two-core machine shared with other runs.
  test.setTimeout(180_000)
  const { page } = app
  await expect(readerText(page)).toBeVisible()
  // Tehran Times: a claim attributed to an entity-linked actor and a figure stated in it; Al Mayadeen: a figure.
  await seedCorpusViews(page)
  const list = page.getByRole('navigation', { name: 'Documents' })
  const row = (outlet: string) => list.getByRole('listitem').filter({ hasText: outlet })
  await expect(row(OUTLETS.tehran).getByLabel('3 annotations')).toBeVisible()

  await row(OUTLETS.tehran).getByRole('checkbox').check()
  // Ctrl+click checks a second one without opening it.
  await row(OUTLETS.mayadeen).getByRole('button').click({ modifiers: ['Control'] })
  await expect(row(OUTLETS.mayadeen).getByRole('checkbox')).toBeChecked()
  await expect(list.getByRole('group', { name: 'Checked documents' })).toContainText('2 checked')
  await row(OUTLETS.mayadeen).getByRole('checkbox').focus()
  await page.keyboard.press('Delete')

  const dialog = page.getByRole('dialog', { name: 'Delete 2 documents' })
  await expect(dialog).toContainText('Delete 2 documents? Their 4 annotations go too.')
  await expect(dialog.getByRole('listitem')).toHaveCount(2)
  await expect(dialog.getByRole('button', { name: 'Delete 2 documents' })).toBeFocused()
  await expectNoAxeViolations(page)
  // Escape cancels: nothing goes.
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(list.getByRole('heading')).toContainText('Documents, 5')
  await setDark(page)
  await row(OUTLETS.mayadeen).getByRole('checkbox').focus()
  await page.keyboard.press('Delete')
  await expect(dialog).toBeVisible()
  await expectNoAxeViolations(page)
  await page.keyboard.press('Enter')

  await expect(dialog).toBeHidden()
  await expect(list.getByRole('heading')).toContainText('Documents, 3')
  await expect(row(OUTLETS.tehran)).toHaveCount(0)
  await expect(row(OUTLETS.mayadeen)).toHaveCount(0)
  await expect(page.locator('.notice > span')).toHaveText('Deleted 2 documents and 4 annotations. Undo brings them back.')
  // Focus is on a document of the list, not lost to the page.
  await expect(page.locator('.document-scroller .document-item:focus')).toHaveCount(1)
  await page.getByRole('tab', { name: 'Claims' }).click()
  await expect(page.getByRole('tabpanel', { name: 'Claims' })).toContainText('No claims yet')
  await page.getByRole('tab', { name: 'Figures' }).click()
  await expect(page.getByRole('tabpanel', { name: 'Figures' })).not.toContainText(/militants killed/i)
  await page.getByRole('tab', { name: 'Entities' }).click()
  const entities = page.getByRole('tabpanel', { name: 'Entities' })
  const hts = entities.getByRole('table', { name: /Entities, most mentioned first/ }).getByRole('row').filter({ hasText: 'Hayat Tahrir al-Sham' })
  await expect(entities.getByRole('table', { name: /Linked mentions per outlet/ })).not.toContainText(OUTLETS.tehran)

  await page.getByRole('button', { name: /^Undo/ }).click()
  await expect(list.getByRole('heading')).toContainText('Documents, 5')
  await expect(row(OUTLETS.tehran).getByLabel('3 annotations')).toBeVisible()
  await expect(row(OUTLETS.mayadeen).getByLabel('1 annotations')).toBeVisible()
  await expect(hts).toBeVisible()
  await expect(entities.getByRole('table', { name: /Linked mentions per outlet/ }).getByRole('row', { name: /^Tehran Times/ })).toBeVisible()
  await page.getByRole('tab', { name: 'Claims' }).click()
  const claim = page.getByRole('tabpanel', { name: 'Claims' }).getByRole('row').filter({ hasText: 'at least 300 militants' })
  await expect(claim.getByRole('cell').nth(1)).toHaveText(/The Russian Reconciliation Center in Syria\s*Russian Reconciliation Center/)
  await page.getByRole('tab', { name: 'Figures' }).click()
  await expect(page.getByRole('tabpanel', { name: 'Figures' }).getByRole('region', { name: /militants killed/i }).first()).toBeVisible()
  // The restored article opens with its highlights and the relation.
  await page.getByRole('tab', { name: 'Reader' }).click()
  await row(OUTLETS.tehran).getByRole('button').click()
  await expect(page.locator('.reader-source')).toHaveText(OUTLETS.tehran)
  // A highlight may be drawn in several pieces (a claim with a figure inside it): count the annotations drawn.
  await expect.poll(() => page.locator('mark.highlight[data-annotation-id]').evaluateAll((marks) => new Set(marks.map((m) => m.getAttribute('data-annotation-id'))).size)).toBe(3)
  const tehran = (await callApi(page, 'documents.list', {})).find((d) => d.source === OUTLETS.tehran)
  expect((await callApi(page, 'documents.get', { documentId: tehran?.id ?? '' })).relations.map((r) => r.type).sort()).toEqual(['attributed-to', 'stated-in'])
})

async function setDark(page: Page): Promise<void> {
  await openFromMenu(page, 'Dark theme')
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
}

test('tessera serve --project on a new folder opens an empty project, not the sample', async ({ browser }) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'tessera-e2e-new-'))
  const app = await launchBrowserApp(browser, join(dataDir, 'project'), { sample: false })
  try {
    const { page } = app
    await expect(page.getByRole('heading', { name: 'No articles yet' })).toBeVisible()
    await expect(page.getByRole('navigation', { name: 'Documents' }).getByRole('heading')).toContainText('Documents, 0')
  } finally {
    await app.close()
    await rm(dataDir, { recursive: true, force: true })
  }
})
