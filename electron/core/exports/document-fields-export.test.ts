import { cp } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { unzipSync } from 'fflate'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createCore, type Core } from '../core'
import { exportFile } from '../testing/export-file'
import { parseCsv, RESOURCES_DIR, useTempDirs } from '../testing/helpers'
import type { DocumentFieldDefinition } from '../shared/model/document-fields'
import { annotationConf } from './formats/brat-conf'

const V2_PROJECT = fileURLToPath(new URL('../store/fixtures/v2-project', import.meta.url))

const FIELDS: DocumentFieldDefinition[] = [
  { id: 'stance', label: 'Stance toward the offensive', type: 'choice', values: ['supportive', 'critical', 'neutral'] },
  { id: 'framing', label: 'Framing', type: 'multi-choice', values: ['liberation', 'terrorism, "war"', 'إنساني'] },
  { id: 'notes', label: 'Notes', type: 'text' },
  { id: 'sources', label: 'Sources cited', type: 'number' }
]
/** A note that breaks naive writers: a comma, quotes, a line break, a tab, a `#`, Arabic. */
const NOTES = 'Cites "officials", not\nwitnesses;\t# قال المصدر، "لا"'

function unzip(base64: string): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(Buffer.from(base64, 'base64'))).map(([name, bytes]) => [name, new TextDecoder().decode(bytes)]))
}

describe('whole-article labels in every export format', () => {
  const tempDir = useTempDirs()
  let core: Core
  let documentId = ''

  beforeEach(async () => {
    const dir = join(await tempDir(), 'project')
    await cp(V2_PROJECT, dir, { recursive: true })
    core = await createCore({ projectDir: dir, resourcesDir: RESOURCES_DIR, author: 'tester' })
    documentId = (await core.call('documents.list', {}))[0]?.id ?? ''
    await core.call('project.setDocumentFields', { fields: FIELDS })
    await core.call('documents.setField', { documentId, fieldId: 'stance', value: 'critical' })
    await core.call('documents.setField', { documentId, fieldId: 'framing', value: ['إنساني', 'terrorism, "war"'] })
    await core.call('documents.setField', { documentId, fieldId: 'notes', value: NOTES })
    await core.call('documents.setField', { documentId, fieldId: 'sources', value: 4 })
  })
  afterEach(() => core.close())

  it('JSONL: the header lists the definitions, the document line holds the typed values', async () => {
    const [header, line] = (await exportFile(core, { format: 'jsonl' })).content.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>)
    expect(header?.document_fields).toEqual(FIELDS)
    expect(line?.fields).toEqual({ stance: 'critical', framing: ['terrorism, "war"', 'إنساني'], notes: NOTES, sources: 4 })
  })

  it('CSV: documents.csv has a field_<id> column each, multi-choice joined with "|", the note intact in its cell', async () => {
    const files = unzip((await exportFile(core, { format: 'csv' })).content)
    const [head, row] = parseCsv((files['documents.csv'] ?? '').replace(/^\uFEFF/, ''))
    const cell = (name: string) => row?.[head?.indexOf(name) ?? -1]
    expect(head?.slice(-4)).toEqual(['field_stance', 'field_framing', 'field_notes', 'field_sources'])
    expect(cell('field_stance')).toBe('critical')
    expect(cell('field_framing')).toBe('terrorism, "war"|إنساني')
    expect(cell('field_notes')).toBe(NOTES)
    expect(cell('field_sources')).toBe('4')
  })

  it('W3C: one classifying annotation per field, its target the whole document (no selector)', async () => {
    const collection = JSON.parse((await exportFile(core, { format: 'w3c' })).content) as { first: { items: Record<string, unknown>[] }; 'tessera:documentFields': unknown }
    expect(collection['tessera:documentFields']).toEqual(FIELDS)
    const labels = collection.first.items.filter((a) => a.motivation === 'classifying')
    expect(labels.map((a) => [a['tessera:field'], a['tessera:value']])).toEqual([
      ['stance', 'critical'],
      ['framing', ['terrorism, "war"', 'إنساني']],
      ['notes', NOTES],
      ['sources', 4]
    ])
    for (const label of labels) expect(label.target).toBe(`urn:tessera:document:${documentId}`)
    expect(labels[1]?.body).toHaveLength(2)
  })

  it('brat: attributes of a document-level entity that annotation.conf declares, text as a one-line # note', async () => {
    const files = unzip((await exportFile(core, { format: 'brat' })).content)
    const ann = Object.entries(files).find(([name]) => name.endsWith('.ann'))?.[1] ?? ''
    const conf = files['annotation.conf'] ?? ''
    const documentEntity = /^(T\d+)\tDocument \d+ \d+\t.+$/m.exec(ann)
    expect(documentEntity).not.toBeNull()
    const id = documentEntity?.[1] ?? ''
    expect(ann).toContain(`\tdoc_stance ${id} critical\n`)
    expect(ann).toContain(`\tdoc_framing_إنساني ${id}\n`)
    expect(ann).toContain(`\tdoc_framing_terrorism__"war" ${id}\n`)
    expect(ann).toContain(`\tTesseraField ${id}\tnotes=${JSON.stringify(NOTES)}\n`)
    expect(ann).toContain(`\tTesseraField ${id}\tsources=4\n`)
    // Every line of the .ann is one annotation: the note's line break and tab stayed escaped.
    for (const line of ann.trim().split('\n')) expect(line).toMatch(/^[TARN#]\d+\t/)
    expect(conf).toMatch(/^\[entities\]\n(?:.+\n)*Document\n/m)
    expect(conf).toContain('doc_stance\tArg:Document, Value:supportive|critical|neutral')
    expect(conf).toContain('doc_framing_إنساني\tArg:Document')
    expect(JSON.parse(files['tessera.json'] ?? '{}')).toMatchObject({ document_fields: FIELDS, documents: [{ fields: { stance: 'critical', sources: 4 } }] })
  })

  it('brat: a project without fields writes annotation.conf as before', () => {
    expect(annotationConf([], [])).toBe(annotationConf([]))
    expect(annotationConf([])).not.toContain('Document')
  })

  it('spaCy: cats one-hot for choice and multi-choice fields; text and number in meta.fields', async () => {
    const line = JSON.parse((await exportFile(core, { format: 'spacy' })).content.trim()) as { cats: Record<string, number>; meta: { fields: unknown } }
    expect(line.cats).toEqual({
      'stance=supportive': 0,
      'stance=critical': 1,
      'stance=neutral': 0,
      'framing=liberation': 0,
      'framing=terrorism, "war"': 1,
      'framing=إنساني': 1
    })
    expect(line.meta.fields).toMatchObject({ notes: NOTES, sources: 4 })
  })
})
