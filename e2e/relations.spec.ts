import { readFile } from 'node:fs/promises'
import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from './support/fixtures'
import { openFromMenu } from './support/menu'
import { dragSelect, readerText } from './support/reader'
import { FORMAT_LABELS } from './support/export-dialog'
import { callApi } from './support/api'

/**
 * Issue 20, item 10: the project defines a relation type (claim contradicts claim, across documents),
 * a claim in NationPress is related to one in Tehran Times with Relate…, the relation is listed at both
 * ends, undone and redone, and exported in Tessera JSONL on the source's line with the other document.
 */
const TEHRAN = 'Syria’s Hama stands firm'
const NATION = 'Rebels Gain Ground in Syria as Military Prepares for Offensive'
const HALTED = 'the Syrian army has halted any attempts to invade the city'
const WITHDRAWALS = 'reports indicating rapid withdrawals by government forces'
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

async function expectNoViolations(page: Page, state: string): Promise<void> {
  await page.waitForTimeout(150)
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
  await page.screenshot({ path: `test-results/relations/${state}.png` })
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), state).toEqual([])
}

async function openArticle(page: Page, title: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Documents' }).getByRole('button').filter({ hasText: title }).click()
  await expect(readerText(page)).toContainText(title)
}

const details = (page: Page) => page.getByRole('region', { name: 'Annotation details' })

async function tagClaim(page: Page, phrase: string): Promise<void> {
  await dragSelect(page, phrase)
  await page.keyboard.press('1')
  await expect(details(page).locator('.detail-quote')).toHaveText(phrase)
  await expect(page.locator('mark.highlight[data-pending]')).toHaveCount(0)
}

test('a claim in one outlet contradicts a claim in another: defined, related, listed at both ends, undone, exported', async ({ browserApp: app }) => {
  test.setTimeout(240_000)
  const { page } = app

  // Project settings: claim contradicts claim, symmetric, across documents.
  await openFromMenu(page, 'Project settings')
  const settings = page.getByRole('dialog', { name: 'Project settings' })
  const form = settings.getByRole('form', { name: 'New relation type' })
  await form.getByLabel('Relation name').fill('contradicts')
  await form.getByRole('group', { name: 'Source tags' }).getByLabel('Claim').check()
  await form.getByRole('group', { name: 'Target tags' }).getByLabel('Claim').check()
  await form.getByLabel(/^Directed/).uncheck()
  await form.getByLabel('Ends may lie in different documents').check()
  await expectNoViolations(page, 'settings-new-type')
  await form.getByRole('button', { name: 'Add relation type' }).click()
  await expect(settings.getByRole('status')).toHaveText('Added the relation type “contradicts”.')
  await expect(settings.locator('.relation-type-list')).toContainText('contradicts Claim ↔ Claim, across documents')
  await settings.getByRole('button', { name: 'Close' }).click()

  await openArticle(page, TEHRAN)
  await tagClaim(page, HALTED)
  await openArticle(page, NATION)
  await tagClaim(page, WITHDRAWALS)

  // Relate… by keyboard: the type is focused first, then the target list spans the other documents.
  await details(page).getByRole('button', { name: 'Relate…' }).click()
  await expect(details(page).getByLabel('Relation type')).toBeFocused()
  const target = details(page).getByRole('combobox', { name: 'Target' })
  await target.fill('halted')
  await expect(page.getByRole('option', { name: new RegExp(`^${HALTED}`) })).toContainText('Tehran Times')
  await expectNoViolations(page, 'relate-form')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  const nationList = details(page).getByRole('region', { name: 'In other documents' })
  await expect(nationList.getByRole('listitem')).toHaveText(new RegExp(`^Contradicts “${HALTED}” Tehran Times: ${TEHRAN}`))
  await expectNoViolations(page, 'listed-at-source')

  // The other end lists it too, once opened from here.
  await nationList.getByRole('button', { name: /^Open: Contradicts/ }).click()
  await expect(readerText(page)).toContainText(TEHRAN)
  await expect(details(page).locator('.detail-quote')).toHaveText(HALTED)
  const tehranList = details(page).getByRole('region', { name: 'In other documents' })
  await expect(tehranList.getByRole('listitem')).toHaveText(new RegExp(`^Contradicts “${WITHDRAWALS}” NationPress: ${NATION}`))
  await expectNoViolations(page, 'listed-at-target')

  // One undo step takes it away at both ends; redo brings it back.
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(tehranList).toBeHidden()
  await page.getByRole('button', { name: 'Redo' }).click()
  await expect(details(page).getByRole('region', { name: 'In other documents' }).getByRole('listitem')).toHaveCount(1)

  // Tessera JSONL holds it on the source's line, naming the target's document.
  await page.getByRole('button', { name: 'Export…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Export dataset' })
  await dialog.getByRole('radio', { name: FORMAT_LABELS.jsonl }).check()
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Export', exact: true }).click()])
  const lines = (await readFile((await download.path()) ?? '', 'utf8'))
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { type: string; id?: string; title?: string; relation_types?: { id: string }[]; relations?: { type: string; to_document?: string }[]; annotations?: { id: string; text: string }[] })
  expect(lines[0]?.relation_types?.map((t) => t.id)).toEqual(['contradicts'])
  const nation = lines.find((l) => l.title === NATION)
  const tehran = lines.find((l) => l.title === TEHRAN)
  expect(nation?.relations).toEqual([expect.objectContaining({ type: 'contradicts', to_document: tehran?.id })])
  const targetId = (nation?.relations?.[0] as { to?: string } | undefined)?.to
  expect(tehran?.annotations?.find((a) => a.id === targetId)?.text).toBe(HALTED)
})

test('the new screens have no axe violations in the dark theme, and the settings none at 320 px', async ({ browserApp: app }) => {
  test.setTimeout(180_000)
  const { page } = app
  await callApi(page, 'relationTypes.set', {
    relationTypes: [{ id: 'located-at', label: 'located at', from: ['actor'], to: ['place'], directed: true, crossDocument: false }]
  })
  await openFromMenu(page, 'Dark theme')
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await openArticle(page, NATION)
  await dragSelect(page, 'government forces')
  await page.keyboard.press('2')
  await expect(page.locator('mark.highlight[data-pending]')).toHaveCount(0)
  await details(page).getByRole('button', { name: 'Relate…' }).click()
  await expect(details(page).getByLabel('Relation type')).toBeFocused()
  await expectNoViolations(page, 'dark-relate-form')

  await page.setViewportSize({ width: 320, height: 800 })
  await openFromMenu(page, 'Project settings')
  const settings = page.getByRole('dialog', { name: 'Project settings' })
  await expect(settings.locator('.relation-type-list')).toContainText('located at Actor → Place')
  await settings.getByRole('form', { name: 'New relation type' }).scrollIntoViewIfNeeded()
  await expectNoViolations(page, 'dark-settings-320')
})
