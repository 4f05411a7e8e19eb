import { expect, test } from './support/fixtures'
import { openFromMenu } from './support/menu'

test('the start screen chooses the interface language: Arabic mirrors the window and names everything in Arabic, kept after a reload', async ({ browserApp: app }) => {
  const { page } = app
  await openFromMenu(page, 'Projects')
  const start = page.getByRole('main', { name: 'Projects' })
  await expect(start.getByLabel('Digits')).toHaveCount(0)

  await start.getByLabel('Language').selectOption('ar')
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar')
  const arabicStart = page.getByRole('main', { name: 'المشاريع' })
  await expect(arabicStart.getByRole('heading', { name: 'المشاريع الأخيرة' })).toBeVisible()
  await expect(arabicStart.getByRole('heading', { name: 'مشروع جديد' })).toBeVisible()
  // The project's own name stays as it is, isolated inside the Arabic sentence.
  await expect(arabicStart.getByRole('button', { name: /^العودة إلى / })).toContainText('Hama, 1–4 December 2024 (sample)')
  await expect(arabicStart.getByLabel('الأرقام')).toHaveValue('arab')

  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  await expect(page.getByRole('button', { name: 'القائمة' })).toBeVisible()
  await expect(page.getByRole('group', { name: 'التحرير' }).getByRole('button', { name: 'تراجع' })).toBeVisible()
  await page.keyboard.press('?')
  const shortcuts = page.getByRole('dialog', { name: 'اختصارات لوحة المفاتيح' })
  await expect(shortcuts.getByRole('heading', { name: 'التنقّل' })).toBeVisible()
  // Key names stay as the keyboard writes them.
  await expect(shortcuts.getByRole('row', { name: /المقال التالي في القائمة/ }).locator('kbd')).toHaveText('Alt+↓')
  await shortcuts.getByRole('button', { name: 'إغلاق' }).click()

  await page.getByRole('button', { name: 'القائمة' }).click()
  await page.getByRole('menu', { name: 'القائمة' }).getByRole('menuitem', { name: 'المشاريع' }).click()
  await page.getByRole('main', { name: 'المشاريع' }).getByLabel('اللغة').selectOption('en')
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr')
  await expect(start.getByRole('heading', { name: 'Recent projects' })).toBeVisible()
  await expect(start.getByRole('button', { name: 'Back to Hama, 1–4 December 2024 (sample)' })).toBeVisible()
})
