import type { Page } from '@playwright/test'
import type { Annotation } from '../electron/core/shared/model/annotation'
import { callApi } from './support/api'
import { OUTLETS, seedCorpusViews } from './support/corpus-views'
import { expect, test } from './support/fixtures'
import { openFromMenu } from './support/menu'
import { readerText } from './support/reader'

async function documentFrom(page: Page, source: string): Promise<{ id: string; text: string }> {
  const summary = (await callApi(page, 'documents.list', {})).find((d) => d.source === source)
  if (!summary) throw new Error(`no document from ${source}`)
  return callApi(page, 'documents.get', { documentId: summary.id })
}

async function tag(page: Page, source: string, tagId: string, phrase: string, attributes: Record<string, string | number> = {}): Promise<Annotation & { documentId: string }> {
  const document = await documentFrom(page, source)
  const start = document.text.indexOf(phrase)
  if (start < 0) throw new Error(`"${phrase}" is not in ${source}`)
  const annotation = await callApi(page, 'annotations.create', { documentId: document.id, tag: tagId, start, end: start + phrase.length })
  for (const [attribute, value] of Object.entries(attributes)) await callApi(page, 'annotations.setAttribute', { documentId: document.id, annotationId: annotation.id, attribute, value })
  return { ...annotation, documentId: document.id }
}

/** `npm run screenshot`: the Entities, Claims and Figures views on the sample corpus, for the README. */
test('README screenshots of the corpus views', async ({ app }) => {
  const { page } = app
  await expect(readerText(page)).toBeVisible()
  const seeded = await seedCorpusViews(page)
  // Every other mention of the group, the army and Hama, linked across the corpus with Link all.
  await callApi(page, 'entities.linkAll', { documentId: seeded.documents.telesur, annotationId: seeded.hts.telesur.id, entityId: seeded.entityId })
  await callApi(page, 'entities.linkAll', { documentId: seeded.documents.shafaq, annotationId: seeded.hts.shafaq.id, entityId: seeded.entityId })
  const army = await tag(page, OUTLETS.shafaq, 'actor', 'Syrian army')
  const armyEntity = await callApi(page, 'entities.create', { documentId: army.documentId, annotationId: army.id, name: 'Syrian Arab Army' })
  await callApi(page, 'entities.linkAll', { documentId: army.documentId, annotationId: army.id, entityId: armyEntity.id })
  const hama = await tag(page, OUTLETS.tehran, 'place', 'Hama')
  const hamaEntity = await callApi(page, 'entities.create', { documentId: hama.documentId, annotationId: hama.id, name: 'Hama' })
  await callApi(page, 'entities.linkAll', { documentId: hama.documentId, annotationId: hama.id, entityId: hamaEntity.id })
  // More claims and the casualty figures each outlet gives.
  const ministry = await tag(page, OUTLETS.tehran, 'actor', 'The Syrian Ministry of Defense')
  const denial = await tag(page, OUTLETS.tehran, 'claim', 'denied reports of a military withdrawal from Hama', { stance: 'denied' })
  await callApi(page, 'relations.add', { documentId: denial.documentId, type: 'attributed-to', from: denial.id, to: ministry.id })
  const shafaqArmy = await tag(page, OUTLETS.shafaq, 'claim', 'it had entered the Hama countryside with its "largest" military convoy', { stance: 'asserted' })
  await callApi(page, 'relations.add', { documentId: shafaqArmy.documentId, type: 'attributed-to', from: shafaqArmy.id, to: army.id })
  await tag(page, OUTLETS.telesur, 'claim', 'recent offensives have neutralized over 1,300 combatants since the actions began last Friday', { stance: 'reported' })
  await tag(page, OUTLETS.telesur, 'figure', 'over 1,300', { value: 1300, counted: 'militants killed' })
  await tag(page, OUTLETS.shafaq, 'figure', 'exceeded 1,600', { value: 1600, counted: 'militants killed' })
  await tag(page, OUTLETS.telesur, 'figure', 'five command centers', { value: 5, counted: 'command centres destroyed' })
  await tag(page, OUTLETS.mayadeen, 'figure', 'five command centers', { value: 5, counted: 'command centres destroyed' })

  await page.getByRole('tab', { name: 'Entities' }).click()
  await page.getByRole('button', { name: 'Hayat Tahrir al-Sham', exact: true }).click()
  await expect(page.getByRole('region', { name: /Mentions of Hayat Tahrir al-Sham/ }).getByRole('listitem').first()).toBeVisible()
  await page.screenshot({ path: 'docs/views-entities.png' })
  await page.getByRole('region', { name: 'Mentions by outlet' }).scrollIntoViewIfNeeded()
  await page.screenshot({ path: 'docs/views-entity-matrix.png' })

  await page.getByRole('tab', { name: 'Claims' }).click()
  await expect(page.getByRole('tabpanel', { name: 'Claims' }).getByRole('row')).toHaveCount(5)
  await page.screenshot({ path: 'docs/views-claims.png' })

  await page.getByRole('tab', { name: 'Figures' }).click()
  // The four outlets' tolls fall in one week (2–8 December).
  await page.getByLabel('Compare figures of the same').selectOption('Week')
  await expect(page.locator('.figure-chart').first().locator('.recharts-scatter-symbol')).toHaveCount(4)
  await page.screenshot({ path: 'docs/views-figures.png' })

  await openFromMenu(page, 'Dark theme')
  await page.screenshot({ path: 'test-results/views-figures-dark.png' })
  await page.getByRole('tab', { name: 'Entities' }).click()
  await page.getByRole('region', { name: 'Mentions by outlet' }).scrollIntoViewIfNeeded()
  await page.screenshot({ path: 'test-results/views-entities-dark.png' })
  await openFromMenu(page, 'Light theme')
  await page.getByRole('tab', { name: 'Figures' }).click()
  await page.setViewportSize({ width: 900, height: 900 })
  await page.screenshot({ path: 'test-results/views-figures-narrow.png' })
  await page.getByRole('tab', { name: 'Claims' }).click()
  await page.screenshot({ path: 'test-results/views-claims-narrow.png' })
  await page.getByRole('tab', { name: 'Entities' }).click()
  await page.screenshot({ path: 'test-results/views-entities-narrow.png' })
})
