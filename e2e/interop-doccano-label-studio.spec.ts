import { readFile } from 'node:fs/promises'
import { launchBrowserApp } from './support/browser-app'
import { expect, test } from './support/fixtures'
import { emptyProject } from './support/import'
import {
  annotationRows,
  closeImportDialog,
  drawnCharacters,
  exportedDocument,
  exportedSpanKeys,
  importThroughDialog,
  interopPath,
  readJsonlExport,
  sliceCodePoints,
  spanKey
} from './support/interop'
import { highlightText, readerText } from './support/reader'

/**
 * doccano and Label Studio files written by those tools (kept in electron/core/interchange/fixtures/interop), imported through the
 * Import dialog; every text and offset expected here is computed from the source files.
 */

interface SourceDocument {
  text: string
  /** `LABEL start end "text"`, the text sliced from the source text in code points. */
  spans: string[]
}

type Span = [start: number, end: number, label: string]

/** The documents of a doccano JSONL file: each line's text (from `textField`) and its spans, `label` pairs or `entities`. */
async function doccanoDocuments(file: string, fields: { text: string; label: string } = { text: 'text', label: 'label' }): Promise<SourceDocument[]> {
  const lines = (await readFile(file, 'utf8')).split('\n').filter((line) => line.trim())
  return lines.map((line) => {
    const record = JSON.parse(line) as Record<string, unknown>
    const text = record[fields.text] as string
    const entities = (record.entities ?? []) as { start_offset: number; end_offset: number; label: string }[]
    const spans: Span[] = [...((record[fields.label] ?? []) as Span[]), ...entities.map((e): Span => [e.start_offset, e.end_offset, e.label])]
    return { text, spans: spans.map(([start, end, label]) => spanKey(label, start, end, sliceCodePoints(text, start, end))).sort() }
  })
}

interface LabelStudioTask {
  data: Record<string, string>
  annotations: { result: { value: { start: number; end: number; labels: string[]; text: string } }[] }[]
}

/** A Label Studio task's text (`data[field]`) and its labelled spans, sliced from that text in code points. */
function labelStudioDocument(task: LabelStudioTask, field: string): SourceDocument & { quotes: string[] } {
  const text = task.data[field] ?? ''
  const values = task.annotations.flatMap((set) => set.result.map((result) => result.value))
  return {
    text,
    spans: values.flatMap((v) => v.labels.map((label) => spanKey(label, v.start, v.end, sliceCodePoints(text, v.start, v.end)))).sort(),
    quotes: values.map((v) => v.text)
  }
}

async function jsonOf<T>(path: string): Promise<T> {
  return JSON.parse(await readFile(path, 'utf8')) as T
}

test('doccano files import with their spans at their code-point offsets; relations of types Tessera lacks are reported', async ({ browser }) => {
  const relationFile = interopPath('doccano', 'data_import__tests__data__relation_extraction__example.jsonl')
  const labelFile = interopPath('doccano', 'data_export__pipeline__examples__sequence_labeling__example.jsonl')
  const documents = [...(await doccanoDocuments(relationFile)), ...(await doccanoDocuments(labelFile))]
  const relations = JSON.parse((await readFile(relationFile, 'utf8')).trim()) as { relations: { type: string }[] }
  const relationCounts = new Map<string, number>()
  for (const { type } of relations.relations) relationCounts.set(type, (relationCounts.get(type) ?? 0) + 1)
  const app = await launchBrowserApp(browser, await emptyProject())
  try {
    const { page } = app
    const report = await importThroughDialog(page, { files: [relationFile, labelFile] })
    await expect(report.locator('.import-summary')).toHaveText(`Imported ${documents.length}, skipped 0 (duplicates), failed 0.`)
    const warnings = report.locator('details', { hasText: 'Warnings' })
    for (const [type, count] of relationCounts) await expect(warnings).toContainText(`${type} (${count})`)

    // The relation example as the reader and the annotation list show it.
    const google = documents[0] as SourceDocument
    await report.getByRole('button', { name: google.text, exact: true }).click()
    expect(await drawnCharacters(readerText(page))).toBe(google.text)
    const expectedRows = google.spans
      .map((key) => /^(\S+) (\d+) (\d+) (".*")$/.exec(key))
      .map((m) => ({ start: Number(m?.[2]), end: Number(m?.[3]), name: `${m?.[1]}: ${JSON.parse(m?.[4] ?? '""') as string}` }))
      .sort((a, b) => a.start - b.start || b.end - a.end)
      .map((row) => row.name)
    // The list fills as the document's annotations arrive: read it once they are all in.
    await expect(page.getByRole('list', { name: 'Annotations of this document' }).getByRole('button')).toHaveCount(expectedRows.length)
    const rows = await annotationRows(page)
    expect(rows.map((row) => row.name)).toEqual(expectedRows)
    for (const row of rows) expect(await highlightText(page, row.id)).toBe(row.name.slice(row.name.indexOf(': ') + 2))

    const exported = readJsonlExport(await app.exportProject('jsonl'))
    expect(exported.documents).toHaveLength(documents.length)
    for (const document of documents) expect(exportedSpanKeys(exported, exportedDocument(exported, { text: document.text }))).toEqual(document.spans)
  } finally {
    await app.close()
  }
})

test('Label Studio: a single task object and an export array import with their spans at their offsets', async ({ browser }) => {
  const singleTask = interopPath('label-studio', 'named_entity__annotations__1.json')
  const exportArray = interopPath('label-studio', 'rich_text_plain__annotations__1.as_export_array.json')
  const named = labelStudioDocument(await jsonOf<LabelStudioTask>(singleTask), 'text')
  const [richTask] = await jsonOf<LabelStudioTask[]>(exportArray)
  // This task keeps its text in data.ner, its only field; the span's quote does not match its offsets there.
  const rich = labelStudioDocument(richTask as LabelStudioTask, 'ner')
  const app = await launchBrowserApp(browser, await emptyProject())
  try {
    const { page } = app
    const report = await importThroughDialog(page, { files: [singleTask, exportArray] })
    await expect(report.locator('.import-summary')).toHaveText('Imported 2, skipped 0 (duplicates), failed 0.')
    const warnings = report.locator('details', { hasText: 'Warnings' })
    await expect(warnings).toContainText('the text was read from data.ner')
    await expect(warnings).toContainText(`does not quote "${rich.quotes[0]}"`)
    await closeImportDialog(page)

    await page.getByRole('navigation', { name: 'Documents' }).getByRole('button').filter({ hasText: 'Showers continued' }).click()
    expect(await drawnCharacters(readerText(page))).toBe(named.text.replace(/\n/g, ''))
    await expect(page.getByRole('list', { name: 'Annotations of this document' }).getByRole('button')).toHaveCount(named.quotes.length)
    const rows = await annotationRows(page)
    expect(rows.map((row) => row.name)).toEqual(named.quotes.map((quote) => `Date: ${quote}`))
    for (const row of rows) expect(await highlightText(page, row.id)).toBe(named.quotes[0])

    const exported = readJsonlExport(await app.exportProject('jsonl'))
    expect(exportedSpanKeys(exported, exportedDocument(exported, { text: named.text }))).toEqual(named.spans)
    expect(exportedSpanKeys(exported, exportedDocument(exported, { text: rich.text }))).toEqual(rich.spans)
  } finally {
    await app.close()
  }
})

test('the Text field names a renamed text column: a field a file lacks is refused, the right one reads it', async ({ browser }) => {
  const labelStudio = interopPath('label-studio', 'rich_text_plain__annotations__1.json')
  const rich = labelStudioDocument(await jsonOf<LabelStudioTask>(labelStudio), 'ner')
  const doccano = interopPath('doccano', 'data_import__pipeline__examples__sequence_labeling__example.jsonl')
  const columns = await doccanoDocuments(doccano, { text: 'column_data', label: 'column_label' })
  const app = await launchBrowserApp(browser, await emptyProject())
  try {
    const { page } = app
    const refused = await importThroughDialog(page, { files: [labelStudio] }, { textField: 'body' })
    await expect(refused.locator('.import-summary')).toHaveText('Imported 0, skipped 0 (duplicates), failed 1.')
    const fields = Object.keys((await jsonOf<LabelStudioTask>(labelStudio)).data).join(', ')
    await expect(refused.locator('.report-failed')).toContainText(`has no task with a "body" string in its data (the text field named); its tasks' data has: ${fields}.`)
    await closeImportDialog(page)

    const read = await importThroughDialog(page, { files: [labelStudio] }, { textField: 'ner' })
    await expect(read.locator('.import-summary')).toHaveText('Imported 1, skipped 0 (duplicates), failed 0.')
    await expect(read).not.toContainText('the text was read from data.ner')
    await closeImportDialog(page)

    const report = await importThroughDialog(page, { files: [doccano] }, { textField: 'column_data' })
    await expect(report.locator('.import-summary')).toHaveText(`Imported ${columns.length}, skipped 0 (duplicates), failed 0.`)
    await closeImportDialog(page)

    const exported = readJsonlExport(await app.exportProject('jsonl'))
    expect(exportedSpanKeys(exported, exportedDocument(exported, { text: rich.text }))).toEqual(rich.spans)
    for (const document of columns) expect(exportedSpanKeys(exported, exportedDocument(exported, { text: document.text }))).toEqual(document.spans)
  } finally {
    await app.close()
  }
})
