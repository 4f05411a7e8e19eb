import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ApiError } from '../shared/errors'
import { catalogueOf } from '../shared/i18n/catalogue'
import { inEnglish, say, said, type Said } from '../shared/i18n/said'
import { untranslatedWords } from '../testing/untranslated'
import { createTranslator } from '../shared/i18n/translator'
import { createExportCorpus, type ExportCorpus } from '../testing/export-corpus'
import { exportFile } from '../testing/export-file'
import { useTempDirs } from '../testing/helpers'
import { exportToPath } from './write-export'

const arabic = createTranslator('ar')
/** Names that stay as they are in an Arabic sentence: formats, file names, code. */
const KEPT_NAMES = ['brat', 'JSONL', 'W3C', 'jsonl', 'csv', 'spacy', 'UTF', '16', 'project', 'json', 'JSON', 'Python', 'JavaScript', 'text', 'start', 'end', 'slice', 'ents', 'spans', 'FIFO', 'ZIP']

/** The Latin words of an Arabic sentence outside the user text it quotes (isolated) and the names kept as they are. */
function englishLeft(sentence: string): string[] {
  return untranslatedWords(sentence, KEPT_NAMES)
}

async function refusal(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught
  )
  expect(error).toBeInstanceOf(ApiError)
  return error as ApiError
}

const tempDir = useTempDirs()
let corpus: ExportCorpus
beforeAll(async () => {
  corpus = await createExportCorpus(await mkdtemp(join(tmpdir(), 'tessera-export-notes-')))
})
afterAll(async () => {
  corpus.core.close()
  await rm(corpus.dir, { recursive: true, force: true })
})

describe('what an export says, in the Arabic interface', () => {
  it("says the spans CoNLL and spaCy left out in Arabic, the tag order isolated; English as it was", async () => {
    const conll = await exportFile(corpus.core, { format: 'conll', tagPriority: ['quote', 'place'] })
    expect(conll.report.notes.map(inEnglish)).toEqual(['2 spans left out where spans overlap or cover no whole token; tags won in this order: quote, place, claim, actor, figure.'])
    expect(conll.report.notes.map((note) => say(arabic, note))).toEqual([
      'أُسقط مقطعان حيث تتداخل المقاطع أو لا تغطي وحدة نصية كاملة؛ فازت الوسوم بهذا الترتيب: \u2068quote, place, claim, actor, figure\u2069.'
    ])
    const spacy = await exportFile(corpus.core, { format: 'spacy', tagPriority: ['claim'] })
    expect(spacy.report.notes.map(inEnglish)).toEqual(['2 overlapping spans left out of "ents" (all are in "spans"); tags won in this order: claim, actor, place, figure, quote.'])
    expect(say(arabic, spacy.report.notes[0] as Said)).toBe('أُسقط من «ents» مقطعان متداخلان (وكلها في «spans»)؛ فازت الوسوم بهذا الترتيب: \u2068claim, actor, place, figure, quote\u2069.')
  })

  it('refuses an export in Arabic, naming the path and the folder as they are', async () => {
    const inside = join(corpus.dir, 'export.jsonl')
    const insideProject = await refusal(exportToPath(corpus.core, { format: 'jsonl' }, inside))
    expect(insideProject.message).toBe(`Cannot export to ${inside}: it is inside the project folder ${corpus.dir}. Choose a place outside it.`)
    expect(say(arabic, insideProject.said as Said)).toBe(`تعذّر التصدير إلى \u2068${inside}\u2069: إنه داخل مجلد المشروع \u2068${corpus.dir}\u2069. اختر مكاناً خارجه.`)

    const missing = join(await tempDir(), 'gone', 'export.jsonl')
    const noFolder = await refusal(exportToPath(corpus.core, { format: 'jsonl' }, missing))
    expect(say(arabic, noFolder.said as Said)).toBe(`تعذّر التصدير إلى \u2068${missing}\u2069: المجلد \u2068${join(missing, '..')}\u2069 غير موجود.`)

    const aFolder = await tempDir()
    const notAFile = await refusal(exportToPath(corpus.core, { format: 'jsonl' }, aFolder))
    expect(notAFile.message).toBe(`Cannot export to ${aFolder}: it exists and is not a regular file (a folder).`)
    expect(say(arabic, notAFile.said as Said)).toBe(`تعذّر التصدير إلى \u2068${aFolder}\u2069: إنه موجود وليس ملفاً عادياً (بل مجلد).`)

    const fixedUnit = await refusal(Promise.resolve().then(() => corpus.core.startExport({ format: 'w3c', offsetUnit: 'utf16' })))
    expect(say(arabic, fixedUnit.said as Said)).toBe('إزاحات \u2068w3c\u2069 نقاط ترميز دائماً (الصيغة تحدّدها)؛ اختر jsonl أو csv أو spacy لوحدات UTF-16.')
    const unknownTag = await refusal(Promise.resolve().then(() => corpus.core.startExport({ format: 'jsonl', tags: ['rumour', 'gossip'] })))
    expect(unknownTag.message).toBe('No tag "rumour", "gossip" in this project.')
    expect(say(arabic, unknownTag.said as Said)).toBe('لا وسم \u2068"rumour", "gossip"\u2069 في هذا المشروع.')
  })

  it('has every export and repair message in Arabic, with only the user text and kept names in Latin letters', () => {
    const values = { count: 3, tags: 'claim, actor', format: 'w3c', file: 'claims.csv', path: '/tmp/out', kind: 'folder', project: '/p', folder: '/tmp', backup: 'manual-1', label: 'Claim', id: 'claim', kept: 30, max: 30, authors: 'Omar', known: 'Rana, Zaynab' }
    const keys = Object.keys(catalogueOf('en')).filter((key) => key.startsWith('exportNotes.') && key !== 'exportNotes.notice.then')
    expect(keys.length).toBeGreaterThan(20)
    for (const key of keys) {
      const sentence = say(arabic, said(key as Said['key'], values))
      expect({ key, left: englishLeft(sentence) }).toEqual({ key, left: [] })
      expect(sentence).toMatch(/[\u0621-\u064A]/u)
    }
    // A plural counted in Arabic: the form changes with the number.
    const across = (count: number) => say(arabic, said('exportNotes.brat.relationsAcrossLeftOut', { count }))
    expect([1, 2, 3, 11].map((n) => across(n).split(' بين')[0])).toEqual(['أُسقطت من التصدير علاقة واحدة', 'أُسقطت من التصدير علاقتان', 'أُسقطت من التصدير ٣ علاقات', 'أُسقطت من التصدير ١١ علاقةً'])
    expect(inEnglish(said('exportNotes.brat.relationsAcrossLeftOut', { count: 1234 }))).toMatch(/^1234 relations across documents left out/)
  })
})
