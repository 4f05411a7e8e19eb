import { callApi } from './support/api'
import { expect, test } from './support/fixtures'
import { readerText } from './support/reader'

test('an Arabic article’s dateline gives its outlet and date in the document list (issue 24.3)', async ({ app }) => {
  const { page } = app
  await expect(readerText(page)).toBeVisible()
  const article = 'الجيش السوري يعزز مواقعه في ريف حماة\n\nالميادين — حماه، ٤ كانون الأول/ديسمبر ٢٠٢٤\n\nأفادت مصادر ميدانية بوصول تعزيزات عسكرية إلى ريف حماة الشمالي.'
  const report = await callApi(page, 'import.files', { files: [{ name: 'hama.txt', base64: Buffer.from(article, 'utf8').toString('base64') }] })
  expect(report.imported).toHaveLength(1)
  const entry = page.getByRole('navigation', { name: 'Documents' }).getByRole('button').filter({ hasText: 'الجيش السوري يعزز مواقعه' })
  await expect(entry).toContainText('الميادين')
  await expect(entry).toContainText('4 Dec 2024')
  await expect(entry).not.toContainText('Unknown')
  await expect(entry).not.toContainText('undated')
})
