import { readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createCore, type Core } from '../core'
import { createCodePointCounter } from '../shared/text/code-points'
import { RESOURCES_DIR, listFiles, useTempDirs } from '../testing/helpers'
import { MAX_IMPORT_FILE_BYTES } from '../shared/import/limits'
import { fixture } from '../testing/import-fixtures'
import { ImportWorkers } from './worker/pool'
import { TEST_WORKER, useWarmImportWorkers } from './worker/testing'
import { reportInEnglish } from '../testing/report-in-english'

const tempDir = useTempDirs()
const cores: Core[] = []
afterEach(() => cores.splice(0).forEach((core) => core.close()))

async function openCore(): Promise<Core> {
  const core = await createCore({ projectDir: await tempDir(), resourcesDir: RESOURCES_DIR, author: 'tester' })
  cores.push(core)
  return core
}

const file = (name: string, bytes: Uint8Array | string) => ({
  name,
  base64: Buffer.from(typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes).toString('base64')
})

const ARTICLE = [
  'Rebels Gain Ground in Syria',
  'Damascus, Dec 1 (NationPress)',
  'Syrian government forces regrouped north of Hama on Sunday after two days of heavy fighting with armed factions, according to officials in Damascus and residents of nearby villages.',
  'The army said reinforcements had reached the front lines east of the city, while opposition groups claimed to have taken several hills overlooking the main highway to Aleppo.',
  'Hospitals in the province reported dozens of wounded civilians, and aid agencies warned that thousands of families were fleeing south towards Homs as the shelling continued through the night.'
].join('\n\n')

useWarmImportWorkers()

describe('import.files', () => {
  it('imports a doccano corpus with its text kept as given and every span on the source file\'s code points (emoji, flag, decomposed accent, CRLF)', async () => {
    const core = await openCore()
    const source = new TextDecoder().decode(fixture('doccano.jsonl'))
    const report = reportInEnglish(await core.call('import.files', { files: [file('doccano.jsonl', source)] }))
    expect(report.failed).toEqual([])
    expect(report.imported).toHaveLength(3)
    const expected = source
      .trim()
      .split('\n')
      .map((line) => {
        const row = JSON.parse(line) as { text: string; label?: [number, number, string][]; labels?: [number, number, string][]; entities?: { start_offset: number; end_offset: number }[] }
        const chars = Array.from(row.text)
        const spans = row.label ?? row.labels ?? (row.entities ?? []).map((e): [number, number, string] => [e.start_offset, e.end_offset, ''])
        return { text: row.text.replace(/\r\n/g, '\n'), quotes: spans.map(([start, end]) => chars.slice(start, end).join('').replace(/\r\n/g, '\n')) }
      })
    const stored = await Promise.all(
      report.imported.map(async ({ documentId }) => {
        const document = await core.call('documents.get', { documentId })
        return { text: document.text, quotes: document.annotations.map((a) => document.text.slice(a.start, a.end)), quoted: document.annotations.every((a) => a.quote === document.text.slice(a.start, a.end)) }
      })
    )
    expect(stored.map(({ text, quotes }) => ({ text, quotes }))).toEqual(expected)
    expect(stored.every((document) => document.quoted)).toBe(true)
    // The decomposed accent stays decomposed: NFC would have moved every later offset by one.
    expect(stored[1]?.quotes[0]).toBe('Cafe\u0301')
    expect(report.newTags).toEqual([{ id: 'org', label: 'ORG' }])
    expect((await core.call('project.get', {})).tags.map((t) => t.id)).toEqual(['claim', 'actor', 'place', 'figure', 'org'])
    expect(report.warnings).toEqual(['doccano.jsonl:2: made 1 Windows line ending (CRLF) LF; every offset was moved with the text, the text is otherwise kept as given.'])
  })

  it('keeps Label Studio spans exact after an emoji, stored in UTF-16 and exported back in code points', async () => {
    const core = await openCore()
    const report = reportInEnglish(await core.call('import.files', { files: [file('label-studio.json', fixture('label-studio.json'))] }))
    const document = await core.call('documents.get', { documentId: report.imported[0]?.documentId ?? '' })
    expect(document.annotations.map((a) => [document.text.slice(a.start, a.end), a.tag, a.author])).toEqual([
      ['The Syrian army', 'actor', 'analyst@example.org'],
      ['Hama', 'place', 'analyst@example.org']
    ])
    const toCodePoints = createCodePointCounter(document.text)
    expect(document.annotations.map((a) => [toCodePoints(a.start), toCodePoints(a.end)])).toEqual([
      [2, 17],
      [38, 42]
    ])
    expect(report.newTags).toEqual([{ id: 'loc', label: 'LOC' }])
  })

  it('reports a span that no longer fits instead of shifting it, and leaves out unknown labels when asked', async () => {
    const core = await openCore()
    const line = JSON.stringify({ text: 'Hama  \r\nIdlib e\u0301', label: [[0, 4, 'PLACE'], [6, 7, 'PLACE'], [13, 14, 'X'], [40, 44, 'PLACE']] })
    const report = reportInEnglish(await core.call('import.files', { files: [file('odd.jsonl', line)], options: { addNewTags: false } }))
    const document = await core.call('documents.get', { documentId: report.imported[0]?.documentId ?? '' })
    expect(document.text).toBe('Hama  \nIdlib e\u0301')
    // The span that held only the CR of a CRLF is widened to the one line break it became, and said so.
    expect(document.annotations.map((a) => document.text.slice(a.start, a.end))).toEqual(['Hama', '\n'])
    expect(report.warnings.join('\n')).toMatch(/widened the PLACE span 6–7 to whole characters/)
    expect(report.warnings.join('\n')).toMatch(/made 1 Windows line ending \(CRLF\) LF/)
    expect(report.warnings.join('\n')).toMatch(/left out the X span 13–14: the project has no tag "X"/)
    expect(report.warnings.join('\n')).toMatch(/dropped the PLACE span 40–44: it does not fit the text/)
    expect(report.warnings).toHaveLength(4)
    expect(report.newTags).toEqual([])
  })

  it('keeps a brat text to the byte: single and triple line breaks, leading spaces, the final newline', async () => {
    const core = await openCore()
    const text = '  Hama\nIdlib\n\n\nHoms \n'
    const report = reportInEnglish(await core.call('import.files', {
      files: [file('news/a.txt', text), file('news/a.ann', 'T1\tplace 7 12\tIdlib\nT2\tplace 15 19\tHoms\n'), file('news/annotation.conf', '[entities]\nplace\n')]
    }))
    expect(report.failed).toEqual([])
    const document = await core.call('documents.get', { documentId: report.imported[0]?.documentId ?? '' })
    expect(document.text).toBe(text)
    expect(document.annotations.map((a) => [a.start, a.end, document.text.slice(a.start, a.end)])).toEqual([
      [7, 12, 'Idlib'],
      [15, 19, 'Homs']
    ])
    expect(document.title).toBe('a')
  })

  it('fills metadata from the file and reports the detected encoding', async () => {
    const core = await openCore()
    const report = reportInEnglish(await core.call('import.files', {
      files: [file('arabic.txt', fixture('arabic-windows-1256.txt')), file('article.html', fixture('article.html'))]
    }))
    expect(report.files).toEqual([
      { file: 'arabic.txt', format: 'text', encoding: 'windows-1256' },
      { file: 'article.html', format: 'html', encoding: 'utf-8' }
    ])
    const [arabic, html] = await core.call('documents.list', {})
    expect(arabic).toMatchObject({ title: 'الجيش السوري يعزز دفاعاته في ريف حماة', language: 'ar' })
    expect(html).toMatchObject({ source: 'teleSUR English', author: 'teleSUR staff', date: '2024-12-03', url: 'https://www.telesurenglish.net/syria-army-strikes/' })
  })

  it('skips an exact duplicate unless told to import it anyway, and flags a near-duplicate under another headline', async () => {
    const core = await openCore()
    await core.call('import.files', { files: [file('a.txt', ARTICLE)] })
    const again = reportInEnglish(await core.call('import.files', { files: [file('copy.txt', ARTICLE.replace(/\n/g, '\r\n') + '\n\n')] }))
    expect(again.imported).toEqual([])
    expect(again.skippedDuplicates).toEqual([{ file: 'copy.txt', title: 'Rebels Gain Ground in Syria', duplicateOf: { documentId: expect.any(String), title: 'Rebels Gain Ground in Syria' } }])
    const headline = reportInEnglish(await core.call('import.files', { files: [file('other-outlet.txt', ARTICLE.replace('Rebels Gain Ground in Syria', 'Militants advance on Hama'))] }))
    expect(headline.imported).toHaveLength(1)
    expect(headline.nearDuplicates).toEqual([expect.objectContaining({ file: 'other-outlet.txt', reason: 'the same body under a different headline' })])
    const edited = reportInEnglish(await core.call('import.files', { files: [file('edited.txt', `${ARTICLE} The ministry gave no figures.`)] }))
    expect(edited.nearDuplicates[0]?.reason).toMatch(/% of word 5-grams shared/)
    const forced = reportInEnglish(await core.call('import.files', { files: [file('copy.txt', ARTICLE)], options: { allowDuplicates: true } }))
    expect(forced.imported).toHaveLength(1)
    expect(await core.call('documents.list', {})).toHaveLength(4)
  })

  it('imports again an article deleted earlier in the session, not calling it a duplicate of the deleted one', async () => {
    const core = await openCore()
    const first = reportInEnglish(await core.call('import.files', { files: [file('a.txt', ARTICLE)] }))
    await core.call('documents.remove', { documentIds: first.imported.map((d) => d.documentId) })
    const again = reportInEnglish(await core.call('import.files', { files: [file('a.txt', ARTICLE)] }))
    expect(again.skippedDuplicates).toEqual([])
    expect(again.nearDuplicates).toEqual([])
    expect(again.imported).toHaveLength(1)
  })

  it('fails bad files one by one, each with a reason naming it, and leaves no trace of them in the project', async () => {
    const core = await openCore()
    const before = await listFiles(core.projectDir ?? '')
    const report = reportInEnglish(await core.call('import.files', {
      files: [
        file('empty.txt', ''),
        file('blank.txt', ' \n\t\n'),
        file('binary.txt', fixture('binary-renamed.txt')),
        file('invalid.jsonl', fixture('doccano-invalid.jsonl')),
        file('truncated.docx', fixture('binary-renamed.txt')),
        file('scan.pdf', '%PDF-1.7\n%broken'),
        file('good.txt', ARTICLE)
      ]
    }))
    expect(report.failed.map((f) => f.file)).toEqual(['empty.txt', 'blank.txt', 'binary.txt', 'invalid.jsonl', 'truncated.docx', 'scan.pdf'])
    expect(report.failed.map((f) => f.reason)).toEqual([
      'is empty.',
      expect.stringMatching(/is empty: there is no text/),
      expect.stringMatching(/is not a text file: it holds NUL bytes/),
      expect.stringMatching(/has 2 invalid line\(s\): line 2: not valid JSON/),
      expect.stringMatching(/is not a Word \.docx file/),
      expect.stringMatching(/is damaged or incomplete|has no text layer/)
    ])
    expect(report.imported.map((d) => d.file)).toEqual(['good.txt'])
    const after = await listFiles(core.projectDir ?? '')
    expect(after.filter((f) => !before.includes(f))).toEqual([`documents/${report.imported[0]?.documentId}.json`])
  })

  it('imports the valid lines of a JSONL file only when asked to skip invalid ones', async () => {
    const core = await openCore()
    const report = reportInEnglish(await core.call('import.files', { files: [file('invalid.jsonl', fixture('doccano-invalid.jsonl'))], options: { skipInvalid: true } }))
    expect(report.imported.map((d) => d.file)).toEqual(['invalid.jsonl:1', 'invalid.jsonl:4'])
    expect(report.warnings.join('\n')).toMatch(/skipped line 2: not valid JSON[\s\S]*skipped line 3/)
  })

  it('refuses a file over the size limit, naming the limit', async () => {
    const core = await openCore()
    const big = new Uint8Array(MAX_IMPORT_FILE_BYTES + 1).fill(0x61)
    const report = reportInEnglish(await core.call('import.files', { files: [file('huge.txt', big)] }))
    expect(report.failed).toEqual([{ file: 'huge.txt', reason: 'is 50 MB, over the import limit of 50 MB.' }])
    expect(await core.call('documents.list', {})).toEqual([])
  })

  it('writes nothing when the disk write fails: the documents and the new tags go together or not at all', async () => {
    const core = await openCore()
    const projectFile = join(core.projectDir ?? '', 'project.json')
    const before = await readFile(projectFile, 'utf8')
    // A file where the documents folder should be: every document write fails, even for root.
    await rm(join(core.projectDir ?? '', 'documents'), { recursive: true })
    await writeFile(join(core.projectDir ?? '', 'documents'), 'not a folder')
    const report = reportInEnglish(await core.call('import.files', { files: [file('doccano.jsonl', fixture('doccano.jsonl'))] }))
    expect(report.failed).toEqual([{ file: 'doccano.jsonl', reason: expect.stringMatching(/could not be imported/) }])
    expect(report.imported).toEqual([])
    expect(report.newTags).toEqual([])
    expect(await readFile(projectFile, 'utf8')).toBe(before)
    expect((await core.call('project.get', {})).tags.map((t) => t.id)).toEqual(['claim', 'actor', 'place', 'figure'])
  })
})

describe('readers that pair files', () => {
  it('import a pair once, through the reader that asks for the companion, and not the companion on its own', async () => {
    // The reader lives in the import worker: a test worker module registers it there.
    const workers = new ImportWorkers({ entry: TEST_WORKER, size: 1 })
    try {
      const core = await createCore({ projectDir: await tempDir(), resourcesDir: RESOURCES_DIR, author: 'tester', importWorkers: workers })
      cores.push(core)
      const report = reportInEnglish(await core.call('import.files', { files: [file('set/a.txt', '🙂 Hama held.'), file('set/a.pair', '2 6 place')] }))
      expect(report.imported).toEqual([expect.objectContaining({ file: 'set/a.pair', annotationCount: 1 })])
      expect(report.warnings).toEqual(['set/a.pair: read with its text'])
      const document = await core.call('documents.get', { documentId: report.imported[0]?.documentId ?? '' })
      expect(document.annotations.map((a) => document.text.slice(a.start, a.end))).toEqual(['Hama'])
    } finally {
      await workers.close()
    }
  }, 60_000) // a worker of its own: its start-up (loading the readers through tsx) counts here
})
