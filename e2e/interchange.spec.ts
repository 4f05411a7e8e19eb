import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { launchBrowserApp } from './support/browser-app'
import { expect, test } from './support/fixtures'
import { emptyProject } from './support/import'

test('a brat export folder imports its documents; annotation.conf and tessera.json are reported as not documents', async ({ browser }) => {
  const folder = join(await mkdtemp(join(tmpdir(), 'tessera-e2e-brat-')), 'hama-brat')
  await mkdir(folder, { recursive: true })
  // "Hama 🙂 report\n\n" is 15 code points: the actor starts there in brat's unit.
  await writeFile(join(folder, 'hama.txt'), 'Hama 🙂 report\n\nThe army said 1,200 fighters fled.')
  await writeFile(join(folder, 'hama.ann'), 'T1\tactor 15 23\tThe army\n')
  await writeFile(join(folder, 'quiet.txt'), 'Quiet day\n\nNothing happened near حماة.')
  await writeFile(join(folder, 'quiet.ann'), '')
  await writeFile(join(folder, 'annotation.conf'), '[entities]\nactor\n[relations]\n[events]\n[attributes]\n')
  await writeFile(
    join(folder, 'tessera.json'),
    JSON.stringify({ format: 'tessera-brat', documents: [{ file: 'hama', title: 'Hama 🙂 report', source: 'SANA' }, { file: 'quiet', title: 'Quiet day' }] })
  )
  const app = await launchBrowserApp(browser, await emptyProject())
  try {
    const { page } = app
    await page.getByRole('button', { name: 'Import…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Import articles' })
    await dialog.getByLabel('Choose a folder').setInputFiles(folder)
    await dialog.getByRole('button', { name: 'Import 6 files' }).click()
    const report = dialog.getByRole('region', { name: 'Import report' })
    await expect(report.getByText('Imported 2, skipped 0 (duplicates), failed 0.')).toBeVisible()
    const skipped = report.locator('details', { hasText: 'Not documents (skipped)' })
    await expect(skipped).toContainText('hama-brat/annotation.conf')
    await expect(skipped).toContainText('hama-brat/tessera.json')
    await expect(skipped.getByRole('listitem')).toHaveCount(2)
    await page.screenshot({ path: 'test-results/interchange-brat-folder-report.png' })
    const list = page.getByRole('navigation', { name: 'Documents' })
    await expect(list.getByRole('button')).toHaveCount(2)
    await expect(list).toContainText('Hama 🙂 report')
    await expect(list).toContainText('SANA')
    await expect(list).not.toContainText('annotation')
  } finally {
    await app.close()
    await rm(dirname(folder), { recursive: true, force: true })
  }
})
