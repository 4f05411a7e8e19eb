import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createCore } from '../electron/core/core'
import { ProjectStore } from '../electron/core/store/project-store'
import { launchBrowserApp } from './support/browser-app'
import { expect, test } from './support/fixtures'
import { importTexts } from '../electron/core/testing/import-texts'

const TITLE = 'Three thousand spans around Hama'
const PARAGRAPHS = 400
const SPANS = 3_000
const SHORT_TITLE = 'A short note'

function article(): string {
  const paragraphs = [TITLE]
  for (let i = 1; i <= PARAGRAPHS; i += 1) paragraphs.push(`Paragraph ${i}: 🙂 the army near حماة 🇸🇾 counted ${i * 3} people; monitors said so.`)
  paragraphs.push('The closing word is Zanzibar')
  return paragraphs.join('\n\n')
}

/** A project with one document holding more annotations than the first slice of an open (1,000) and than one page (1,500). */
async function projectWithSpans(projectDir: string): Promise<{ text: string; documentId: string }> {
  const core = await createCore({ projectDir, resourcesDir: resolve('resources'), author: 'e2e', seedSample: false })
  const [summary] = await importTexts(core, [
      { fileName: 'spans.txt', content: article() },
      { fileName: 'short.txt', content: `${SHORT_TITLE}\n\nA short note with no spans.` }
    ])
  core.close()
  const documentId = summary?.id ?? ''
  const store = await ProjectStore.open(projectDir)
  let text = ''
  const now = new Date().toISOString()
  await store.updateDocument(documentId, (draft) => {
    text = draft.text
    // The first words and the last ones: the first span opens the text, the last one ends it.
    const all = [...draft.text.matchAll(/\p{L}+|\d+/gu)]
    const words = [...all.slice(0, 1_000), ...all.slice(all.length - (SPANS - 1_000))]
    draft.annotations = words.map((word, i) => {
      const start = word.index
      const end = start + word[0].length
      return { id: `bulk-${String(i).padStart(4, '0')}`, tag: 'claim', start, end, quote: word[0], prefix: '', suffix: '', attributes: {}, note: '', author: 'e2e', createdAt: now, updatedAt: now, entityId: null }
    })
  })
  store.close()
  return { text, documentId }
}

test('a document with thousands of spans opens in slices, ends with every span drawn, and follows another window’s change without reading it again', async ({ browser }) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'tessera-e2e-paged-'))
  const projectDir = join(dataDir, 'project')
  const { text, documentId } = await projectWithSpans(projectDir)
  const app = await launchBrowserApp(browser, projectDir)
  try {
    const { page } = app
    const reads: string[] = []
    page.on('request', (request) => {
      const method = /\/api\/(documents\.(?:get|open|annotations))$/.exec(request.url())?.[1]
      if (method) reads.push(method)
    })
    const reader = page.locator('article.reader')
    // The only document opens at start; once it is in, open it again from the list and watch that open.
    await expect(page.locator('mark[data-annotation-id="bulk-0000"]')).toBeVisible()
    await expect(reader).not.toHaveAttribute('aria-busy', 'true')
    reads.length = 0
    await page.getByRole('navigation', { name: 'Documents' }).getByRole('button').filter({ hasText: TITLE }).click()
    await expect(page.locator('mark[data-annotation-id="bulk-0000"]')).toBeVisible()
    await expect(reader).not.toHaveAttribute('aria-busy', 'true')
    const annotations = page.getByRole('complementary', { name: 'Annotations' })
    // Counts are written as the interface writes numbers: grouped ("3,000").
    await expect(annotations.locator('.pane-count')).toHaveText(SPANS.toLocaleString('en-GB'))
    expect(reads).toEqual(['documents.open', 'documents.annotations', 'documents.annotations'])

    // The last span came with the last slice: at the end of the text it is drawn over exactly its word.
    const lastId = `bulk-${SPANS - 1}`
    await page.getByRole('region', { name: 'Reader' }).evaluate((pane) => pane.scrollTo(0, pane.scrollHeight))
    const last = page.locator(`mark[data-annotation-id="${lastId}"]`)
    await expect(last).toBeVisible()

    // Another window (a second client of the same server) retags the first span and adds one: patched here, no read.
    const token = await page.evaluate(() => sessionStorage.getItem('tessera.token') ?? '')
    const start = text.indexOf('monitors said so', text.length - 200)
    await page.evaluate(
      async ({ token, calls }) => {
        for (const [method, input] of calls) {
          const response = await fetch(`/api/${method}`, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: JSON.stringify(input) })
          if (!response.ok) throw new Error(`${method}: ${response.status}`)
        }
      },
      {
        token,
        calls: [
          ['annotations.setTag', { documentId, annotationId: lastId, tag: 'place' }],
          ['annotations.create', { documentId, tag: 'actor', start, end: start + 'monitors'.length }]
        ] as const
      }
    )
    await expect(last).toHaveAttribute('data-tag', 'place')
    await expect(page.locator('mark[data-tag="actor"]', { hasText: 'monitors' })).toBeVisible()
    await expect(annotations.locator('.pane-count')).toHaveText((SPANS + 1).toLocaleString('en-GB'))
    expect(reads).toEqual(['documents.open', 'documents.annotations', 'documents.annotations'])
  } finally {
    await app.close()
    await rm(dataDir, { recursive: true, force: true })
  }
})

test('a claim from the Claims view opens its long article at the span, selected, though it comes in the last slice', async ({ browser }) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'tessera-e2e-paged-'))
  const projectDir = join(dataDir, 'project')
  await projectWithSpans(projectDir)
  const app = await launchBrowserApp(browser, projectDir)
  try {
    const { page } = app
    await page.getByRole('navigation', { name: 'Documents' }).getByRole('button').filter({ hasText: SHORT_TITLE }).click()
    await expect(page.getByRole('article', { name: `Text of ${SHORT_TITLE}` })).toBeVisible()
    await page.getByRole('tab', { name: 'Claims' }).click()
    const claims = page.getByRole('tabpanel', { name: 'Claims' })
    await claims.getByPlaceholder('Words in the claim').fill('Zanzibar')
    await claims.getByRole('button', { name: 'Zanzibar', exact: true }).click()
    const selected = page.locator('mark.highlight[data-selected="true"]')
    await expect(selected).toHaveText('Zanzibar')
    await expect(selected).toHaveAttribute('data-annotation-id', `bulk-${SPANS - 1}`)
    await expect(selected).toBeInViewport()
  } finally {
    await app.close()
    await rm(dataDir, { recursive: true, force: true })
  }
})
