import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { launchBrowserApp } from './support/browser-app'
import { expect, test } from './support/fixtures'
import { openFromMenu } from './support/menu'
import { readerText } from './support/reader'

// Browser mode always (`browserApp`): these specs damage files and fail writes of a browser-mode server child.

const SHAFAQ = 'Syrian army enters Hama countryside'
const TEHRAN = 'Syria’s Hama stands firm'

function documentRow(page: Page, title: string) {
  return page.getByRole('navigation', { name: 'Documents' }).getByRole('listitem').filter({ hasText: title })
}

async function openDocument(page: Page, title: string): Promise<void> {
  await documentRow(page, title).getByRole('button').click()
  await expect(readerText(page)).toContainText(title)
}

async function openBackups(page: Page) {
  await openFromMenu(page, 'Project settings')
  await page.getByRole('dialog', { name: 'Project settings' }).getByRole('button', { name: 'Backups…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Backups' })
  await expect(dialog.getByRole('table').or(dialog.getByText('No backups yet'))).toBeVisible()
  return dialog
}

test('restores an earlier backup, and the restore itself can be undone from the snapshot it took first', async ({ browserApp: app }) => {
  const { page } = app
  // A new project has no backup yet: take one by hand.
  let backups = await openBackups(page)
  await expect(backups.getByText('No backups yet')).toBeVisible()
  await backups.getByRole('button', { name: 'Back up now' }).click()
  await expect(backups.getByRole('status')).toHaveText('Backed up 5 documents.')
  await expect(backups.getByRole('row').filter({ hasText: 'Backed up by hand' })).toHaveCount(1)
  await expect(backups.getByRole('row').filter({ hasText: 'Backed up by hand' })).toContainText('Verified')
  await backups.getByRole('button', { name: 'Close' }).click()

  await openDocument(page, SHAFAQ)
  await page.getByLabel('Status', { exact: true }).selectOption('done')
  await expect(documentRow(page, SHAFAQ)).toContainText('Done')

  backups = await openBackups(page)
  await backups.getByRole('row').filter({ hasText: 'Backed up by hand' }).getByRole('button', { name: /^Restore/ }).click()
  await expect(backups.getByRole('group')).toContainText('The current state is snapshotted first')
  await backups.getByRole('button', { name: 'Restore this backup' }).click()
  await expect(backups.getByRole('status')).toContainText('The state before the restore was kept as')
  const beforeRestore = backups.getByRole('row').filter({ hasText: 'Before a restore' })
  await expect(beforeRestore).toHaveCount(1)
  // The workbench behind the dialog reloaded the restored project: the change is gone.
  await expect(documentRow(page, SHAFAQ)).toContainText('Not started')

  await beforeRestore.getByRole('button', { name: /^Restore/ }).click()
  await backups.getByRole('button', { name: 'Restore this backup' }).click()
  await expect(backups.getByRole('row').filter({ hasText: 'Before a restore' })).toHaveCount(2)
  await backups.getByRole('button', { name: 'Close' }).click()
  await expect(documentRow(page, SHAFAQ)).toContainText('Done')
  await page.reload()
  await expect(documentRow(page, SHAFAQ)).toContainText('Done')
})

test('shows the progress of the corpus, filters by status, outlet and words, and sorts both ways', async ({ browserApp: app }) => {
  const { page } = app
  const list = page.getByRole('navigation', { name: 'Documents' })
  const progress = list.getByRole('progressbar', { name: 'Corpus progress' })
  await expect(progress).toHaveAttribute('aria-valuetext', '0 of 5 done, 0 in progress, 5 not started')

  await openDocument(page, SHAFAQ)
  await page.getByLabel('Status', { exact: true }).selectOption('done')
  await expect(progress).toHaveAttribute('aria-valuetext', '1 of 5 done, 0 in progress, 4 not started')
  await openDocument(page, TEHRAN)
  await page.getByLabel('Status', { exact: true }).selectOption('in-progress')
  await expect(progress).toHaveAttribute('aria-valuetext', '1 of 5 done, 1 in progress, 3 not started')
  await expect(progress).toHaveAttribute('aria-valuenow', '1')

  const rows = list.getByRole('listitem')
  await list.getByRole('combobox', { name: 'Status' }).selectOption('done')
  await expect(rows).toHaveCount(1)
  await expect(rows.first()).toContainText(SHAFAQ)
  await expect(rows.first()).toHaveAttribute('aria-setsize', '1')
  await expect(rows.first()).toHaveAttribute('aria-posinset', '1')
  await expect(list.getByRole('heading')).toContainText('1 of 5')

  await list.getByRole('combobox', { name: 'Status' }).selectOption('all')
  await list.getByRole('combobox', { name: 'Outlet' }).selectOption('Tehran Times')
  await expect(rows).toHaveCount(1)
  await expect(rows.first()).toContainText(TEHRAN)
  await list.getByRole('combobox', { name: 'Outlet' }).selectOption('all')

  await list.getByRole('searchbox').fill('HAMA army')
  await expect(rows).toHaveCount(2)
  await list.getByRole('searchbox').fill('')
  await expect(rows).toHaveCount(5)

  await list.getByRole('combobox', { name: 'Sort by' }).selectOption('status')
  await expect(rows.nth(3)).toContainText(TEHRAN)
  await expect(rows.nth(4)).toContainText(SHAFAQ)
  await list.getByRole('combobox', { name: 'Order' }).selectOption('desc')
  await expect(rows.first()).toContainText(SHAFAQ)
  await expect(rows.first()).toHaveAttribute('aria-posinset', '1')
  await expect(rows.first()).toHaveAttribute('aria-setsize', '5')

  await list.getByRole('combobox', { name: 'Sort by' }).selectOption('date')
  await expect(rows.first()).toContainText(SHAFAQ)
  await expect(rows.last()).toContainText('Rebels Gain Ground')
  await list.getByRole('combobox', { name: 'Sort by' }).selectOption('title')
  await expect(rows.first()).toContainText('Syrian army enters')
  await list.getByRole('combobox', { name: 'Order' }).selectOption('asc')
  await expect(rows.first()).toContainText('Rebels Gain Ground')
  await list.getByRole('combobox', { name: 'Sort by' }).selectOption('source')
  await expect(rows.first()).toContainText('Resistance Factions')
  await expect(rows.last()).toContainText('Syria: Army Strikes')
})

test('names the changes a failed write kept in memory, keeps them unsaved, and saves them on Retry', async ({ browser }) => {
  // The server runs from source through tsx, which starts slowly on a loaded machine.
  test.slow()
  const dataDir = await mkdtemp(join(tmpdir(), 'tessera-e2e-kept-'))
  const failure = join(dataDir, 'write-failure')
  const app = await launchBrowserApp(browser, join(dataDir, 'project'), { writeFailureSwitch: failure })
  try {
    const { page } = app
    await openDocument(page, SHAFAQ)
    await writeFile(failure, 'ENOSPC')
    await page.getByLabel('Status', { exact: true }).selectOption('done')
    const notice = page.getByRole('alert', { name: 'Unsaved changes' })
    await expect(notice).toContainText(`Could not save 1 change to ‘${SHAFAQ}`)
    await expect(notice).toContainText('The disk is full: could not save')
    await expect(notice).toContainText('(ENOSPC)')
    await expect(notice).toContainText('kept in memory, not on disk, and retried every 5 s')
    // Nothing claims it is saved: the list still shows the stored status.
    await expect(documentRow(page, SHAFAQ)).toContainText('Not started')

    await notice.getByRole('button', { name: 'Retry now' }).click()
    await expect(notice).toContainText('Still not saved: 1 change kept.')
    await expect(notice).toBeVisible()

    await writeFile(failure, '')
    await notice.getByRole('button', { name: 'Retry now' }).click()
    await expect(notice).toHaveCount(0)
    await expect(documentRow(page, SHAFAQ)).toContainText('Done')
    await page.reload()
    await expect(documentRow(page, SHAFAQ)).toContainText('Done')
  } finally {
    await app.close()
    await rm(dataDir, { recursive: true, force: true })
  }
})

test('names a document damaged on disk before start, and restores it from the newest backup', async ({ browser }) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'tessera-e2e-damaged-'))
  const projectDir = join(dataDir, 'project')
  let app = await launchBrowserApp(browser, projectDir)
  try {
    const backups = await openBackups(app.page)
    await backups.getByRole('button', { name: 'Back up now' }).click()
    await expect(backups.getByRole('row')).toHaveCount(2)
    await app.close()

    const project = JSON.parse(await readFile(join(projectDir, 'project.json'), 'utf8')) as { documentIds: string[] }
    const id = project.documentIds.find((documentId) => documentId.startsWith('shafaq')) ?? ''
    await writeFile(join(projectDir, 'documents', `${id}.json`), '{"schemaVersion": 2, "id": "cut sh')

    app = await launchBrowserApp(browser, projectDir)
    const { page } = app
    const notice = page.getByRole('alert', { name: 'Damaged documents' })
    await expect(notice).toContainText(`${id}.json`)
    await expect(notice).toContainText('not valid JSON')
    await expect(notice).toContainText('quarantine')
    await notice.getByRole('button', { name: /Restore from backup/ }).click()
    await expect(notice).toHaveCount(0)
    await expect(readerText(page)).toContainText('Shafaq News/')
    await page.reload()
    await openDocument(page, SHAFAQ)
    await expect(readerText(page)).toContainText('Shafaq News/')
  } finally {
    await app.close()
    await rm(dataDir, { recursive: true, force: true })
  }
})
