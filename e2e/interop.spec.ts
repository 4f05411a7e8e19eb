import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { launchBrowserApp } from './support/browser-app'
import { expect, test } from './support/fixtures'
import { emptyProject } from './support/import'
import {
  annotationRows,
  bratTextBounds,
  closeImportDialog,
  drawnCharacters,
  drawnLines,
  exportedDocument,
  exportedSpanKeys,
  importThroughDialog,
  interopPath,
  nonBlankLines,
  readJsonlExport,
  sliceCodePoints,
  spanKey
} from './support/interop'
import { highlightText, readerText } from './support/reader'

/**
 * brat and W3C files written by the peers themselves (kept in electron/core/interchange/fixtures/interop), imported through the Import
 * dialog and checked as the user sees them: the reader's text, the annotation list and its highlights,
 * and the offsets of the app's own exports. Every expectation is computed here from the source files.
 */

const BRAT = interopPath('brat-news')

interface BratDocument {
  name: string
  text: string
  spans: ReturnType<typeof bratTextBounds>
}

async function bratDocuments(folder: string): Promise<BratDocument[]> {
  const names = (await readdir(folder)).filter((file) => file.endsWith('.txt')).map((file) => basename(file, '.txt'))
  return Promise.all(
    names.sort().map(async (name) => ({
      name,
      text: await readFile(join(folder, `${name}.txt`), 'utf8'),
      spans: bratTextBounds(await readFile(join(folder, `${name}.ann`), 'utf8'))
    }))
  )
}

/** What the `.ann` says, with each span's text sliced from the `.txt` in code points (and checked against the `.ann`'s own quote). */
function bratSpanKeys(document: BratDocument): string[] {
  return document.spans
    .map((span) => {
      const text = sliceCodePoints(document.text, span.start, span.end)
      expect(text, `${document.name} ${span.id} quotes its own text`).toBe(span.quote)
      return spanKey(span.type, span.start, span.end, text)
    })
    .sort()
}

test('the brat news tutorial folder imports with its annotation.conf: every text byte for byte, every T span at its offsets', async ({ browser }) => {
  const documents = await bratDocuments(BRAT)
  const notDocuments = (await readdir(BRAT)).filter((file) => file.endsWith('.conf')).sort()
  const app = await launchBrowserApp(browser, await emptyProject())
  try {
    const { page } = app
    const report = await importThroughDialog(page, { folder: BRAT })
    await expect(report.locator('.import-summary')).toHaveText(`Imported ${documents.length}, skipped 0 (duplicates), failed 0.`)
    const skipped = report.locator('details', { hasText: 'Not documents (skipped)' })
    for (const conf of notDocuments) await expect(skipped).toContainText(`brat-news/${conf}`)
    await expect(report).toContainText('New tags added:')
    for (const type of ['Organization', 'Person', 'GPE', 'Money']) await expect(report.getByText(/^New tags added:/)).toContainText(type)

    // The introduction as the reader and the annotation list show it.
    const introduction = documents.find((d) => d.name === '000-introduction')
    if (!introduction) throw new Error('000-introduction is missing from the tutorial')
    await report.getByRole('button', { name: introduction.name, exact: true }).click()
    const reader = readerText(page)
    await expect(reader).toContainText(nonBlankLines(introduction.text)[0] ?? '')
    expect(await drawnCharacters(reader)).toBe(introduction.text.replace(/\n/g, ''))
    expect(await drawnLines(reader)).toEqual(nonBlankLines(introduction.text))
    const expectedRows = [...introduction.spans]
      .sort((a, b) => a.start - b.start || b.end - a.end)
      .map((span) => `${span.type}: ${sliceCodePoints(introduction.text, span.start, span.end)}`)
    await expect(page.getByRole('list', { name: 'Annotations of this document' }).getByRole('button')).toHaveCount(expectedRows.length)
    const rows = await annotationRows(page)
    expect(rows.map((row) => row.name)).toEqual(expectedRows)
    for (const row of rows) expect(await highlightText(page, row.id)).toBe(row.name.slice(row.name.indexOf(': ') + 2))
    // The `#` note on T2 and the attributes on T4 (declared for <ENTITY> in annotation.conf) show with their spans.
    expect(rows.find((row) => row.name === 'Money: $100 million')?.details).toContain('100000000 USD')
    const raul = rows.find((row) => row.name === 'Person: Raul Salinas de Gortari')?.details ?? ''
    expect(raul).toContain('Name')
    expect(raul).toContain('Individual')

    // The app's own JSONL export: the texts exactly as in the .txt files, the spans at the .ann's code-point offsets.
    const exported = readJsonlExport(await app.exportProject('jsonl'))
    expect(exported.documents).toHaveLength(documents.length)
    for (const document of documents) {
      const found = exportedDocument(exported, { title: document.name })
      expect(found.text, `${document.name}: the text as in its .txt`).toBe(document.text)
      expect(exportedSpanKeys(exported, found), `${document.name}: the T spans of its .ann`).toEqual(bratSpanKeys(document))
    }

    // And out again as brat: the same .txt bytes, the same T spans.
    const zip = unzipSync(new Uint8Array(await app.exportProject('brat')))
    for (const document of documents) {
      const entry = (suffix: string): Uint8Array => {
        const path = Object.keys(zip).find((name) => name.endsWith(`/${document.name}${suffix}`) || name === `${document.name}${suffix}`)
        if (!path) throw new Error(`the brat export has no ${document.name}${suffix}: ${Object.keys(zip).join(', ')}`)
        return zip[path] as Uint8Array
      }
      expect(Buffer.from(entry('.txt')).equals(await readFile(join(BRAT, `${document.name}.txt`))), `${document.name}.txt byte for byte`).toBe(true)
      // The export names each type by its tag id, the source's type in lower case ("Organization" → "organization").
      const lowerCase = (d: BratDocument): BratDocument => ({ ...d, spans: d.spans.map((span) => ({ ...span, type: span.type.toLowerCase() })) })
      const again = { ...document, spans: bratTextBounds(strFromU8(entry('.ann'))) }
      expect(bratSpanKeys(again), `${document.name}.ann T spans`).toEqual(bratSpanKeys(lowerCase(document)))
    }
  } finally {
    await app.close()
  }
})

test('W3C samples that point at web pages, and invalid ones, are refused with their reasons in the report', async ({ browser }) => {
  const webPage = interopPath('w3c-samples', 'correct', 'anno1.json')
  const invalid = interopPath('w3c-samples', 'incorrect', 'anno3.json')
  const target = (JSON.parse(await readFile(webPage, 'utf8')) as { target: string }).target
  const context = (JSON.parse(await readFile(invalid, 'utf8')) as { '@context': string })['@context']
  expect(context).not.toBe('http://www.w3.org/ns/anno.jsonld')
  const app = await launchBrowserApp(browser, await emptyProject())
  try {
    const { page } = app
    const report = await importThroughDialog(page, { files: [webPage, invalid] })
    await expect(report.locator('.import-summary')).toHaveText('Imported 0, skipped 0 (duplicates), failed 2.')
    const failed = report.locator('.report-failed').getByRole('listitem')
    await expect(failed.filter({ hasText: 'anno1.json' })).toContainText(`it points to a web page or other web resource (${target}), not to a text Tessera holds`)
    await expect(failed.filter({ hasText: 'anno3.json' })).toContainText('is not a valid W3C Web Annotation: its @context does not name http://www.w3.org/ns/anno.jsonld')
    await closeImportDialog(page)
    await expect(page.getByRole('navigation', { name: 'Documents' }).getByRole('button')).toHaveCount(0)
  } finally {
    await app.close()
  }
})

test('a W3C Web Annotation export of brat documents is read back into an empty project: the same texts, the same offsets', async ({ browser }) => {
  // No W3C sample carries its text (each points at a page on the web); the W3C file read here is Tessera's own.
  const folder = join(await mkdtemp(join(tmpdir(), 'tessera-e2e-w3c-')), 'brat-pair')
  await mkdir(folder)
  for (const file of ['000-introduction.txt', '000-introduction.ann', '040-text_span_annotation.txt', '040-text_span_annotation.ann', 'annotation.conf']) {
    await copyFile(join(BRAT, file), join(folder, file))
  }
  const documents = await bratDocuments(folder)
  const w3cFile = join(folder, '..', 'collection.jsonld')
  const first = await launchBrowserApp(browser, await emptyProject())
  try {
    const report = await importThroughDialog(first.page, { folder })
    await expect(report.locator('.import-summary')).toHaveText(`Imported ${documents.length}, skipped 0 (duplicates), failed 0.`)
    await closeImportDialog(first.page)
    await writeFile(w3cFile, await first.exportProject('w3c'))
  } finally {
    await first.close()
  }
  const second = await launchBrowserApp(browser, await emptyProject())
  try {
    const { page } = second
    const report = await importThroughDialog(page, { files: [w3cFile] })
    await expect(report.locator('.import-summary')).toHaveText(`Imported ${documents.length}, skipped 0 (duplicates), failed 0.`)
    await report.getByRole('button', { name: '040-text_span_annotation', exact: true }).click()
    const spans = documents.find((d) => d.name === '040-text_span_annotation')?.spans ?? []
    // The list fills as the document's annotations arrive: read it once they are all in.
    await expect
      .poll(async () => (await annotationRows(page)).map((row) => row.name))
      .toEqual([...spans].sort((a, b) => a.start - b.start || b.end - a.end).map((s) => `${s.type}: ${s.quote}`))
    const exported = readJsonlExport(await second.exportProject('jsonl'))
    for (const document of documents) {
      const found = exportedDocument(exported, { title: document.name })
      expect(found.text, `${document.name}: the text as in its .txt`).toBe(document.text)
      expect(exportedSpanKeys(exported, found), `${document.name}: the T spans of its .ann`).toEqual(bratSpanKeys(document))
    }
  } finally {
    await second.close()
    await rm(join(folder, '..'), { recursive: true, force: true })
  }
})
