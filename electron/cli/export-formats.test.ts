import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { unzipSync } from 'fflate'
import { beforeEach, describe, expect, it } from 'vitest'
import { createExportCorpus } from '../core/testing/export-corpus'
import { parseCsv, useTempDirs } from '../core/testing/helpers'
import { ONE_ERROR_LINE, startCli, tessera } from './testing/run-cli'

const tempDir = useTempDirs()
let dir: string
let project: string

beforeEach(async () => {
  dir = await tempDir()
  project = join(dir, 'project')
  const corpus = await createExportCorpus(project)
  corpus.core.close()
})

function annotationRows(zip: Buffer): Record<string, string>[] {
  const text = new TextDecoder().decode(unzipSync(zip)['annotations.csv'])
  const [header = [], ...rows] = parseCsv(text)
  return rows.map((row) => Object.fromEntries(header.map((column, i) => [column, row[i] ?? ''])))
}

describe('tessera export: formats and choices', () => {
  it('writes brat into a new folder, and refuses to print a multi-file format to standard output', async () => {
    const out = join(dir, 'brat')
    const run = await tessera('export', '--project', project, '--format', 'brat', '--out', out)
    expect(run.code).toBe(0)
    expect(run.stderr).toMatch(/^Exported 3 documents \(brat, codepoint offsets\) to .*brat\/ \(\d+ bytes\)\.\n$/)
    expect((await readdir(out)).sort()).toEqual([
      'Hama- army says -largest- convoy 🙂-2.ann', 'Hama- army says -largest- convoy 🙂-2.txt',
      'Hama- army says -largest- convoy 🙂.ann', 'Hama- army says -largest- convoy 🙂.txt',
      '_CON.ann', '_CON.txt', 'annotation.conf', 'tessera.json', 'tools.conf'
    ])
    const toStdout = await tessera('export', '--project', project, '--format', 'brat')
    expect(toStdout.code).toBe(2)
    expect(toStdout.stderr).toMatch(ONE_ERROR_LINE)
    expect(toStdout.stderr).toContain('give --out with a .zip file or a new folder')
  })

  it('filters by tag and status, and --csv-raw leaves formula-like cells as they are', async () => {
    const out = join(dir, 'tables.zip')
    expect((await tessera('export', '--project', project, '--format', 'csv', '--out', out, '--tags', 'claim,place', '--status', 'done')).code).toBe(0)
    const safe = annotationRows(await readFile(out))
    expect(new Set(safe.map((r) => r.tag))).toEqual(new Set(['claim', 'place']))
    expect(new Set(safe.map((r) => r.document_id))).toEqual(new Set(['doc-hama']))
    expect(safe.find((r) => r.annotation_id === 'a-claim')?.attr_attributed_to).toBe("'=Officials")
    const rawOut = join(dir, 'raw.zip')
    expect((await tessera('export', '--project', project, '--format', 'csv', '--out', rawOut, '--csv-raw')).code).toBe(0)
    expect(annotationRows(await readFile(rawOut)).find((r) => r.annotation_id === 'a-claim')?.attr_attributed_to).toBe('=Officials')
  })

  it('selects by outlet, annotator and document id', async () => {
    const run = await tessera('export', '--project', project, '--format', 'jsonl', '--outlet', 'SANA', '--outlet', 'Shafaq News', '--annotator', 'Second, "B"', '--documents', 'doc-hama,doc-ar')
    const lines = run.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { type: string; id: string; annotations: { id: string }[] })
    expect(lines.filter((l) => l.type === 'document').map((l) => [l.id, l.annotations.map((a) => a.id)])).toEqual([
      ['doc-hama', ['a-quote']],
      ['doc-ar', []]
    ])
  })

  it('reports the spans CoNLL had to leave out, on standard error, with the tag order used', async () => {
    const run = await tessera('export', '--project', project, '--format', 'conll', '--tag-priority', 'quote,place')
    expect(run.code).toBe(0)
    expect(run.stdout.startsWith('-DOCSTART- -X- -X- O\n')).toBe(true)
    expect(run.stderr).toBe('2 spans left out where spans overlap or cover no whole token; tags won in this order: quote, place, claim, actor, figure.\n')
  })

  it('refuses UTF-16 offsets for a format whose unit is fixed, and an unknown tag, with one line', async () => {
    const w3c = await tessera('export', '--project', project, '--format', 'w3c', '--offsets', 'utf16')
    expect(w3c.code).toBe(1)
    expect(w3c.stderr).toMatch(ONE_ERROR_LINE)
    expect(w3c.stderr).toContain('w3c offsets are always code points')
    const spacy = await tessera('export', '--project', project, '--format', 'spacy', '--offsets', 'utf16')
    expect(spacy.code).toBe(0)
    const [hama] = spacy.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { spans: { start: number; label: string }[] })
    expect(hama?.spans.find((s) => s.label === 'actor')?.start).toBe(31)
    const unknown = await tessera('export', '--project', project, '--format', 'jsonl', '--tags', 'rumour')
    expect(unknown.stderr).toContain('No tag "rumour"')
  })

  it('says the notes and refusals in Arabic with LANG=ar_SY.UTF-8; the exported file is the same', async () => {
    const inArabic = (...argv: string[]) => startCli(argv, { env: { LANG: 'ar_SY.UTF-8' } }).done
    const argv = ['export', '--project', project, '--format', 'conll', '--tag-priority', 'quote,place']
    const english = await tessera(...argv)
    const arabic = await inArabic(...argv)
    expect(arabic.code).toBe(0)
    expect(arabic.stdout).toBe(english.stdout)
    expect(arabic.stderr).toBe('أُسقط مقطعان حيث تتداخل المقاطع أو لا تغطي وحدة نصية كاملة؛ فازت الوسوم بهذا الترتيب: \u2068quote, place, claim, actor, figure\u2069.\n')
    const w3c = await inArabic('export', '--project', project, '--format', 'w3c', '--offsets', 'utf16')
    expect(w3c.code).toBe(1)
    expect(w3c.stderr).toMatch(ONE_ERROR_LINE)
    expect(w3c.stderr).toBe('tessera: إزاحات \u2068w3c\u2069 نقاط ترميز دائماً (الصيغة تحدّدها)؛ اختر jsonl أو csv أو spacy لوحدات UTF-16.\n')
  })
})
