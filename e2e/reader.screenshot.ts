import { execFileSync } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { launchBrowserApp } from './support/browser-app'
import { expect, test } from './support/fixtures'
import { openFromMenu } from './support/menu'
import { dragSelect, readerText } from './support/reader'

/** Where the reader screenshots go (TESSERA_SHOTS, else a folder in the system's temporary directory). */
const SHOTS = process.env.TESSERA_SHOTS ?? join(tmpdir(), 'tessera-reader-shots')

test('reader: a selected highlight with its handles, nested in a claim, focused from the keyboard', async ({ app }) => {
  const { page } = app
  await page.getByRole('navigation', { name: 'Documents' }).getByRole('button').filter({ hasText: 'Syrian army enters Hama countryside' }).click()
  await expect(readerText(page)).toContainText('Shafaq News/')
  await dragSelect(page, 'HTS-led armed factions took control of 18 villages and towns in Hama province')
  await page.keyboard.press('1')
  await dragSelect(page, '8 vill')
  await page.keyboard.press('4')
  await expect(page.locator('mark.highlight[data-pending]')).toHaveCount(0)
  await expect(page.getByRole('complementary', { name: 'Annotations' }).locator('.annotation-item')).toHaveCount(2)
  await page.keyboard.press('Escape')
  await page.keyboard.press('Escape')
  await page.locator('body').click({ position: { x: 5, y: 5 } })
  await page.keyboard.press('j')
  await page.keyboard.press('j')
  await expect(page.getByRole('group', { name: 'Figure: 18 villages' })).toBeFocused()
  await page.waitForTimeout(400)
  await page.screenshot({ path: join(SHOTS, 'reader-selected-handles.png') })
  await openFromMenu(page, 'Dark theme')
  await page.waitForTimeout(300)
  await page.screenshot({ path: join(SHOTS, 'reader-selected-handles-dark.png') })
})

test('reader: an Arabic and Hebrew article, right to left, with a figure in Arabic-Indic digits and a find in progress', async ({ browser }) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'tessera-shot-rtl-'))
  const projectDir = join(dataDir, 'project')
  const article = [
    'اشتباكات عنيفة قرب حماة',
    'قال المرصد السوري إن الفصائل دمّرت ١٢ دبابة قرب مدينة حماة، وأسرت عدداً من الجنود، فيما قالت وزارة الدفاع إن قواتها صدّت الهجوم.',
    'Monitors said the army lost 12 tanks near Hama.',
    'אמר הדובר כי הצבא נסוג מהעיר.'
  ].join('\n\n')
  await writeFile(join(dataDir, 'hama-ar.txt'), article)
  execFileSync(process.execPath, ['bin/tessera.js', 'import', '--project', projectDir, join(dataDir, 'hama-ar.txt')])
  const app = await launchBrowserApp(browser, projectDir)
  try {
    const { page } = app
    await page.getByRole('navigation', { name: 'Documents' }).getByRole('button').filter({ hasText: 'اشتباكات' }).click()
    await dragSelect(page, 'قال المرصد السوري إن الفصائل دمّرت ١٢ دبابة')
    await page.keyboard.press('1')
    await dragSelect(page, '٢ دبا')
    await page.keyboard.press('4')
    await dragSelect(page, 'دينة حم')
    await page.keyboard.press('3')
    await expect(page.locator('mark.highlight[data-pending]')).toHaveCount(0)
  await expect(page.getByRole('complementary', { name: 'Annotations' }).locator('.annotation-item')).toHaveCount(3)
    await page.waitForTimeout(400)
    await page.screenshot({ path: join(SHOTS, 'reader-rtl.png') })
    await page.keyboard.press('Control+f')
    await page.getByRole('dialog', { name: 'Find' }).getByRole('searchbox', { name: 'Find' }).fill('حماة')
    await page.waitForTimeout(800)
    await page.screenshot({ path: join(SHOTS, 'reader-rtl-find.png') })
  } finally {
    await app.close()
    await rm(dataDir, { recursive: true, force: true })
  }
})
