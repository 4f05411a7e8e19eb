import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { createCore, type Core } from '../core'
import { inEnglish } from '../shared/i18n/said'
import { RESOURCES_DIR, useTempDirs } from '../testing/helpers'
import { readThroughRegistry } from '../testing/import-fixtures'

/** Real files of Label Studio and doccano (see the interop fixtures' README.md); every expectation is computed from them here. */
const INTEROP = fileURLToPath(new URL('../interchange/fixtures/interop/', import.meta.url))
const bytesOf = (path: string): Uint8Array => new Uint8Array(readFileSync(join(INTEROP, path)))
const jsonOf = (path: string): unknown => JSON.parse(readFileSync(join(INTEROP, path), 'utf8'))
const jsonLinesOf = (path: string): Record<string, unknown>[] =>
  readFileSync(join(INTEROP, path), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>)
/** Python's `text[start:end]`: code points. */
const slice = (text: string, start: number, end: number): string => Array.from(text).slice(start, end).join('')

interface LabelStudioTask {
  data: Record<string, string>
  annotations?: { result: { type: string; value: { start: number; end: number; text: string; labels: string[] } }[] }[]
  predictions?: { result: unknown[] }[]
}

const tempDir = useTempDirs()
const cores: Core[] = []
afterEach(() => cores.splice(0).forEach((core) => core.close()))

async function importInto(files: { name: string; bytes: Uint8Array }[], options: { textField?: string } = {}) {
  const core = await createCore({ projectDir: await tempDir(), resourcesDir: RESOURCES_DIR, author: 'tester' })
  cores.push(core)
  const report = await core.call('import.files', { files: files.map((f) => ({ name: f.name, base64: Buffer.from(f.bytes).toString('base64') })), options })
  const documents = await Promise.all(report.imported.map(({ documentId }) => core.call('documents.get', { documentId })))
  return { report, documents }
}

describe('Label Studio files from its repository', () => {
  const files = readdirSync(join(INTEROP, 'label-studio')).filter((f) => f.endsWith('.json')).sort()

  it('reads every file, a single task object like an export array, with each span at the offsets the file gives', async () => {
    expect(files).toHaveLength(5)
    for (const file of files) {
      const source = jsonOf(`label-studio/${file}`)
      const tasks = (Array.isArray(source) ? source : [source]) as LabelStudioTask[]
      const { format, documents, warnings } = await readThroughRegistry(file, bytesOf(`label-studio/${file}`))
      expect(format, file).toBe('label-studio')
      expect(documents, file).toHaveLength(tasks.length)
      tasks.forEach((task, index) => {
        const document = documents[index]
        const text = task.data.text ?? Object.values(task.data)[0] ?? ''
        expect(document?.text, file).toBe(text)
        expect(document?.offsetUnit).toBe('codepoint')
        const expected = (task.annotations ?? []).flatMap((a) => a.result.filter((r) => r.type === 'labels').flatMap((r) => r.value.labels.map((tag) => ({ tag, start: r.value.start, end: r.value.end }))))
        expect(document?.annotations.map(({ tag, start, end }) => ({ tag, start, end })), file).toEqual(expected)
        for (const result of (task.annotations ?? []).flatMap((a) => a.result)) {
          const quoted = slice(text, result.value.start, result.value.end)
          // One example reuses another's annotation on a different text: its span is kept where the file puts it, and reported.
          if (quoted === result.value.text) expect(quoted).toBe('February 22')
          else expect(warnings.join('\n'), file).toContain(`the span ${result.value.start}–${result.value.end} does not quote "${result.value.text}"`)
        }
      })
    }
  })

  it('reads the single task exactly as the same task in an export array', async () => {
    for (const stem of ['named_entity__annotations__1', 'rich_text_plain__annotations__1']) {
      const single = await readThroughRegistry(`${stem}.json`, bytesOf(`label-studio/${stem}.json`))
      const array = await readThroughRegistry(`${stem}.as_export_array.json`, bytesOf(`label-studio/${stem}.as_export_array.json`))
      expect(single.documents.map(({ origin, ...rest }) => ({ ...rest, origin: origin.replace(/^.*:/, '') }))).toEqual(
        array.documents.map(({ origin, ...rest }) => ({ ...rest, origin: origin.replace(/^.*:/, '') }))
      )
    }
  })

  it('reports the data field the text came from when it is not data.text', async () => {
    const { warnings } = await readThroughRegistry('rich.json', bytesOf('label-studio/rich_text_plain__annotations__1.json'))
    expect(warnings).toContain('rich.json: the text was read from data.ner (the tasks have no data.text)')
  })

  it('leaves predictions out and reports them with their count', async () => {
    const tasks = jsonOf('label-studio/named_entity__tasks.json') as LabelStudioTask[]
    const predictions = tasks.flatMap((t) => t.predictions ?? [])
    const spans = predictions.flatMap((p) => p.result).length
    const { documents, warnings } = await readThroughRegistry('tasks.json', bytesOf('label-studio/named_entity__tasks.json'))
    expect(documents.map((d) => d.annotations)).toEqual([[]])
    expect(warnings).toContain(
      `tasks.json: left out ${predictions.length} prediction(s) (${spans} suggested span(s)): Tessera has no suggestions to accept or reject yet; only annotations are imported`
    )
  })

  it('imports a single task file through the import with its span on the right words', async () => {
    const name = 'named_entity__annotations__1.json'
    const { report, documents } = await importInto([{ name, bytes: bytesOf(`label-studio/${name}`) }])
    expect(report.failed).toEqual([])
    expect(report.files).toEqual([{ file: name, format: 'label-studio', encoding: 'utf-8' }])
    const [document] = documents
    expect(document?.annotations.map((a) => [document.text.slice(a.start, a.end), a.tag])).toEqual([['February 22', 'date']])
  })
})

describe('doccano files from its repository', () => {
  it('reads the sequence-labelling exports with every span at its code-point offsets', async () => {
    for (const file of ['data_export__pipeline__examples__sequence_labeling__example.jsonl', 'data_import__tests__data__sequence_labeling__example_overlapping.jsonl']) {
      const lines = jsonLinesOf(`doccano/${file}`)
      const { format, documents } = await readThroughRegistry(file, bytesOf(`doccano/${file}`))
      expect(format).toBe('doccano')
      expect(documents.map((d) => d.text)).toEqual(lines.map((l) => l.text))
      expect(documents.map((d) => d.annotations.map((a) => [a.start, a.end, a.tag]))).toEqual(lines.map((l) => l.label))
    }
  })

  it('refuses a line without text, naming it, and imports the others when invalid lines are skipped', async () => {
    const file = 'data_import__tests__data__sequence_labeling__example.jsonl'
    const lines = jsonLinesOf(`doccano/${file}`)
    const missing = lines.findIndex((l) => typeof l.text !== 'string') + 1
    await expect(readThroughRegistry(file, bytesOf(`doccano/${file}`))).rejects.toThrow(`${file} has 1 invalid line(s): line ${missing}: has no "text" string.`)
    const { documents, warnings } = await readThroughRegistry(file, bytesOf(`doccano/${file}`), { skipInvalid: true })
    const good = lines.filter((l) => typeof l.text === 'string')
    expect(documents.map((d) => [d.text, d.annotations.map((a) => [a.start, a.end, a.tag])])).toEqual(good.map((l) => [l.text, l.label]))
    expect(warnings).toContain(`${file}: skipped line ${missing}: has no "text" string`)
  })

  it('finds the text and the spans under the column names of doccano’s import example, and says so', async () => {
    const file = 'data_import__pipeline__examples__sequence_labeling__example.jsonl'
    const lines = jsonLinesOf(`doccano/${file}`)
    const { format, documents, warnings } = await readThroughRegistry(file, bytesOf(`doccano/${file}`))
    expect(format).toBe('doccano')
    expect(documents.map((d) => d.text)).toEqual(lines.map((l) => l.column_data))
    const spans = lines.map((l) => (l.column_label as [number, number, string][]).map(([start, end, tag]) => [slice(l.column_data as string, start, end), tag]))
    expect(documents.map((d) => d.annotations.map((a) => [slice(d.text, a.start, a.end), a.tag]))).toEqual(spans)
    expect(spans[0]).toEqual([['EU', 'ORG']])
    expect(warnings).toEqual([`${file}: the text was read from the field "column_data" and the spans from "column_label"`])
  })

  it('reads relation-extraction entities, and reports relations whose types Tessera does not have, with their counts', async () => {
    const file = 'data_import__tests__data__relation_extraction__example.jsonl'
    const [line] = jsonLinesOf(`doccano/${file}`) as { text: string; entities: { id: number; start_offset: number; end_offset: number; label: string }[]; relations: { type: string }[] }[]
    if (!line) throw new Error('no line')
    const { documents, warnings } = await readThroughRegistry(file, bytesOf(`doccano/${file}`))
    expect(documents[0]?.annotations.map((a) => [slice(line.text, a.start, a.end), a.tag])).toEqual(line.entities.map((e) => [slice(line.text, e.start_offset, e.end_offset), e.label]))
    expect(documents[0]?.annotations.map((a) => a.tag)).toEqual(['ORG', 'DATE', 'PERSON', 'PERSON'])
    expect(documents[0]?.relations ?? []).toEqual([])
    const counts = new Map<string, number>()
    for (const r of line.relations) counts.set(r.type, (counts.get(r.type) ?? 0) + 1)
    const listed = [...counts].map(([type, n]) => `${type} (${n})`).join(', ')
    expect(warnings).toEqual([`${file}: left out ${line.relations.length} relation(s) of types Tessera does not have: ${listed}. A project's relation types are attributed-to and stated-in.`])
  })

  it('imports relations of Tessera’s types (spelt doccano’s way) between the right spans', async () => {
    const file = 'data_import__tests__data__relation_extraction__example.jsonl'
    const [line] = jsonLinesOf(`doccano/${file}`) as { text: string; entities: { id: number; start_offset: number; end_offset: number }[]; relations: { from_id: number; to_id: number; type: string }[] }[]
    if (!line) throw new Error('no line')
    // The real file with its types renamed to Tessera's, as a project would label them in doccano.
    const renamed = { ...line, relations: line.relations.map((r, i) => ({ ...r, type: i === 0 ? 'stated_in' : 'attributedTo' })) }
    const { report, documents } = await importInto([{ name: 'relations.jsonl', bytes: Buffer.from(`${JSON.stringify(renamed)}\n`) }])
    expect(report.failed).toEqual([])
    const [document] = documents
    if (!document) throw new Error('not imported')
    const quote = (id: string): string => {
      const a = document.annotations.find((x) => x.id === id)
      return a ? document.text.slice(a.start, a.end) : '?'
    }
    const entityText = (id: number): string => {
      const e = line.entities.find((x) => x.id === id)
      return e ? slice(line.text, e.start_offset, e.end_offset) : '?'
    }
    expect(document.relations.map((r) => [r.type, quote(r.from), quote(r.to)])).toEqual(
      renamed.relations.map((r, i) => [i === 0 ? 'stated-in' : 'attributed-to', entityText(r.from_id), entityText(r.to_id)])
    )
    expect(document.relations.map((r) => [quote(r.from), quote(r.to)])[1]).toEqual(['Google', 'Larry Page'])
  })

  it('reads a text field the user names (textField), and refuses a line with several candidates naming them', async () => {
    const [line] = jsonLinesOf('doccano/data_export__pipeline__examples__sequence_labeling__example.jsonl') as { text: string; label: unknown[] }[]
    if (!line) throw new Error('no line')
    const twoFields = `${JSON.stringify({ body: line.text, headline: 'EU and Britain', spans: line.label })}\n`
    await expect(readThroughRegistry('two.jsonl', Buffer.from(twoFields))).rejects.toThrow(
      'two.jsonl has 1 invalid line(s): line 1: has no "text" string and several string fields (body, headline): name the text field (--text-field).'
    )
    const { report, documents } = await importInto([{ name: 'two.jsonl', bytes: Buffer.from(twoFields) }], { textField: 'body' })
    expect(report.failed).toEqual([])
    expect(report.files[0]?.format).toBe('doccano')
    expect(report.warnings.map(inEnglish)).toEqual(['two.jsonl: the text was read from the field "body"'])
    const [document] = documents
    expect(document?.annotations.map((a) => [document.text.slice(a.start, a.end), a.tag])).toEqual((line.label as [number, number, string][]).map(([s, e, tag]) => [slice(line.text, s, e), tag.toLowerCase()]))
  })
})
