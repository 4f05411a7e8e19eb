import { execFileSync } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { launchBrowserApp } from './support/browser-app'
import { expect, test } from './support/fixtures'
import { readerText } from './support/reader'

const COUNT = 1_500

test('a corpus of 1,500 documents lists only the rows in view, and the last one opens from the list', async ({ browser }) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'tessera-e2e-many-'))
  const projectDir = join(dataDir, 'project')
  // One Tessera JSONL file, imported in one call: the list is under test here, not the import of 1,500 files.
  const lines = [JSON.stringify({ type: 'header', format: 'tessera-jsonl', format_version: 2, project: 'Many reports', offset_unit: 'utf16', tags: [], entities: [] })]
  for (let i = 1; i <= COUNT; i += 1) {
    const title = `Report ${String(i).padStart(4, '0')} from the front near Hama`
    const text = `${title}\n\nBody of report ${i} 🙂 حماة.`
    lines.push(JSON.stringify({ type: 'document', id: `report-${i}`, title, outlet: '', date: '', status: 'not-started', text, annotations: [], relations: [] }))
  }
  const corpus = join(dataDir, 'reports.jsonl')
  await writeFile(corpus, `${lines.join('\n')}\n`)
  execFileSync(process.execPath, ['bin/tessera.js', 'import', '--project', projectDir, corpus])
  const app = await launchBrowserApp(browser, projectDir)
  try {
    const { page } = app
    const list = page.getByRole('navigation', { name: 'Documents' })
    await expect(list.getByRole('heading')).toContainText(String(COUNT))
    await expect(list.getByRole('button').first()).toBeVisible()
    expect(await list.getByRole('button').count()).toBeLessThan(60)

    await list.locator('.document-scroller').evaluate((scroller) => scroller.scrollTo(0, scroller.scrollHeight))
    const last = list.getByRole('listitem').filter({ hasText: 'Report 1500 from the front' })
    await expect(last).toHaveAttribute('aria-posinset', String(COUNT))
    await expect(last).toHaveAttribute('aria-setsize', String(COUNT))
    await last.getByRole('button').click()
    await expect(readerText(page)).toContainText('Body of report 1500 🙂 حماة.')
    await expect(last.getByRole('button')).toHaveAttribute('aria-current', 'true')
  } finally {
    await app.close()
    await rm(dataDir, { recursive: true, force: true })
  }
})

test('while the project is still being read the list says so, never “0 documents”, then shows them', async ({ browserApp }) => {
  const { page } = browserApp
  let release: () => void = () => undefined
  const held = new Promise<void>((resolve) => (release = resolve))
  // A copied project of 10,000 articles takes seconds to list: hold the answer as that would.
  await page.route('**/api/documents.list', async (route) => {
    await held
    await route.continue()
  })
  await page.reload()
  const list = page.getByRole('navigation', { name: 'Documents' })
  await expect(list).toHaveAttribute('aria-busy', 'true')
  await expect(list.getByRole('status')).toHaveText('Reading the project’s documents…')
  await expect(list.getByRole('heading')).not.toContainText('0')
  await expect(list).not.toContainText('0 of 0 done')
  release()
  await expect(list).toHaveAttribute('aria-busy', 'false')
  await expect(list.getByRole('heading')).toContainText('5')
  await expect(list).toContainText('of 5 done')
  await expect(list.getByText('Reading the project’s documents…')).toHaveCount(0)
})
