import { afterEach, describe, expect, it } from 'vitest'
import { createCore, type Core } from '../core'
import { readW3cCollection } from '../interchange/w3c-read'
import { readBratDocument } from '../interchange/brat-read'
import { ApiError } from '../shared/errors'
import { inEnglish, say, type Said } from '../shared/i18n/said'
import { untranslatedWords } from '../testing/untranslated'
import { createTranslator } from '../shared/i18n/translator'
import { RESOURCES_DIR, useTempDirs } from '../testing/helpers'
import { buildDocx, readThroughRegistry } from '../testing/import-fixtures'
import { decodeText } from './decode'
import { detectJsonFormat } from './json-detect'
import { readerFor } from './registry'
import { WarningCollector } from './warnings'

const arabic = createTranslator('ar')
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)
const FSI = '\u2068'
const PDI = '\u2069'

/** Names of formats, fields and options an Arabic sentence keeps as they are written (they are not English words). */
const TECHNICAL = ['JSON', 'JSONL', 'UTF', 'NUL', 'PDF', 'OCR', 'Word', 'docx', 'ZIP', 'HTML', 'Markdown', 'doccano', 'Label', 'Studio', 'Tessera', 'W3C', 'Web', 'Annotation', 'AnnotationCollection', 'Windows', 'ISO', 'brat', 'text', 'label', 'start', 'end', 'skip', 'invalid', 'field', 'data', 'tessera', 'documents', 'Prodigy', 'reject', 'ignore', 'attributed', 'to', 'stated', 'in', 'target', 'txt']

const englishLeft = (sentence: string): string[] => untranslatedWords(sentence, TECHNICAL)

function thrownSaid(run: () => unknown): Said {
  try {
    run()
  } catch (error) {
    if (error instanceof ApiError && error.said) return error.said
    throw error
  }
  throw new Error('nothing was thrown')
}

async function rejectedSaid(run: Promise<unknown>): Promise<Said> {
  const error: unknown = await run.then(
    () => null,
    (e: unknown) => e
  )
  if (error instanceof ApiError && error.said) return error.said
  throw new Error(`not an ApiError with a message: ${String(error)}`)
}

describe('a file that cannot be read is refused in Arabic in the Arabic interface', () => {
  it('says decoding, detection and reader refusals in Arabic, the file name isolated, in the same English as before', async () => {
    const lines = await rejectedSaid(readThroughRegistry('lines.jsonl', utf8('{"text":"Hama","label":[[0,4,"place"]]}\nnot json\n{"text":"Idlib","label":[[0]]}\n')))
    expect(inEnglish(lines)).toMatch(
      /^lines\.jsonl has 2 invalid line\(s\): line 2: not valid JSON \(.+\); line 3: span 1 is not \[start, end, "label"\]\. 1 valid line\(s\) can be imported with "skip invalid lines" \(--skip-invalid\)\.$/u
    )
    const refusals: { said: Said; english: string }[] = [
      { said: lines, english: inEnglish(lines) },
      { said: thrownSaid(() => decodeText('empty.txt', new Uint8Array(0))), english: 'empty.txt is empty.' },
      {
        said: thrownSaid(() => decodeText('binary.txt', new Uint8Array([0x48, 0x00, 0x61]))),
        english: 'binary.txt is not a text file: it holds NUL bytes (a binary file, or UTF-16 without a byte-order mark).'
      },
      {
        said: thrownSaid(() => decodeText('arabic.txt', new Uint8Array([0xc7, 0xe1, 0xd4, 0xc7, 0xe3]), 'utf-8')),
        english: 'arabic.txt cannot be read as utf-8: the result is not valid.'
      },
      { said: thrownSaid(() => readerFor('notes.txt', utf8('x'), undefined, [])), english: 'notes.txt is not a format Tessera imports (text, Markdown, HTML, Word .docx, PDF, doccano JSONL, Label Studio JSON, Tessera JSONL, W3C annotations, brat).' },
      {
        said: thrownSaid(() => detectJsonFormat('tasks.json', utf8('[]'))),
        english:
          'tasks.json is an empty JSON array: it holds no document (expected Tessera JSONL, doccano JSONL (one {"text": …, "label": […]} per line), a Label Studio JSON export (an array of tasks, or one task) or a W3C AnnotationCollection).'
      },
      {
        said: thrownSaid(() => detectJsonFormat('package.json', utf8('{"name": "x", "version": "1.0.0"}'))),
        english:
          'package.json is a JSON object of no format Tessera imports (found keys: name, version). Expected Tessera JSONL, doccano JSONL (one {"text": …, "label": […]} per line), a Label Studio JSON export (an array of tasks, or one task) or a W3C AnnotationCollection.'
      },
      { said: await rejectedSaid(readThroughRegistry('report.docx', utf8('not a zip'))), english: 'report.docx is not a Word .docx file (it is not a ZIP package).' },
      { said: await rejectedSaid(readThroughRegistry('empty.docx', buildDocx(['  ']))), english: 'empty.docx holds no text.' },
      { said: await rejectedSaid(readThroughRegistry('scan.pdf', utf8('no header'))), english: 'scan.pdf is not a PDF file (it has no %PDF- header).' },
      {
        said: thrownSaid(() => readW3cCollection('page.jsonld', JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', id: 'http://example.org/a1', type: 'Annotation', target: 'http://example.com/page' }))),
        english:
          'page.jsonld is a single W3C Web Annotation: it points to a web page or other web resource (http://example.com/page), not to a text Tessera holds. Tessera annotates the texts of its own documents: import the page itself (saved as HTML, or its text) and annotate it there. The W3C files Tessera imports carry their texts, in tessera:documents, as its W3C export writes them.'
      }
    ]
    for (const { said: message, english } of refusals) {
      const sentence = say(arabic, message)
      expect(sentence, inEnglish(message)).toMatch(/[\u0621-\u064A]{3}/u)
      expect({ sentence, left: englishLeft(sentence) }).toEqual({ sentence, left: [] })
      expect(inEnglish(message)).toBe(english)
    }
    expect(say(arabic, refusals[1]?.said ?? lines)).toBe(`${FSI}empty.txt${PDI}: فارغ.`)
  })

  it('says reader warnings in Arabic, counts in Arabic plurals, and keeps the count of warnings past the limit', async () => {
    const warnings: Said[] = []
    const labelStudio = JSON.stringify([
      { id: 1, data: { text: 'Hama holds' }, annotations: [{ result: [{ type: 'choices', value: { choices: ['x'] } }] }], predictions: [{ result: [{ type: 'labels', value: { start: 0, end: 4, labels: ['place'] } }] }, { result: [] }] }
    ])
    await readThroughRegistry('tasks.json', utf8(labelStudio), { warn: (message) => warnings.push(message) })
    readBratDocument('a.ann', 'T1\tPlace 0 4\tHama\nR1\tLocatedIn Arg1:T1 Arg2:T1\nX1\tsomething', 'Hama holds', null, { warn: (message) => warnings.push(message) })
    const collector = new WarningCollector('big.jsonl', 1)
    collector.push(...warnings.slice(0, 3))
    warnings.push(...collector.list().slice(1))

    expect(warnings.map(inEnglish)).toEqual([
      'tasks.json: left out results that are not text spans with labels, which Tessera cannot hold: choices (1)',
      'tasks.json: left out 2 prediction(s) (1 suggested span(s)): Tessera has no suggestions to accept or reject yet; only annotations are imported',
      'a.ann: 1 relations of a type Tessera does not have (attributed-to, stated-in) not kept (R1 LocatedIn).',
      'a.ann: 1 lines that are not brat annotations not read (line 3).',
      'big.jsonl: … and 2 more warnings'
    ])
    const inArabic = warnings.map((warning) => say(arabic, warning))
    for (const sentence of inArabic) expect({ sentence, left: englishLeft(sentence) }).toEqual({ sentence, left: [] })
    expect(inArabic[1]).toContain('تنبؤان')
    expect(inArabic[4]).toBe(`${FSI}big.jsonl${PDI}: … وتحذيران آخران`)
  })
})

describe('the import report says a reader refusal in Arabic', () => {
  const tempDir = useTempDirs()
  const cores: Core[] = []
  afterEach(() => cores.splice(0).forEach((core) => core.close()))

  it('gives the failed file and the skipped line of a real import as messages the Arabic interface says in Arabic', async () => {
    const core = await createCore({ projectDir: await tempDir(), resourcesDir: RESOURCES_DIR, author: 'tester' })
    cores.push(core)
    const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64')
    const report = await core.call('import.files', {
      files: [
        { name: 'binary.txt', base64: Buffer.from([0x48, 0x00, 0x61]).toString('base64') },
        { name: 'lines.jsonl', base64: base64('{"text":"Hama holds","label":[[0,4,"place"]]}\n{"n":2,"label":[]}\n') }
      ],
      options: { skipInvalid: true, addNewTags: true, allowDuplicates: false }
    })
    expect(report.imported).toHaveLength(1)
    expect(report.failed.map((failure) => [failure.file, say(arabic, failure.reason)])).toEqual([
      ['binary.txt', 'ليس ملفاً نصياً: فيه بايتات NUL (ملف ثنائي، أو UTF-16 بلا علامة ترتيب البايتات).']
    ])
    const skipped = report.warnings.map((warning) => say(arabic, warning))
    expect(skipped).toContain(`${FSI}lines.jsonl${PDI}: تُخطّي السطر ٢: ليس فيه نصّ في "text"`)
  }, 60_000)
})
