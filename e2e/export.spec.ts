import { readFile } from 'node:fs/promises'
import { unzipSync } from 'fflate'
import { expect, test } from './support/fixtures'
import { FORMAT_LABELS } from './support/export-dialog'
import { dragSelect, readerText } from './support/reader'

const ARTICLE = 'Syria’s Hama stands firm'
const ACTOR = 'Hayat Tahrir al-Sham'

// Browser mode always: the browser's download is what this spec reads (the desktop save dialog is covered by export-dialog.test.ts).
test('the export dialog exports the chosen documents as brat and says where they went until dismissed', async ({ browserApp: app }) => {
  const { page } = app
  const documents = page.getByRole('navigation', { name: 'Documents' }).getByRole('button')
  await documents.filter({ hasText: ARTICLE }).click()
  await expect(readerText(page)).toContainText('TEHRAN - Amid')
  await dragSelect(page, ACTOR)
  await page.keyboard.press('2')
  await expect(page.locator('mark[data-tag="actor"]:not([data-pending])')).toHaveText(ACTOR)

  await page.getByRole('button', { name: 'Export…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Export dataset' })
  await expect(dialog.getByRole('radio', { name: FORMAT_LABELS.jsonl })).toBeChecked()
  await dialog.getByRole('radio', { name: FORMAT_LABELS.brat }).check()
  // brat fixes its offsets to code points: the choice is shown but cannot be changed.
  await expect(dialog.getByRole('combobox', { name: 'Offsets' })).toBeDisabled()
  const outlets = dialog.getByRole('group', { name: 'Outlet' }).getByRole('checkbox')
  await expect(outlets).toHaveCount(5)
  await outlets.first().uncheck()
  await page.screenshot({ path: 'test-results/export-dialog.png' })

  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Export', exact: true }).click()])
  expect(download.suggestedFilename()).toMatch(/-brat\.zip$/)
  const files = unzipSync(await readFile((await download.path()) ?? ''))
  const names = Object.keys(files)
  expect(names.filter((n) => n.endsWith('.txt'))).toHaveLength(4)
  expect(names).toContain('annotation.conf')
  const anns = names.filter((n) => n.endsWith('.ann')).map((n) => new TextDecoder().decode(files[n]))
  expect(anns.join('')).toMatch(new RegExp(`^T1\\tactor \\d+ \\d+\\t${ACTOR}$`, 'm'))

  await expect(dialog).toBeHidden()
  const notice = page.getByRole('region', { name: 'Export finished' })
  await expect(notice).toContainText('4 documents as brat standoff (ZIP) downloaded as')
  await page.screenshot({ path: 'test-results/export-notice.png' })
  // It stays while the user works on.
  await documents.first().click()
  await expect(readerText(page)).toBeVisible()
  await expect(notice).toBeVisible()
  await notice.getByRole('button', { name: 'Dismiss export notice' }).click()
  await expect(notice).toBeHidden()
})

test('the export dialog refuses an export with no tag chosen, keeps keys from the document behind it and closes with Escape', async ({ app }) => {
  const { page } = app
  const documents = page.getByRole('navigation', { name: 'Documents' }).getByRole('button')
  await documents.filter({ hasText: ARTICLE }).click()
  // The article must be drawn before the drag: clicking only starts loading it.
  await expect(readerText(page)).toContainText(ACTOR)
  await dragSelect(page, ACTOR)
  await page.keyboard.press('2')
  await expect(page.locator('mark[data-tag="actor"]:not([data-pending])')).toHaveText(ACTOR)
  await page.locator('mark[data-tag="actor"]').click()
  await page.getByRole('button', { name: 'Export…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Export dataset' })
  const tags = dialog.getByRole('group', { name: 'Tags' })
  await tags.getByRole('button', { name: 'None' }).click()
  await expect(dialog.getByRole('alert')).toHaveText('Choose at least one tag.')
  await expect(dialog.getByRole('button', { name: 'Export', exact: true })).toBeDisabled()
  // Delete and a tag key pressed in the dialog leave the selected annotation alone.
  await dialog.getByRole('button', { name: 'Cancel' }).focus()
  await page.keyboard.press('Delete')
  await page.keyboard.press('1')
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(page.locator('mark[data-tag="actor"]')).toHaveText(ACTOR)
  await expect(page.locator('mark[data-tag="claim"]')).toHaveCount(0)
})
