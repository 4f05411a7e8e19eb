import { afterEach, describe, expect, it } from 'vitest'
import { createCore, type Core } from '../core'
import { inEnglish, said, say, type Said } from '../shared/i18n/said'
import { untranslatedWords } from '../testing/untranslated'
import { createTranslator } from '../shared/i18n/translator'
import { formatReport, type ImportReport } from '../shared/import/report'
import { sidecarKind } from '../shared/import/sidecars'
import { DEFAULT_TAGS, type TagDefinition } from '../shared/model/project'
import { StoreError } from '../store/errors'
import { RESOURCES_DIR, useTempDirs } from '../testing/helpers'
import { saidBytes } from './byte-size'
import { reasonOf } from './failure-reason'
import { documentFromImport } from './from-import'
import { TagMatcher } from './tag-for-label'
import { useWarmImportWorkers } from './worker/testing'

const arabic = createTranslator('ar')
/** Names that stay as they are in Arabic: formats, encodings, the app, what is typed on the command line. */
const KEPT_NAMES = ['UTF-16', 'CRLF', 'LF', 'NUL', 'Windows', 'Tessera', 'brat', 'annotation.conf', '.txt/.ann', 'README', 'LICENSE', '`tessera import`', '--allow-duplicates']

/** The Latin words left in a message said in Arabic, once the user's own text (isolated) and kept names are taken out. */
function englishLeft(message: Said): string[] {
  return untranslatedWords(say(arabic, message), KEPT_NAMES)
}

const ACTOR_STANCE: TagDefinition = {
  ...(DEFAULT_TAGS.find((t) => t.id === 'actor') as TagDefinition),
  attributes: [{ id: 'stance', label: 'Stance', type: 'choice', values: ['for', 'against'] }]
}

describe('the import report in Arabic', () => {
  it('says what happened to spans, relations, tags and attributes with no English left but the file’s own text', () => {
    const tags = new TagMatcher([ACTOR_STANCE, ...DEFAULT_TAGS.filter((t) => t.id !== 'actor')], false)
    tags.declare([{ ...ACTOR_STANCE, attributes: [{ id: 'stance', label: 'Stance', type: 'text' }, { id: 'verified', label: 'Verified', type: 'flag' }] }])
    const { warnings } = documentFromImport(
      {
        origin: 'odd.jsonl:1',
        metadata: {},
        text: 'Hama  \r\nIdlib e\u0301',
        offsetUnit: 'codepoint',
        exactText: true,
        annotations: [
          { tag: 'place', start: 0, end: 4 },
          { tag: 'WEAPON', start: 0, end: 4 },
          { tag: 'place', start: 40, end: 44 },
          { tag: 'actor', start: 0, end: 4, attributes: { mood: 'calm' }, entityId: 'E9' }
        ],
        relations: [{ type: 'refutes', from: 'a', to: 'b' }]
      },
      { tags, author: 'tester', isIdTaken: () => false }
    )
    const messages = [...warnings, ...tags.notes]
    expect(messages.map((m) => m.key)).toEqual([
      'importReport.lineEndings',
      'importReport.span.noTag',
      'importReport.span.doesNotFit',
      'importReport.attribute.leftOut',
      'importReport.entity.unlinked',
      'importReport.relation.leftOut',
      'importReport.tags.conflict',
      'importReport.tags.notAdded'
    ])
    for (const message of messages) expect({ english: inEnglish(message), left: englishLeft(message) }).toEqual({ english: inEnglish(message), left: [] })
    expect(say(arabic, messages[2] as Said)).toBe(
      '\u2068odd.jsonl:1\u2069: أُسقط مقطع \u2068place\u2069 ٤٠–٤٤: لا يقع ضمن النص (طوله ١٦ من وحدات UTF-16، والإزاحات بنقاط الترميز).'
    )
  })

  it('says why a file failed or was skipped, and every line the CLI prints', () => {
    const reasons: Said[] = [
      said('importReport.overLimit', { size: saidBytes(60 * 1024 * 1024), limit: saidBytes(50 * 1024 * 1024) }),
      said('importReport.worker.tooSlow', { time: said('importReport.seconds', { seconds: 60 }) }),
      said('importReport.cross.notWritten', { file: 'corpus.jsonl', count: 3, reason: said('importReport.relation.noSuchType') }),
      said('importReport.path.tooLargeToHandOff', { size: saidBytes(80 * 1024 * 1024), limit: saidBytes(50 * 1024 * 1024) }),
      said('importReport.sidecar.notDocument', { kind: sidecarKind('news/annotation.conf') as Said })
    ]
    for (const reason of reasons) expect({ english: inEnglish(reason), left: englishLeft(reason) }).toEqual({ english: inEnglish(reason), left: [] })
    expect(say(arabic, reasons[1] as Said)).toBe('استغرقت قراءته أكثر من ٦٠ ثانية.')
    // A library's own words (an unexpected error) stay as they came, inside the Arabic sentence.
    expect(say(arabic, reasonOf('a.txt', new Error('EIO: i/o error')))).toBe('تعذّر استيراده (EIO: i/o error)')
    // A store's failure (the disk full while the documents were written) is said from its message data, its English as before.
    const full = new StoreError('disk-full', said('problems.store.diskFull', { folder: '/data/project' }))
    expect(inEnglish(reasonOf('a.txt', full))).toBe(`could not be imported (${full.message})`)
    expect(englishLeft(reasonOf('a.txt', full))).toEqual([])

    const report: ImportReport = {
      files: [{ file: 'arabic.txt', format: 'text', encoding: 'windows-1256' }],
      imported: [{ file: 'a.txt', documentId: 'd1', title: 'Hama', annotationCount: 2 }],
      skippedDuplicates: [{ file: 'b.txt', title: 'Hama', duplicateOf: { documentId: 'd1', title: 'Hama' } }],
      nearDuplicates: [{ file: 'c.txt', documentId: 'd2', title: 'Hama 2', similarTo: { documentId: 'd1', title: 'Hama' }, reason: said('importReport.sameTextImportedAnyway') }],
      failed: [{ file: 'empty.txt', reason: said('importReport.empty') }],
      skipped: [{ file: 'news/README', reason: said('importReport.sidecar.notDocument', { kind: said('importReport.sidecar.besideBrat', { name: 'README' }) }) }],
      warnings: [said('importReport.documentSkipped', { origin: 'x.jsonl:2', reason: said('importReport.document.noText') })],
      newTags: [{ id: 'weapon', label: 'Weapon' }],
      newAttributes: [{ tag: 'claim', id: 'verified', label: 'Verified', type: 'flag' }],
      layers: [],
      layerDocumentsNotFound: []
    }
    const layerReport: ImportReport = {
      ...report,
      layers: [
        { file: 'cat.jsonl:2', documentId: 'd1', title: 'حماة', matchedBy: 'near-duplicate', similarity: 0.93, authors: ['cat'], added: 3, replaced: 2, unchanged: false },
        { file: 'cat.jsonl:3', documentId: 'd2', title: 'Hama', matchedBy: 'id', similarity: 1, authors: ['cat'], added: 0, replaced: 0, unchanged: true }
      ],
      layerDocumentsNotFound: [{ file: 'cat.jsonl:4', title: 'Homs' }],
      warnings: [said('layerImport.span.ambiguous', { origin: 'cat.jsonl:2', span: said('importReport.span', { tag: 'place', start: 3, end: 7 }), quote: 'حماة', count: 3, title: 'حماة' })]
    }
    const layerLines = formatReport(layerReport, arabic)
    for (const line of layerLines) expect(untranslatedWords(line, [...KEPT_NAMES, 'cat'])).toEqual([])
    expect(layerLines).toContain('طبقة \u2068cat.jsonl:2\u2069: أُضيف ٣ تعليقات باسم \u2068cat\u2069 إلى «\u2068حماة\u2069» (مكرَّر محتمل، التشابه ٩٣٪)، بدلاً من تعليقين من استيراد سابق')
    expect(layerLines.at(-1)).toBe('أُضيفت طبقات إلى ٢ من المقالات؛ ولم يوجد ١؛ وفشل ١.')
    const lines = formatReport(report, arabic)
    expect(lines).toHaveLength(10)
    for (const line of lines) expect(untranslatedWords(line, KEPT_NAMES)).toEqual([])
    expect(lines).toContain('فشل \u2068empty.txt\u2069: فارغ.')
    expect(lines.at(-1)).toBe('استُورد ١، وتُخطّي ١ (مكرَّرات)، وفشل ١.')
    // The same report in English, as the CLI always printed it.
    expect(formatReport(report, createTranslator('en'))).toEqual([
      'Imported a.txt: Hama (2 annotations)',
      'Skipped b.txt: the same text as "Hama" (import it anyway with --allow-duplicates)',
      'Near-duplicate c.txt: "Hama 2" is close to "Hama" (the same text, imported anyway)',
      'Encoding arabic.txt: windows-1256',
      'New tag weapon: Weapon',
      'New attribute verified of the tag claim: Verified (flag)',
      'Warning x.jsonl:2: skipped, is empty: there is no text to annotate.',
      "Skipped news/README: README sits beside brat's .txt/.ann pairs and is not one of them (a README, LICENSE or other file of the folder): not a document, skipped",
      'Failed empty.txt: is empty.',
      'Imported 1, skipped 1 (duplicates), failed 1.'
    ])
  })
})

describe('an import through the real pipeline, its report said in Arabic', () => {
  useWarmImportWorkers()
  const tempDir = useTempDirs()
  const cores: Core[] = []
  afterEach(() => cores.splice(0).forEach((core) => core.close()))
  const file = (name: string, text: string) => ({ name, base64: Buffer.from(text).toString('base64') })

  it('gives the reason an empty file failed and why a line of a JSON Lines file was skipped', async () => {
    const core = await createCore({ projectDir: await tempDir(), resourcesDir: RESOURCES_DIR, author: 'tester' })
    cores.push(core)
    const lines = [JSON.stringify({ text: 'Hama held.', label: [[0, 4, 'PLACE']] }), JSON.stringify({ text: '   ', label: [] })].join('\n')
    const report = await core.call('import.files', { files: [file('empty.txt', ''), file('corpus.jsonl', lines)], options: { skipInvalid: true } })
    expect(report.failed.map((f) => [f.file, say(arabic, f.reason)])).toEqual([['empty.txt', 'فارغ.']])
    expect(report.imported.map((d) => d.file)).toEqual(['corpus.jsonl:1'])
    expect(report.warnings.map((w) => say(arabic, w))).toEqual(['\u2068corpus.jsonl:2\u2069: تُخطّي، فارغ: لا نص فيه للتعليق عليه.'])
    expect(report.warnings.map(inEnglish)).toEqual(['corpus.jsonl:2: skipped, is empty: there is no text to annotate.'])
  }, 60_000)
})
