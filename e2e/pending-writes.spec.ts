import type { Page, Route } from '@playwright/test'
import { expect, test } from './support/fixtures'
import { dragSelect, readerText } from './support/reader'

const ARTICLE = 'Syrian army enters Hama countryside'

// Browser mode always (`browserApp`): the failing write is simulated on the HTTP transport.

test.beforeEach(async ({ browserApp: app }) => {
  await app.page.getByRole('navigation', { name: 'Documents' }).getByRole('button').filter({ hasText: ARTICLE }).click()
  await expect(readerText(app.page)).toContainText('Shafaq News/')
})

/** Holds the next call of `method` until `release()`, then answers it with the core's error envelope. */
async function failNext(page: Page, method: string, message: string): Promise<{ release(): void }> {
  let release = (): void => undefined
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route(`**/api/${method}`, async (route: Route) => {
    await held
    await route.fulfill({
      status: 500,
      contentType: 'application/json',
      body: JSON.stringify({ ok: false, error: { code: 'internal', message } })
    })
  })
  return { release: () => release() }
}

test('a new highlight is drawn pending at once, and removed with a message when the write fails', async ({ browserApp: app }) => {
  const { page } = app
  const status = page.getByTestId('save-state')
  const write = await failNext(page, 'annotations.create', 'disk full')

  await dragSelect(page, 'Hama city')
  await page.keyboard.press('2')
  const pending = page.locator('mark[data-tag="actor"][data-pending="create"]')
  await expect(pending).toHaveText('Hama city')
  await expect(pending).toHaveAttribute('aria-description', 'not saved yet')
  await expect(status).toHaveText('Saving…')

  write.release()
  await expect(page.locator('mark[data-tag="actor"]')).toHaveCount(0)
  await expect(page.getByRole('alert')).toContainText('The highlight was not saved and has been removed: disk full')
  await expect(status).toHaveText('No changes yet')
  await expect(page.getByRole('complementary', { name: 'Annotations' }).getByRole('button', { name: /^Actor:/ })).toHaveCount(0)

  // The same action succeeds once the store accepts writes again, and the highlight turns normal.
  await page.unroute('**/api/annotations.create')
  await dragSelect(page, 'Hama city')
  await page.keyboard.press('2')
  await expect(page.locator('mark[data-tag="actor"]:not([data-pending])')).toHaveText('Hama city')
  await page.reload()
  await expect(page.locator('mark[data-tag="actor"]')).toHaveText('Hama city')
})

test('a failed retag and a failed delete roll back to the stored annotation', async ({ browserApp: app }) => {
  const { page } = app
  await dragSelect(page, 'Hama city')
  await page.keyboard.press('3')
  const place = page.locator('mark[data-tag="place"]:not([data-pending])')
  await expect(place).toHaveText('Hama city')

  const retag = await failNext(page, 'annotations.setTag', 'read-only folder')
  await page.keyboard.press('2')
  await expect(page.locator('mark[data-tag="actor"][data-pending="retag"]')).toHaveText('Hama city')
  retag.release()
  await expect(place).toHaveText('Hama city')
  await expect(page.getByRole('alert')).toContainText('The new tag was not saved; the annotation keeps its tag: read-only folder')

  const removal = await failNext(page, 'annotations.delete', 'read-only folder')
  await page.keyboard.press('Delete')
  await expect(page.locator('mark[data-tag="place"][data-pending="delete"]')).toHaveText('Hama city')
  removal.release()
  await expect(place).toHaveText('Hama city')
  await expect(page.getByRole('alert')).toContainText('The annotation was not deleted: read-only folder')
})

test('a note being saved shows Saving… in the top bar; when its write fails the field rolls back to the stored note with a message', async ({ browserApp: app }) => {
  const { page } = app
  const status = page.getByTestId('save-state')
  await dragSelect(page, 'Hama city')
  await page.keyboard.press('3')
  await expect(page.locator('mark[data-tag="place"]:not([data-pending])')).toHaveText('Hama city')
  const note = page.getByRole('region', { name: 'Annotation details' }).getByLabel('Note')
  await note.fill('stored note')
  await expect(status).toHaveText(/^Saved/)

  const write = await failNext(page, 'annotations.setNote', 'disk full')
  await note.fill('lost note')
  await expect(status).toHaveText('Saving…')
  write.release()
  await expect(page.getByRole('alert')).toContainText('The note was not saved; it shows what is stored: disk full')
  await expect(note).toHaveValue('stored note')
  await expect(status).toHaveText(/^Saved/)
})
