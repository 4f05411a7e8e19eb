import { execFileSync } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { catalogueOf } from '../electron/core/shared/i18n/catalogue'
import { createTranslator } from '../electron/core/shared/i18n/translator'
import { launchBrowserApp } from './support/browser-app'
import { expect, test } from './support/fixtures'
import { dragSelect, readerText } from './support/reader'

/**
 * `npm run screenshot`: each screen of the Arabic interface, for the README (docs/arabic/). The sample
 * articles with an Arabic report beside them, its dateline read for outlet and date, as an analyst has it.
 */
const ar = catalogueOf('ar')
const ARABIC_REPORT = [
  'الجيش السوري يعزز مواقعه في ريف حماة',
  'الميادين — حماه، 4 كانون الأول/ديسمبر 2024',
  'قالت مصادر ميدانية إن الجيش السوري أرسل تعزيزات إلى ريف حماة الشمالي، فيما أعلنت «هيئة تحرير الشام» (HTS) سيطرتها على بلدات عدة.',
  'وأفاد مسؤول في الدفاع المدني بأن أكثر من 50 ألف شخص نزحوا من المنطقة خلال يومين، وبأن الطرق إلى حمص مفتوحة.'
].join('\n\n')

async function shot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(200)
  await page.screenshot({ path: `docs/arabic/${name}.png` })
}

async function menu(page: Page, item: string): Promise<void> {
  await page.getByRole('button', { name: ar['shell.menu'] }).click()
  await page.getByRole('menu', { name: ar['shell.menu'] }).getByRole('menuitem', { name: item }).click()
}

test('README screenshots of the Arabic interface', async ({ browser }) => {
  test.setTimeout(240_000)
  const dataDir = await mkdtemp(join(tmpdir(), 'tessera-arabic-shots-'))
  const projectDir = join(dataDir, 'project')
  execFileSync(process.execPath, ['bin/tessera.js', 'init', projectDir, '--name', 'حماة، ١–٤ كانون الأول ٢٠٢٤'])
  await writeFile(join(dataDir, 'mayadeen.txt'), ARABIC_REPORT)
  const sample = ['000_2439caa1e91efaa4.txt', '001_c55a67c84c38bff4.txt', '004_2671f9bbbae1434d.txt'].map((name) => join('resources/sample', name))
  execFileSync(process.execPath, ['bin/tessera.js', 'import', '--project', projectDir, join(dataDir, 'mayadeen.txt'), ...sample])
  const app = await launchBrowserApp(browser, projectDir, { locale: 'ar-SY', sample: false })
  const { page } = app
  try {
    await page.setViewportSize({ width: 1440, height: 900 })
    await page.getByRole('navigation', { name: ar['documents.pane'] }).getByRole('button').filter({ hasText: 'الجيش السوري يعزز' }).click()
    await expect(readerText(page)).toContainText('ريف حماة الشمالي')
    for (const [phrase, key] of [
      ['الجيش السوري', '2'],
      ['ريف حماة الشمالي', '3'],
      ['هيئة تحرير الشام', '2'],
      ['أعلنت «هيئة تحرير الشام» (HTS) سيطرتها على بلدات عدة', '1'],
      ['أكثر من 50 ألف شخص', '4'],
      ['حمص', '3']
    ] as const) {
      await dragSelect(page, phrase)
      await page.keyboard.press(key)
      await expect(page.locator('mark[data-pending]')).toHaveCount(0)
    }
    await page.locator('mark[data-tag="figure"]').first().click()
    await expect(page.getByRole('region', { name: ar['annotations.details'] })).toBeVisible()
    await shot(page, 'workbench')
    await page.emulateMedia({ colorScheme: 'dark' })
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
    await shot(page, 'workbench-dark')
    await page.emulateMedia({ colorScheme: 'light' })
    await page.keyboard.press('Escape')

    const views = page.getByRole('tablist', { name: ar['views.tabs'] })
    for (const [tab, name] of [
      [ar['views.tab.entities'], 'view-entities'],
      [ar['views.tab.claims'], 'view-claims'],
      [ar['views.tab.figures'], 'view-figures']
    ] as const) {
      await views.getByRole('tab', { name: tab }).click()
      await expect(views.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true')
      await shot(page, name)
    }
    await views.getByRole('tab', { name: ar['views.tab.reader'] }).click()

    await page.getByRole('banner').getByRole('button', { name: ar['shell.find'], exact: true }).click()
    await page.getByRole('dialog').getByRole('searchbox').fill('حماه')
    await expect(page.getByRole('dialog').getByRole('status')).toContainText(/[٠-٩]/u)
    await shot(page, 'find')
    await page.getByRole('dialog').getByRole('button', { name: ar['common.close'] }).first().click()
    await expect(page.getByRole('dialog')).toBeHidden()

    for (const [command, name] of [
      [ar['shell.import'], 'import'],
      [ar['shell.export'], 'export']
    ] as const) {
      await page.getByRole('banner').getByRole('button', { name: command, exact: true }).click()
      await expect(page.getByRole('dialog')).toBeVisible()
      await shot(page, name)
      await page.keyboard.press('Escape')
      await expect(page.getByRole('dialog')).toBeHidden()
    }

    // An import's report: the core's reasons and warnings said in Arabic, the file names as they are.
    await page.getByRole('banner').getByRole('button', { name: ar['shell.import'], exact: true }).click()
    const importDialog = page.getByRole('dialog', { name: ar['importing.title'] })
    const lines = [
      JSON.stringify({ text: 'اشتباكات عنيفة في محيط حماة، والجيش يرسل تعزيزات.', label: [[19, 23, 'LOC'], [25, 30, 'ORG']] }),
      JSON.stringify({ text: '   ', label: [] })
    ].join('\n')
    await importDialog.getByLabel(ar['importing.skipInvalid']).check()
    await importDialog.getByLabel(ar['importing.chooseFilesLabel']).setInputFiles([
      { name: 'notes-hama.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
      { name: 'doccano-hama.jsonl', mimeType: 'application/jsonl', buffer: Buffer.from(lines) }
    ])
    await importDialog.getByRole('button', { name: createTranslator('ar', 'arab').t('importing.startFiles', { count: 2 }) }).click()
    await expect(importDialog.getByRole('region', { name: ar['importing.report'] })).toBeVisible()
    await shot(page, 'import-report')
    await page.keyboard.press('Escape')
    await expect(page.getByRole('dialog')).toBeHidden()

    await menu(page, ar['shell.tags'])
    await expect(page.getByRole('dialog')).toBeVisible()
    await shot(page, 'tags')
    await page.keyboard.press('Escape')
    await expect(page.getByRole('dialog')).toBeHidden()

    await menu(page, ar['shell.projects'])
    await expect(page.getByRole('main', { name: ar['projects.start.label'] })).toBeVisible()
    await shot(page, 'start-screen')
  } finally {
    await app.close()
    await rm(dataDir, { recursive: true, force: true })
  }
})
