import AxeBuilder from '@axe-core/playwright'
import { execFileSync } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { callApi } from './support/api'
import { launchBrowserApp } from './support/browser-app'
import { expect, test } from './support/fixtures'
import { readerText } from './support/reader'
import { readStoredProject } from './support/store'

const MAYADEEN = [
  'اشتباكات في ريف حماه',
  'قال الجيـــش إن الفصائل شنّت هجوماً على حماه، وإن مسلحين قُتلوا قرب حماة أمس.',
  'وأضاف مسؤول أمريكي أن إسماعيل والجولانى غادرا.'
].join('\n\n')
const SHAFAQ = ['بيان من حَمَاة', 'قال الجيش إن الهدوء عاد إلى حَمَاة صباح اليوم.'].join('\n\n')
const WCAG_A_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

// Each test imports its own project through the CLI and starts a server: more than the default minute on a busy machine.
test.describe.configure({ timeout: 180_000 })

async function withArabicProject(browser: Parameters<typeof launchBrowserApp>[0], use: (page: Page, projectDir: string) => Promise<void>) {
  const dataDir = await mkdtemp(join(tmpdir(), 'tessera-e2e-search-'))
  const projectDir = join(dataDir, 'project')
  await writeFile(join(dataDir, 'mayadeen.txt'), MAYADEEN)
  await writeFile(join(dataDir, 'shafaq.txt'), SHAFAQ)
  execFileSync(process.execPath, ['bin/tessera.js', 'import', '--project', projectDir, join(dataDir, 'mayadeen.txt'), join(dataDir, 'shafaq.txt')])
  const app = await launchBrowserApp(browser, projectDir)
  try {
    await use(app.page, projectDir)
  } finally {
    await app.close()
    await rm(dataDir, { recursive: true, force: true })
  }
}

async function openFind(page: Page): Promise<Locator> {
  await page.locator('body').click({ position: { x: 5, y: 5 } })
  await page.keyboard.press('Control+f')
  return page.getByRole('dialog', { name: 'Find' })
}

async function openArticle(page: Page, title: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Documents' }).getByRole('button').filter({ hasText: title }).click()
  await expect(readerText(page)).toContainText(title)
}

test('find and Tag all fold Arabic variants (tatweel, shadda, tashkeel, hamza, ى, ة/ه); Exact letters keeps them apart', async ({ browser }) => {
  await withArabicProject(browser, async (page, projectDir) => {
    await openArticle(page, 'اشتباكات في ريف حماه')
    const dialog = await openFind(page)
    const find = dialog.getByRole('searchbox', { name: 'Find' })
    const count = dialog.getByRole('status')
    for (const [query, expected] of [
      ['الجيش', '1 match'],
      ['شنت', '1 match'],
      ['قتلوا', '1 match'],
      ['امريكي', '1 match'],
      ['اسماعيل', '1 match'],
      ['الجولاني', '1 match'],
      ['حَمَاة', '3 matches']
    ] as const) {
      await find.fill(query)
      await expect(count, query).toHaveText(expected)
    }
    await dialog.getByLabel('Exact letters').check()
    await expect(count).toHaveText('0 matches')
    await find.fill('حماة')
    await expect(count).toHaveText('1 match')
    await dialog.getByLabel('Exact letters').uncheck()
    await expect(count).toHaveText('3 matches')
    await expect(dialog.locator('.find-results mark')).toHaveText(['حماه', 'حماه', 'حماة'])

    await dialog.getByLabel('Tag all matches as').selectOption({ label: 'Place' })
    await dialog.getByRole('button', { name: 'Tag all matches' }).click()
    await expect(dialog.getByText('Tagged 3 matches as Place.')).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(page.locator('mark[data-tag="place"]:not([data-pending])')).toHaveText(['حماه', 'حماه', 'حماة'])
    const [stored] = (await readStoredProject(projectDir)).documents.filter((d) => d.title.includes('ريف'))
    expect(stored?.annotations.map((a) => stored.text.slice(a.start, a.end)).sort()).toEqual(['حماة', 'حماه', 'حماه'])
    await page.getByRole('button', { name: 'Undo' }).click()
    await expect(page.locator('mark[data-tag="place"]')).toHaveCount(0)
  })
})

test('the Claims text filter folds tashkeel: "قتلوا" finds the claim written قُتلوا', async ({ browser }) => {
  await withArabicProject(browser, async (page) => {
    const [document] = (await callApi(page, 'documents.list', {})).filter((d) => d.title.includes('ريف'))
    if (!document) throw new Error('no document')
    const { text } = await callApi(page, 'documents.get', { documentId: document.id })
    const claim = 'مسلحين قُتلوا قرب حماة'
    await callApi(page, 'annotations.create', { documentId: document.id, tag: 'claim', start: text.indexOf(claim), end: text.indexOf(claim) + claim.length })
    await page.getByRole('tab', { name: 'Claims' }).click()
    const claims = page.getByRole('tabpanel', { name: 'Claims' })
    await expect(claims.getByRole('row').filter({ hasText: claim })).toBeVisible()
    await claims.getByLabel('Text').fill('قتلوا حماه')
    await expect(claims.getByRole('row').filter({ hasText: claim })).toBeVisible()
    await claims.getByLabel('Text').fill('قتلوا دمشق')
    await expect(claims).toContainText('No claim matches these filters')
  })
})

test('corpus search: a safe regular expression over a filtered set, Tag all with one undo, a saved search that survives a reload', async ({ browser }) => {
  await withArabicProject(browser, async (page, projectDir) => {
    const documents = await callApi(page, 'documents.list', {})
    for (const document of documents) {
      const source = document.title.includes('ريف') ? 'الميادين' : 'شفق نيوز'
      await callApi(page, 'documents.updateMetadata', { documentId: document.id, changes: { source, date: '2024-12-04' } })
    }
    await page.reload()
    await expect(readerText(page)).toBeVisible()
    let dialog = await openFind(page)
    await dialog.getByLabel('All documents').check()
    await dialog.getByLabel('Search for').selectOption({ label: 'Regular expression' })
    await dialog.getByRole('searchbox', { name: 'Find' }).fill('(a+)+$')
    await expect(dialog.getByRole('status')).toHaveText('0 matches in 0 documents')
    await dialog.getByRole('searchbox', { name: 'Find' }).fill('(a)\\1')
    await expect(dialog.getByText(/backreference/)).toBeVisible()
    await dialog.getByRole('searchbox', { name: 'Find' }).fill('حما(ه|ة)')
    await expect(dialog.getByRole('status')).toHaveText('5 matches in 2 documents')
    await dialog.getByLabel('Outlet').selectOption('شفق نيوز')
    await expect(dialog.getByRole('status')).toHaveText('2 matches in 1 document')
    await expect(dialog.locator('.find-results mark')).toHaveText(['حَمَاة', 'حَمَاة'])
    await expect(dialog.locator('.find-context').first()).toContainText('بيان من حَمَاة')

    await dialog.getByLabel('Tag all matches as').selectOption({ label: 'Place' })
    await dialog.getByRole('button', { name: 'Tag all matches' }).click()
    await expect(dialog.getByText('Tagged 2 matches as Place.')).toBeVisible()
    const tagged = (await readStoredProject(projectDir)).documents.flatMap((d) => d.annotations.map((a) => d.text.slice(a.start, a.end)))
    expect(tagged).toEqual(['حَمَاة', 'حَمَاة'])

    await dialog.getByLabel('Name').fill('حماة، كل الأشكال')
    await dialog.getByRole('button', { name: 'Save search' }).click()
    await expect(dialog.getByRole('button', { name: 'Run حماة، كل الأشكال' })).toBeVisible()
    const axe = await new AxeBuilder({ page }).include('.find-dialog').withTags(WCAG_A_AA).analyze()
    expect(axe.violations.map((v) => v.id)).toEqual([])
    await page.keyboard.press('Escape')

    await page.getByRole('button', { name: 'Undo' }).click()
    await expect.poll(async () => (await readStoredProject(projectDir)).documents.flatMap((d) => d.annotations)).toHaveLength(0)

    await page.reload()
    await expect(readerText(page)).toBeVisible()
    dialog = await openFind(page)
    await dialog.getByLabel('All documents').check()
    await dialog.getByRole('button', { name: 'Run حماة، كل الأشكال' }).click()
    await expect(dialog.getByRole('searchbox', { name: 'Find' })).toHaveValue('حما(ه|ة)')
    await expect(dialog.getByLabel('Search for')).toHaveValue('regex')
    await expect(dialog.getByRole('status')).toHaveText('2 matches in 1 document')
    await dialog.getByRole('button', { name: 'Delete حماة، كل الأشكال' }).click()
    await expect(dialog.getByText('None saved yet.')).toBeVisible()
  })
})
