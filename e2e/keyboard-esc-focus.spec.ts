import { expect, test } from './support/fixtures'
import { readerText, tabToReaderText } from './support/reader'
import { readStoredDocument } from './support/store'

/**
 * Issue 20.2: a keyboard user must not change a span without noticing. Tab into the article, select with
 * Shift+→, press 2, press Esc: focus used to jump to the annotation list, where Shift+→ then grew the
 * annotation, announced nowhere.
 */
const ARTICLE = 'Syria: Army Strikes Supported by Russian Forces'

test('Esc after tagging from the keyboard keeps focus in the article; a keyboard resize is announced and shown', async ({ app }) => {
  const { page } = app
  await page.getByRole('navigation', { name: 'Documents' }).getByRole('button').filter({ hasText: ARTICLE }).click()
  await expect(readerText(page)).toContainText('The Syrian Arab Army, backed by Russian aviation')

  await tabToReaderText(page)
  await page.keyboard.press('Shift+ArrowRight')
  await page.keyboard.press('2')
  const actor = page.locator('mark[data-tag="actor"]:not([data-pending])')
  await expect(actor).toHaveText('Syria')
  await expect(page.getByRole('region', { name: 'Annotation details' })).toBeVisible()

  await page.keyboard.press('Escape')
  await expect(page.getByRole('region', { name: 'Annotation details' })).toHaveCount(0)
  // Focus stays where the user was: the article, not the annotation list.
  await expect(readerText(page)).toBeFocused()

  // Shift+→ with the highlight still selected moves its end, and says so on screen and to screen readers.
  await page.keyboard.press('Shift+ArrowRight')
  const message = "Actor: 'Syria: Army' now ends at 'Army'"
  await expect(page.locator('.notice').filter({ hasText: message })).toBeVisible()
  await expect(page.getByTestId('announcer')).toHaveText(message)
  await expect(actor).toHaveText('Syria: Army')
  await expect.poll(async () => (await readStoredDocument(app.projectDir, ARTICLE)).annotations.map((a) => a.quote)).toEqual(['Syria: Army'])
  await expect(readerText(page)).toBeFocused()
  await page.screenshot({ path: 'test-results/keyboard-resize-announced.png' })
})
