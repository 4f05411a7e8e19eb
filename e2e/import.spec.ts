import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { launchBrowserApp } from './support/browser-app'
import { expect, test } from './support/fixtures'
import { dropFiles, emptyProject, paste } from './support/import'
import { readerText } from './support/reader'
import { readStoredProject } from './support/store'

const ARTICLE = (title: string, outlet: string) =>
  `${title}\nDamascus, Dec 1 (${outlet})\nThe army said it had regrouped north of Hama after two days of fighting with armed factions.\nResidents reported that the roads to Idlib remained closed.\n`

test('an empty project shows how to import; the dialog imports several files with progress and a report', async ({ browser }) => {
  const app = await launchBrowserApp(browser, await emptyProject())
  try {
    const { page } = app
    await expect(page.getByRole('heading', { name: 'No articles yet' })).toBeVisible()
    await page.getByRole('button', { name: 'Import articles…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Import articles' })
    await dialog.getByLabel('Choose files').setInputFiles([
      { name: 'rebels.txt', mimeType: 'text/plain', buffer: Buffer.from(ARTICLE('Rebels Gain Ground', 'NationPress')) },
      { name: 'arabic.txt', mimeType: 'text/plain', buffer: await readFile('electron/core/import/fixtures/arabic-windows-1256.txt') },
      { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) }
    ])
    await expect(dialog.getByRole('status').first()).toHaveText('3 files chosen')
    await dialog.getByRole('button', { name: 'Import 3 files' }).click()
    await expect(dialog.getByRole('progressbar', { name: 'Import progress' })).toBeVisible()
    const report = dialog.getByRole('region', { name: 'Import report' })
    await expect(report.getByText('Imported 2, skipped 0 (duplicates), failed 1.')).toBeVisible()
    await expect(report.locator('.report-failed')).toContainText('empty.txt is empty.')
    await expect(report).toContainText('arabic.txt: windows-1256')
    await report.getByRole('button', { name: 'الجيش السوري يعزز دفاعاته في ريف حماة' }).click()
    await expect(dialog).toBeHidden()
    await expect(readerText(page)).toContainText('قالت مصادر عسكرية')
    const list = page.getByRole('navigation', { name: 'Documents' })
    await expect(list.getByRole('button')).toHaveCount(2)
    await expect(list).toContainText('NationPress')
  } finally {
    await app.close()
  }
})

test('a chosen folder is imported with its subfolders, each file named by its path in the folder', async ({ browser }) => {
  const folder = join(await mkdtemp(join(tmpdir(), 'tessera-e2e-folder-')), 'corpus')
  await mkdir(join(folder, 'web'), { recursive: true })
  await writeFile(join(folder, 'first.txt'), ARTICLE('First article from the folder', 'Outlet A'))
  await copyFile('electron/core/import/fixtures/article.html', join(folder, 'web', 'article.html'))
  const app = await launchBrowserApp(browser, await emptyProject())
  try {
    const { page } = app
    await page.getByRole('button', { name: 'Import…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Import articles' })
    await dialog.getByLabel('Choose a folder').setInputFiles(folder)
    await dialog.getByRole('button', { name: 'Import 2 files' }).click()
    const report = dialog.getByRole('region', { name: 'Import report' })
    await expect(report.getByText('Imported 2, skipped 0 (duplicates), failed 0.')).toBeVisible()
    await expect(report).toContainText('corpus/web/article.html')
    await expect(report).toContainText('corpus/first.txt')
  } finally {
    await app.close()
    await rm(dirname(folder), { recursive: true, force: true })
  }
})

test('Cancel while a pack of files is still on its way: the stop overtakes it and nothing is imported', async ({ browser }) => {
  const app = await launchBrowserApp(browser, await emptyProject())
  try {
    const { page } = app
    // The import call (all six files in one pack) reaches the server a second late, as a large upload would;
    // the stop, a small call, gets there first. (import-progress.spec.ts stops a pack mid-way.)
    await page.route('**/api/import.files', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1000))
      await route.continue()
    })
    await page.getByRole('button', { name: 'Import…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Import articles' })
    const files = Array.from({ length: 6 }, (_, i) => ({ name: `article-${i}.txt`, mimeType: 'text/plain', buffer: Buffer.from(ARTICLE(`Article number ${i}`, `Outlet ${i}`)) }))
    await dialog.getByLabel('Choose files').setInputFiles(files)
    await dialog.getByRole('button', { name: 'Import 6 files' }).click()
    await expect(dialog.getByText(/^0 of 6 files/)).toBeVisible()
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    const summary = dialog.getByRole('region', { name: 'Import report' }).locator('.import-summary')
    await expect(summary).toHaveText('Cancelled. Imported 0, skipped 0 (duplicates), failed 0.')
    await dialog.getByRole('button', { name: 'Done' }).click()
    await expect(page.getByRole('heading', { name: 'No articles yet' })).toBeVisible()
    // The report came once the delayed pack was answered: the core, told to stop first, imported none of it.
    await app.stopServer?.()
    expect((await readStoredProject(app.projectDir)).documents).toEqual([])
  } finally {
    await app.close()
  }
})

test('files dropped on the window are imported, with a report', async ({ app }) => {
  const { page } = app
  await expect(page.getByRole('navigation', { name: 'Documents' }).getByRole('button').first()).toBeVisible()
  const before = await page.getByRole('navigation', { name: 'Documents' }).getByRole('button').count()
  await dropFiles(page, [
    { name: 'dropped.md', type: 'text/markdown', content: '# Dropped headline about Hama\n\nThe **army** said it held the [line](https://example.org).' },
    { name: 'corpus.jsonl', type: 'application/jsonl', content: '{"text": "🙂 Rebels entered Hama.", "label": [[2, 8, "ACTOR"], [17, 21, "PLACE"]]}\n' }
  ])
  const dialog = page.getByRole('dialog', { name: 'Import articles' })
  await expect(dialog.getByText('Imported 2, skipped 0 (duplicates), failed 0.')).toBeVisible()
  await dialog.getByRole('button', { name: '🙂 Rebels entered Hama.' }).click()
  await expect(page.locator('mark[data-tag="actor"]')).toHaveText('Rebels')
  await expect(page.locator('mark[data-tag="place"]')).toHaveText('Hama')
  await expect(page.getByRole('navigation', { name: 'Documents' }).getByRole('button')).toHaveCount(before + 2)
})

test('Ctrl+V with nothing selected offers to import the pasted text', async ({ app }) => {
  const { page } = app
  await expect(page.getByRole('navigation', { name: 'Documents' }).getByRole('button').first()).toBeVisible()
  await paste(
    page,
    'Pasted headline about Idlib',
    '<h1>Pasted headline about Idlib</h1><p>The ministry denied any withdrawal from Idlib on Tuesday.</p><img src="http://attacker.test/x.png" onerror="window.__pwned=1">'
  )
  await page.getByRole('button', { name: 'Import pasted text' }).click()
  const dialog = page.getByRole('dialog', { name: 'Import articles' })
  await expect(dialog.getByText('Imported 1, skipped 0 (duplicates), failed 0.')).toBeVisible()
  await dialog.getByRole('button', { name: 'Pasted headline about Idlib' }).click()
  await expect(readerText(page)).toContainText('The ministry denied any withdrawal from Idlib on Tuesday.')
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined()
})

test('the document details form edits metadata that persists and appears in exports', async ({ app }) => {
  const { page } = app
  const list = page.getByRole('navigation', { name: 'Documents' })
  await list.getByRole('button').filter({ hasText: 'Syrian army enters Hama countryside' }).click()
  await page.getByText('Document details').click()
  const form = page.getByRole('form', { name: 'Document details' })
  await form.getByLabel('Author').fill('Shafaq desk')
  await form.getByLabel('Outlet').fill('Shafaq News (Baghdad)')
  await form.getByLabel('URL').fill('javascript:alert(1)')
  await form.getByRole('button', { name: 'Save details' }).click()
  await expect(form.getByRole('alert')).toContainText('Not saved: ')
  await expect(form.getByRole('alert')).toContainText('http:// or https://')
  await form.getByLabel('URL').fill('https://shafaq.com/en/hama')
  await form.getByRole('button', { name: 'Save details' }).click()
  await expect(form.getByRole('status')).toHaveText('Saved')
  await expect(list).toContainText('Shafaq News (Baghdad)')

  // Undo and redo change the form too, as it shows what the store holds.
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(form.getByLabel('Author')).toHaveValue('')
  await expect(form.getByRole('button', { name: 'Save details' })).toBeDisabled()
  await page.getByRole('button', { name: 'Redo' }).click()
  await expect(form.getByLabel('Author')).toHaveValue('Shafaq desk')

  // The details stay open for the next article, with that article's values.
  await list.getByRole('button').filter({ hasText: 'Syria’s Hama stands firm' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Syria’s Hama stands firm' })).toBeVisible()
  await expect(form.getByLabel('Outlet')).toHaveValue('Tehran Times')

  await app.restart()
  await app.page.getByRole('navigation', { name: 'Documents' }).getByRole('button').filter({ hasText: 'Syrian army enters Hama countryside' }).click()
  // Clicked at once, before the article arrives: the details open for whichever article is shown, and stay open.
  await app.page.getByText('Document details').click()
  await expect(app.page.getByRole('heading', { level: 1, name: /^Syrian army enters Hama countryside/ })).toBeVisible()
  const reopened = app.page.getByRole('form', { name: 'Document details' })
  await expect(reopened.getByLabel('Author')).toHaveValue('Shafaq desk')
  await expect(reopened.getByLabel('URL')).toHaveValue('https://shafaq.com/en/hama')
  const exported = (await app.exportProject('jsonl')).toString('utf8')
  expect(exported).toContain('Shafaq News (Baghdad)')
})
