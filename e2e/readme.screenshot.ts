import { expect, test } from './support/fixtures'
import { dragSelect, readerText } from './support/reader'

/** `npm run screenshot`: the annotated sample article shown in the README. */
test('README screenshot', async ({ app }) => {
  const { page } = app
  await page.getByRole('navigation', { name: 'Documents' }).getByRole('button').filter({ hasText: 'Syria’s Hama stands firm' }).click()
  await expect(readerText(page)).toContainText('TEHRAN')
  const spans: [string, string][] = [
    ['Hayat Tahrir al-Sham', '2'],
    ['Amid a reportedly lightening advance of the militants from the Hayat Tahrir al-Sham terrorist group towards Hama', '1'],
    ['the Syrian army', '2'],
    ['Hama', '3'],
    ['The Syrian Ministry of Defense', '2'],
    ['denied reports of a military withdrawal from Hama', '1'],
    ['northern and eastern Hama countryside', '3'],
    ['Syrian Arab News Agency', '2'],
    ['killing dozens of them', '4'],
    ['Morek', '3']
  ]
  for (const [phrase, key] of spans) {
    await dragSelect(page, phrase)
    await page.keyboard.press(key)
    await expect(page.getByTestId('save-state')).toHaveText(/^Saved /)
  }
  await page.getByRole('region', { name: 'Reader' }).evaluate((pane) => pane.scrollTo(0, 0))
  await page.locator('mark[data-tag="claim"]').first().click()
  await page.screenshot({ path: 'docs/screenshot.png' })
  // The same screen in the dark theme, which the app follows from the system setting by default.
  await page.emulateMedia({ colorScheme: 'dark' })
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await page.screenshot({ path: 'docs/screenshot-dark.png' })
})
