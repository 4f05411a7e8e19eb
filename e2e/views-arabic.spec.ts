import { expect, test } from './support/fixtures'
import { readerText } from './support/reader'

test('in Arabic the view tabs speak Arabic, the arrow keys follow the mirrored strip, and counts use Arabic-Indic digits', async ({ app }) => {
  const { page } = app
  await expect(readerText(page)).toBeVisible()
  await page.getByRole('button', { name: 'Menu' }).click()
  await page.getByRole('menuitemradio', { name: 'العربية' }).click()
  await expect(page.getByRole('heading', { name: 'التعليقات التوضيحية، ٠', exact: true })).toBeAttached()

  // The strip runs from the right: the reader is the rightmost tab, and ← moves on to the next one.
  await page.getByRole('tab', { name: 'القارئ' }).focus()
  await page.keyboard.press('ArrowLeft')
  await expect(page.getByRole('tab', { name: 'الكيانات' })).toBeFocused()
  await expect(page.getByRole('tabpanel', { name: 'الكيانات' })).toContainText('لا كيانات بعد.')
  await page.keyboard.press('ArrowLeft')
  await expect(page.getByRole('tabpanel', { name: 'الادعاءات' })).toContainText('لا ادعاءات بعد.')
  await expect(page.getByRole('region', { name: 'عرض الادعاءات' })).toBeVisible()
  await page.keyboard.press('ArrowRight')
  await expect(page.getByRole('tab', { name: 'الكيانات' })).toHaveAttribute('aria-selected', 'true')
  // End reaches the leftmost tab, Review; → steps back to Agreement, then Figures.
  await page.keyboard.press('End')
  await expect(page.getByRole('tab', { name: 'المراجعة' })).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('ArrowRight')
  await expect(page.getByRole('tab', { name: 'الاتفاق' })).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('ArrowRight')
  await expect(page.getByRole('tabpanel', { name: 'الأرقام' })).toContainText('لا أرقام للمقارنة بعد.')

  // Back in English, every word is as it was.
  await page.getByRole('button', { name: 'القائمة' }).click()
  await page.getByRole('menuitemradio', { name: 'English' }).click()
  await expect(page.getByRole('tabpanel', { name: 'Figures' })).toContainText('No figures to compare yet.')
  await expect(page.getByRole('heading', { name: 'Annotations, 0', exact: true })).toBeAttached()
})
