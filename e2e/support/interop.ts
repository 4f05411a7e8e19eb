import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, type Locator, type Page } from '@playwright/test'

/** The real files other annotation tools wrote, kept with the core's tests (see its README.md). */
export const INTEROP = fileURLToPath(new URL('../../electron/core/interchange/fixtures/interop', import.meta.url))
export const interopPath = (...parts: string[]): string => join(INTEROP, ...parts)

/** brat, doccano and Label Studio count offsets in code points: the text between two of them. */
export function sliceCodePoints(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('')
}

/** A span as `LABEL start end text`, the way the tests compare what a file says with what the app kept. */
export const spanKey = (label: string, start: number, end: number, text: string): string => `${label} ${start} ${end} ${JSON.stringify(text)}`

export interface BratSpan {
  id: string
  type: string
  start: number
  end: number
  /** The span's text as the `.ann` line quotes it. */
  quote: string
}

/** The `T` lines of a brat `.ann` file (single-fragment spans; a discontinuous one fails the test that meets it). */
export function bratTextBounds(ann: string): BratSpan[] {
  return ann
    .split('\n')
    .filter((line) => line.startsWith('T'))
    .map((line) => {
      const [id = '', position = '', quote = ''] = line.split('\t')
      const match = /^(\S+) (\d+) (\d+)$/.exec(position)
      if (!match) throw new Error(`the test reads single-fragment T lines only: ${line}`)
      return { id, type: match[1] ?? '', start: Number(match[2]), end: Number(match[3]), quote }
    })
}

export interface ExportedAnnotation {
  id: string
  tag: string
  start: number
  end: number
  text: string
  attributes: Record<string, unknown>
  note: string
}

export interface ExportedDocument {
  title: string
  text: string
  annotations: ExportedAnnotation[]
}

export interface JsonlExport {
  /** Tag id → label. */
  tagLabels: Map<string, string>
  documents: ExportedDocument[]
}

/** The app's own Tessera JSONL export, read back; its offsets must be code points, as the peers' files count. */
export function readJsonlExport(bytes: Buffer): JsonlExport {
  const lines = bytes
    .toString('utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Record<string, unknown>)
  const [header, ...documents] = lines
  expect(header?.type).toBe('header')
  expect(header?.offset_unit).toBe('codepoint')
  const tags = (header?.tags ?? []) as { id: string; label: string }[]
  return { tagLabels: new Map(tags.map((tag) => [tag.id, tag.label])), documents: documents as unknown as ExportedDocument[] }
}

/** A document's spans as `LABEL start end "text"`, sorted, with the tag's label as the app shows it. */
export function exportedSpanKeys(exported: JsonlExport, document: ExportedDocument): string[] {
  return document.annotations.map((a) => spanKey(exported.tagLabels.get(a.tag) ?? a.tag, a.start, a.end, a.text)).sort()
}

/** The one exported document whose text (or title) is `wanted`; fails the test naming what there is otherwise. */
export function exportedDocument(exported: JsonlExport, wanted: { text: string } | { title: string }): ExportedDocument {
  const found = exported.documents.filter((d) => ('text' in wanted ? d.text === wanted.text : d.title === wanted.title))
  expect(found, `one document with ${JSON.stringify(wanted).slice(0, 120)}; there are ${exported.documents.map((d) => d.title).join(', ')}`).toHaveLength(1)
  return found[0] as ExportedDocument
}

/**
 * Imports through the Import dialog as a user does: Import…, the text field if given, the files or the
 * folder chosen in the file inputs, Import. Returns the report once its summary shows.
 */
export async function importThroughDialog(page: Page, chosen: { files: string[] } | { folder: string }, options: { textField?: string } = {}): Promise<Locator> {
  await page.getByRole('button', { name: 'Import…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Import articles' })
  if (options.textField !== undefined) await dialog.getByRole('textbox', { name: 'Text field (doccano / Label Studio)' }).fill(options.textField)
  if ('folder' in chosen) await dialog.getByLabel('Choose a folder').setInputFiles(chosen.folder)
  else await dialog.getByLabel('Choose files').setInputFiles(chosen.files)
  await dialog.getByRole('button', { name: /^Import \d+ files?$/ }).click()
  const report = dialog.getByRole('region', { name: 'Import report' })
  await expect(report.locator('.import-summary')).toHaveText(/^Imported \d+/, { timeout: 30_000 })
  return report
}

/** Closes the Import dialog once its report shows. */
export async function closeImportDialog(page: Page): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Import articles' })
  await dialog.getByRole('button', { name: 'Done' }).click()
  await expect(dialog).toBeHidden()
}

/** The open document's annotation list as a screen reader names its rows: `Label: quote`, in reading order. */
export async function annotationRows(page: Page): Promise<{ id: string; name: string; details: string }[]> {
  const list = page.getByRole('list', { name: 'Annotations of this document' })
  return list.getByRole('button').evaluateAll((buttons) =>
    buttons.map((button) => ({
      id: button.getAttribute('data-annotation-id') ?? '',
      // "Place, paragraph 2: Hama" → "Place: Hama"; the details line is the button's description, beside it.
      name: (button.getAttribute('aria-label') ?? '').replace(/^([^:]*?), paragraph \d+: /, '$1: '),
      details: document.getElementById(button.getAttribute('aria-describedby') ?? '')?.textContent ?? ''
    }))
  )
}

/** Every character the reader draws, in order, from its text nodes (line breaks aside, which it may draw as blocks). */
export function drawnCharacters(reader: Locator): Promise<string> {
  return reader.evaluate((root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    let text = ''
    for (let node = walker.nextNode(); node; node = walker.nextNode()) text += (node as Text).data
    return text.replace(/\n/g, '')
  })
}

/** The reader's lines that hold text, as the user sees them (runs of white space as one space). */
export async function drawnLines(reader: Locator): Promise<string[]> {
  return nonBlankLines(await reader.innerText())
}

export function nonBlankLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
}
