import type { Page } from '@playwright/test'
import { callApi } from './support/api'
import { axe } from './support/axe'
import { OUTLETS, seedCorpusViews } from './support/corpus-views'
import { expect, test } from './support/fixtures'
import { openFromMenu } from './support/menu'

/**
 * The corpus views filtered by a whole-article label (issue 20.9): the Claims and Figures views keep only the
 * documents whose label matches; and axe on screens the other specs check only in one theme or width (the
 * tag guideline in the legend and the detail panel, the delete-documents dialog), dark at 320 px.
 */
const STANCE = { id: 'stance', label: 'Stance', type: 'choice' as const, values: ['supportive', 'critical'] }

async function labelTehranCritical(page: Page): Promise<void> {
  await callApi(page, 'project.setDocumentFields', { fields: [STANCE] })
  const tehran = (await callApi(page, 'documents.list', {})).find((d) => d.source === OUTLETS.tehran)
  if (!tehran) throw new Error('no Tehran Times sample')
  await callApi(page, 'documents.setField', { documentId: tehran.id, fieldId: 'stance', value: 'critical' })
}

async function filterByStance(page: Page, panelName: string, value: string): Promise<void> {
  const filter = page.getByRole('tabpanel', { name: panelName }).getByRole('group', { name: 'Only documents with a label' })
  await filter.getByLabel(/^Label/).selectOption({ label: 'Stance' })
  await filter.getByLabel(/^Stance is/).selectOption(value)
}

test('the Claims and Figures views keep only the documents whose label matches', async ({ browserApp: app }) => {
  const { page } = app
  await seedCorpusViews(page)
  await labelTehranCritical(page)

  await page.getByRole('tab', { name: 'Claims' }).click()
  const claims = page.getByRole('tabpanel', { name: 'Claims' })
  await expect(claims.getByRole('table')).toContainText(OUTLETS.tehran)
  await filterByStance(page, 'Claims', 'supportive')
  await expect(claims).toContainText('No claim matches these filters.')
  await filterByStance(page, 'Claims', 'critical')
  await expect(claims.getByRole('table')).toContainText(OUTLETS.tehran)

  await page.getByRole('tab', { name: 'Figures' }).click()
  const figures = page.getByRole('tabpanel', { name: 'Figures' })
  await figures.getByLabel('Compare figures of the same').selectOption('all')
  const rows = figures.getByRole('table').first().getByRole('row')
  await expect(rows.filter({ hasText: OUTLETS.mayadeen })).toHaveCount(1)
  await filterByStance(page, 'Figures', 'critical')
  await expect(rows.filter({ hasText: OUTLETS.tehran })).toHaveCount(1)
  await expect(rows.filter({ hasText: OUTLETS.mayadeen })).toHaveCount(0)
})

test('axe, dark theme at 320 px: the label filter in a view, a tag guideline, the delete-documents dialog', async ({ browserApp: app }) => {
  test.setTimeout(180_000)
  const { page } = app
  await page.setViewportSize({ width: 320, height: 640 })
  await openFromMenu(page, 'Dark theme')
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await seedCorpusViews(page)
  await labelTehranCritical(page)
  await callApi(page, 'tags.update', { tagId: 'claim', changes: { description: 'A statement **presented as fact** by the outlet or a source.' } })
  const expectNoViolations = async (state: string) => {
    const { violations } = await axe(page).analyze()
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), state).toEqual([])
  }

  const panes = page.getByRole('tablist', { name: 'Panes' })
  await panes.getByRole('tab', { name: /^Article/ }).click()
  await page.getByRole('tab', { name: 'Claims' }).click()
  await filterByStance(page, 'Claims', 'critical')
  await expectNoViolations('claims filtered by a label')

  await page.getByRole('tab', { name: 'Reader' }).click()
  await panes.getByRole('tab', { name: /^Annotations/ }).click()
  const legend = page.getByRole('list', { name: 'Legend' })
  await legend.locator('summary').filter({ hasText: 'Guideline of Claim' }).click()
  await expect(legend.locator('.guideline strong')).toHaveText('presented as fact')
  await expectNoViolations('a tag guideline open in the legend')

  await panes.getByRole('tab', { name: /^Documents/ }).click()
  const list = page.getByRole('navigation', { name: 'Documents' })
  await list.getByRole('checkbox').first().check()
  await list.getByRole('button', { name: /^Delete/ }).click()
  await expect(page.getByRole('dialog')).toBeVisible()
  await expectNoViolations('the delete-documents dialog')
})
