import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createCore, type Core } from '../core'
import { exportToPath } from '../exports/write-export'
import { createCodePointCounter } from '../shared/text/code-points'
import { RESOURCES_DIR, useTempDirs } from '../testing/helpers'
import { useWarmImportWorkers } from './worker/testing'
import { reportInEnglish } from '../testing/report-in-english'

/**
 * Formats whose offsets point into their text keep that text as given: leading spaces, a decomposed
 * accent, a triple line break, trailing spaces and the final newline all survive, so every offset in the
 * file still names the same characters in Tessera and in any other tool's copy. CRLF alone becomes LF,
 * mapped and reported. Prose formats are still normalised.
 */
useWarmImportWorkers()
const tempDir = useTempDirs()
const cores: Core[] = []
afterEach(() => cores.splice(0).forEach((core) => core.close()))

// "Idlib" starts at code point 15 (the flag is two code points, four UTF-16 units); "Homs" sits after a
// triple line break, and the accent is a combining mark NFC would fold into the letter before it.
const TEXT = '  Hama 🇸🇾 e\u0301\nIdlib\n\n\nHoms  \n'
type Span = readonly [number, number]
/** Code-point offsets of `word` in `text`, as Python and these formats count them. */
const spanOf = (text: string, word: string): Span => {
  const start = Array.from(text.slice(0, text.indexOf(word))).length
  return [start, start + Array.from(word).length]
}

const FILES: Record<string, (text: string, spans: Span[]) => string> = {
  'doccano.jsonl': (text, spans) => JSON.stringify({ text, label: spans.map(([start, end]) => [start, end, 'place']) }),
  'label-studio.json': (text, spans) =>
    JSON.stringify([
      {
        data: { text },
        annotations: [{ result: spans.map(([start, end]) => ({ type: 'labels', from_name: 'label', to_name: 'text', value: { start, end, labels: ['place'] } })) }]
      }
    ]),
  'tessera.jsonl': (text, spans) =>
    JSON.stringify({ id: 'doc-exact', title: 'Exact', offset_unit: 'codepoint', text, annotations: spans.map(([start, end]) => ({ tag: 'place', start, end })) }),
  'w3c.jsonld': (text, spans) =>
    JSON.stringify({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      first: {
        type: 'AnnotationPage',
        items: spans.map(([start, end], i) => ({
          id: `urn:a${i}`,
          type: 'Annotation',
          body: { type: 'TextualBody', purpose: 'tagging', value: 'place' },
          target: { source: 'urn:doc', selector: { type: 'TextPositionSelector', start, end } }
        }))
      },
      'tessera:documents': [{ id: 'urn:doc', title: 'Exact', text }]
    })
}

async function importOne(name: string, content: string) {
  const core = await createCore({ projectDir: await tempDir(), resourcesDir: RESOURCES_DIR, author: 'tester' })
  cores.push(core)
  const report = reportInEnglish(await core.call('import.files', { files: [{ name, base64: Buffer.from(content).toString('base64') }] }))
  expect(report.failed, name).toEqual([])
  const document = await core.call('documents.get', { documentId: report.imported[0]?.documentId ?? '' })
  return { report, document }
}

describe('annotation formats keep their text as given', () => {
  for (const [name, write] of Object.entries(FILES)) {
    it(`${name}: the text to the character, and each span on the code points the file names`, async () => {
      const [idlib, homs] = [spanOf(TEXT, 'Idlib'), spanOf(TEXT, 'Homs')]
      const { report, document } = await importOne(name, write(TEXT, [idlib, homs]))
      expect(document.text).toBe(TEXT)
      const toCodePoints = createCodePointCounter(document.text)
      expect(document.annotations.map((a) => [toCodePoints(a.start), toCodePoints(a.end), document.text.slice(a.start, a.end)])).toEqual([
        [...idlib, 'Idlib'],
        [...homs, 'Homs']
      ])
      expect(report.warnings).toEqual([])
    })

    it(`${name}: CRLF becomes LF with every offset moved and the report saying so`, async () => {
      const crlf = TEXT.replace(/\n/g, '\r\n')
      const { report, document } = await importOne(name, write(crlf, [spanOf(crlf, 'Idlib'), spanOf(crlf, 'Homs')]))
      expect(document.text).toBe(TEXT)
      expect(document.annotations.map((a) => document.text.slice(a.start, a.end))).toEqual(['Idlib', 'Homs'])
      expect(report.warnings).toEqual([expect.stringMatching(/: made 5 Windows line endings \(CRLF\) LF; every offset was moved with the text/)])
    })
  }

  it('a prose format (plain text) is still normalised: NFC, trimmed lines, blank-line paragraphs', async () => {
    const { document } = await importOne('article.txt', TEXT)
    expect(document.text).toBe('Hama 🇸🇾 é\nIdlib\n\nHoms')
  })
})

describe('a brat .txt that starts with a byte-order mark', () => {
  it('keeps the mark as the character brat counts, so T offsets name the same words and the export writes the same bytes', async () => {
    const txt = '\uFEFFHama fell.\n'
    const core = await createCore({ projectDir: await tempDir(), resourcesDir: RESOURCES_DIR, author: 'tester' })
    cores.push(core)
    const files = { 'bom/a.txt': txt, 'bom/a.ann': 'T1\tplace 1 5\tHama\n' }
    const report = reportInEnglish(await core.call('import.files', { files: Object.entries(files).map(([name, content]) => ({ name, base64: Buffer.from(content).toString('base64') })) }))
    expect(report.failed).toEqual([])
    const document = await core.call('documents.get', { documentId: report.imported[0]?.documentId ?? '' })
    expect(document.text).toBe(txt)
    expect(document.annotations.map((a) => document.text.slice(a.start, a.end))).toEqual(['Hama'])
    const out = join(await tempDir(), 'brat')
    await exportToPath(core, { format: 'brat' }, out, { asFolder: true })
    expect(await readFile(join(out, 'a.txt'))).toEqual(Buffer.from(txt))
    expect(await readFile(join(out, 'a.ann'), 'utf8')).toMatch(/^T1\tplace 1 5\tHama$/m)
  })
})

describe('ids a file gives its spans and relations', () => {
  it('are kept when short and printable, and replaced (the link kept) when huge or odd', async () => {
    const long = 'x'.repeat(100_000)
    const line = {
      id: 'doc-ids',
      title: 'Ids',
      offset_unit: 'codepoint',
      text: 'Officials said the army held Hama.',
      annotations: [
        { id: 'a-claim', tag: 'claim', start: 0, end: 34 },
        { id: long, tag: 'actor', start: 15, end: 23 }
      ],
      relations: [{ id: 'bad id\n', type: 'attributed-to', from: 'a-claim', to: long }]
    }
    const { report, document } = await importOne('ids.jsonl', JSON.stringify(line))
    expect(report.warnings).toEqual([])
    const [claim, actor] = document.annotations
    expect(claim?.id).toBe('a-claim')
    expect(actor?.id).toMatch(/^[0-9a-f-]{36}$/)
    expect(document.relations).toEqual([expect.objectContaining({ from: 'a-claim', to: actor?.id })])
    expect(document.relations[0]?.id).toMatch(/^[0-9a-f-]{36}$/)
  })
})
