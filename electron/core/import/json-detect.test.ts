import { afterEach, describe, expect, it } from 'vitest'
import { createCore, type Core } from '../core'
import { RESOURCES_DIR, useTempDirs } from '../testing/helpers'
import { fixture } from '../testing/import-fixtures'
import { inEnglish, type Said } from '../shared/i18n/said'

const tempDir = useTempDirs()
/** A report's reason as the English report says it. */
const english = (reason: Said | undefined): string | undefined => (reason ? inEnglish(reason) : undefined)
const cores: Core[] = []
afterEach(() => cores.splice(0).forEach((core) => core.close()))

async function importOne(name: string, content: string | Uint8Array) {
  const core = await createCore({ projectDir: await tempDir(), resourcesDir: RESOURCES_DIR, author: 'tester' })
  cores.push(core)
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content)
  const report = await core.call('import.files', { files: [{ name, base64: bytes.toString('base64') }] })
  const documents = await Promise.all(report.imported.map(({ documentId }) => core.call('documents.get', { documentId })))
  return { report, documents, spans: documents.flatMap((d) => d.annotations.map((a) => [d.text.slice(a.start, a.end), a.tag])) }
}

const W3C_COLLECTION = {
  '@context': 'http://www.w3.org/ns/anno.jsonld',
  type: 'AnnotationCollection',
  first: {
    items: [
      {
        id: 'urn:tessera:annotation:a1',
        type: 'Annotation',
        motivation: 'tagging',
        body: [{ type: 'TextualBody', purpose: 'tagging', value: 'place' }],
        target: {
          source: 'urn:tessera:document:d1',
          selector: [
            { type: 'TextPositionSelector', start: 0, end: 4 },
            { type: 'TextQuoteSelector', exact: 'Hama' }
          ]
        }
      }
    ]
  },
  'tessera:documents': [{ id: 'urn:tessera:document:d1', title: 'Hama', text: 'Hama\n\nThe army held the city.' }]
}

describe('JSON is read by its content, and JSON of no known format is refused', () => {
  it('reads a single Label Studio task object (one per file, as its cloud storage writes them) like a one-task export', async () => {
    const [task] = JSON.parse(Buffer.from(fixture('label-studio.json')).toString('utf8')) as unknown[]
    const { report, spans } = await importOne('task-41.json', JSON.stringify(task, null, 2))
    expect(report.failed.map((f) => ({ ...f, reason: inEnglish(f.reason) }))).toEqual([])
    expect(report.files).toEqual([{ file: 'task-41.json', format: 'label-studio', encoding: 'utf-8' }])
    expect(spans).toEqual([
      ['The Syrian army', 'actor'],
      ['Hama', 'place']
    ])
  })

  it('reads a W3C collection whatever its extension', async () => {
    const { report, spans } = await importOne('hama.annotations', JSON.stringify(W3C_COLLECTION, null, 2))
    expect(report.failed.map((f) => ({ ...f, reason: inEnglish(f.reason) }))).toEqual([])
    expect(report.files[0]?.format).toBe('w3c')
    expect(spans).toEqual([['Hama', 'place']])
  })

  it('reads a pretty-printed doccano object and a Tessera JSONL with an unexpected extension', async () => {
    const doccano = await importOne('one.json', JSON.stringify({ text: 'Hama\n\nThe army held Hama.', label: [[0, 4, 'place']] }, null, 2))
    expect(doccano.report.failed).toEqual([])
    expect(doccano.spans).toEqual([['Hama', 'place']])
    const header = { format: 'tessera-jsonl', type: 'header', offset_unit: 'codepoint', format_version: 1, tags: [] }
    const line = { text: 'Idlib\n\nQuiet.', title: 'Idlib', offset_unit: 'codepoint', annotations: [{ tag: 'place', start: 0, end: 5 }] }
    const tessera = await importOne('corpus.export', `${JSON.stringify(header)}\n${JSON.stringify(line)}\n`)
    expect(tessera.report.failed).toEqual([])
    expect(tessera.report.files[0]?.format).toBe('tessera-jsonl')
    expect(tessera.spans).toEqual([['Idlib', 'place']])
  })

  it('refuses a single W3C annotation: it points to a text it does not carry', async () => {
    const [annotation] = W3C_COLLECTION.first.items
    const { report } = await importOne('note.json', JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', ...annotation }))
    expect(report.imported).toEqual([])
    expect(report.failed.map((f) => ({ ...f, reason: inEnglish(f.reason) }))).toEqual([
      {
        file: 'note.json',
        reason: expect.stringMatching(/^is a single W3C Web Annotation: it points to a text \(urn:tessera:document:d1\) it does not carry\./) as unknown
      }
    ])
  })

  it('reads doccano lines whose text column has another name, saying which; refuses spans without any text, naming the lines', async () => {
    const renamed = await importOne('renamed.jsonl', '{"content":"Hama","label":[[0,4,"place"]]}\n{"content":"Idlib","label":[]}\n')
    expect(renamed.report.failed).toEqual([])
    expect(renamed.spans).toEqual([['Hama', 'place']])
    expect(renamed.report.warnings.map(inEnglish)).toEqual(['renamed.jsonl: the text was read from the field "content"'])
    const { report } = await importOne('bare.jsonl', '{"n":1,"label":[[0,4,"place"]]}\n{"n":2,"label":[]}\n')
    expect(report.imported).toEqual([])
    expect(english(report.failed[0]?.reason)).toBe('has 2 invalid line(s): line 1: has no "text" string; line 2: has no "text" string.')
  })

  it('refuses settings files (package.json, tsconfig.json) and invalid JSON instead of storing them as text', async () => {
    const pkg = await importOne('package.json', JSON.stringify({ name: 'x', version: '1.0.0', scripts: { test: 'vitest' } }, null, 2))
    expect(pkg.report.imported).toEqual([])
    expect(english(pkg.report.failed[0]?.reason)).toMatch(/^is a JSON object of no format Tessera imports \(found keys: name, version, scripts\)\. Expected /)
    const tsconfig = await importOne('tsconfig.json', '{\n  "compilerOptions": { "strict": true },\n  "include": ["src"]\n}\n')
    expect(english(tsconfig.report.failed[0]?.reason)).toMatch(/found keys: compilerOptions, include/)
    const broken = await importOne('broken.json', '{"name": "x",\n')
    expect(english(broken.report.failed[0]?.reason)).toMatch(/^is not valid JSON \(.+\); expected Tessera JSONL/)
  })

  it('keeps a .txt that happens to hold JSON as text, and refuses an empty JSON array', async () => {
    const text = await importOne('notes.txt', '{"name": "x", "version": "1.0.0"}\n')
    expect(text.report.files[0]?.format).toBe('text')
    expect(text.documents[0]?.text).toContain('"version"')
    const empty = await importOne('tasks.json', '[]')
    expect(english(empty.report.failed[0]?.reason)).toMatch(/^is an empty JSON array: it holds no document/)
  })
})
