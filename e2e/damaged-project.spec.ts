import { execFileSync } from 'node:child_process'
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { catalogueOf } from '../electron/core/shared/i18n/catalogue'
import { launchBrowserApp } from './support/browser-app'
import { expect, test } from './support/fixtures'
import { openFromMenu } from './support/menu'

// Browser mode always (`browserApp`): the spec damages a project's files beside a browser-mode server child.

test('a project whose project.json is damaged is named on the start screen and rebuilt with one click, its documents kept', async ({ browserApp: app }) => {
  const { page } = app
  const root = await mkdtemp(join(tmpdir(), 'tessera-damaged-'))
  const damaged = join(root, 'idlib')
  try {
    execFileSync(process.execPath, ['bin/tessera.js', 'init', damaged])
    execFileSync(process.execPath, ['bin/tessera.js', 'import', '--project', damaged, 'resources/sample/000_2439caa1e91efaa4.txt'])
    await writeFile(join(damaged, 'project.json'), '{"name": "Idlib study", "tags": 5')

    await openFromMenu(page, 'Projects')
    await page.getByLabel('Project folder').fill(damaged)
    await page.getByRole('button', { name: 'Open', exact: true }).click()
    const offer = page.getByRole('region', { name: 'A project needs repair' })
    await expect(offer).toContainText(`${damaged}/project.json is not valid JSON`)
    await expect(offer).toContainText('moved to')
    // Moved aside, never overwritten: the damaged bytes are kept in quarantine/ with a note.
    expect((await readdir(join(damaged, 'quarantine'))).some((name) => name.endsWith('project.json'))).toBe(true)

    await offer.getByRole('button', { name: 'Rebuild project.json from the documents' }).click()
    await expect(offer).toBeHidden()
    const documents = page.getByRole('navigation', { name: 'Documents' })
    await expect(documents.getByRole('listitem')).toHaveCount(1)
    await expect(documents).toContainText('Resistance Factions Arrive to Hama')
    // The start screen has gone: the workbench says what the repair did, until it is dismissed.
    const notice = page.locator('.workspace-notice')
    await expect(notice.locator('span')).toHaveText(
      'project.json was rebuilt. 1 document(s) added since the backup are listed again. The damaged project.json is not JSON: the name, description and tags start afresh.'
    )
    await notice.getByRole('button', { name: 'Dismiss' }).click()
    await expect(notice).toBeHidden()
  } finally {
    await rm(root, { recursive: true, force: true })
  }
})

test('in the Arabic interface, the workbench says what the repair did in Arabic', async ({ browser }) => {
  const ar = catalogueOf('ar')
  const root = await mkdtemp(join(tmpdir(), 'tessera-damaged-ar-'))
  const damaged = join(root, 'idlib')
  const app = await launchBrowserApp(browser, join(root, 'start'), { locale: 'ar-SY' })
  const { page } = app
  try {
    execFileSync(process.execPath, ['bin/tessera.js', 'init', damaged])
    execFileSync(process.execPath, ['bin/tessera.js', 'import', '--project', damaged, 'resources/sample/000_2439caa1e91efaa4.txt'])
    await writeFile(join(damaged, 'project.json'), '{"name": "Idlib study", "tags": 5')

    await page.getByRole('button', { name: ar['shell.menu'] }).click()
    await page.getByRole('menu', { name: ar['shell.menu'] }).getByRole('menuitem', { name: ar['shell.projects'] }).click()
    await page.getByLabel(ar['projects.open.folder']).fill(damaged)
    await page.getByRole('button', { name: ar['projects.open.open'], exact: true }).click()
    const offer = page.getByRole('region', { name: ar['projects.damaged.title'] })
    await offer.getByRole('button', { name: ar['projects.damaged.rebuild'] }).click()
    await expect(offer).toBeHidden()
    await expect(page.locator('.workspace-notice > span')).toHaveText(
      'أُعيد بناء project.json. ذُكر في المشروع من جديد مقال واحد مما أُضيف بعد النسخة الاحتياطية. الملف project.json التالف ليس JSON: يبدأ الاسم والوصف والوسوم من جديد.'
    )
  } finally {
    await app.close()
    await rm(root, { recursive: true, force: true })
  }
})
