import { readdirSync, readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createCore, type Core } from '../core'
import { exportToPath } from '../exports/write-export'
import { groupCompanions } from '../shared/import/batches'
import { emptyReport, mergeReports, type ImportReport } from '../shared/import/report'
import { useWarmImportWorkers } from '../import/worker/testing'
import { createCodePointCounter } from '../shared/text/code-points'
import { normalizeText } from '../shared/text/normalize'
import { RESOURCES_DIR, useTempDirs } from '../testing/helpers'
import { reportInEnglish } from '../testing/report-in-english'

/**
 * brat's news tutorial folder as the app and the CLI send it (grouped by companions, one call per group),
 * into an empty project: every T line is a stored span with its text and type, attributes on events and
 * notes survive, event arguments are reported, and the folder's other files are not documents; and
 * brat → Tessera → brat keeps each `.txt` byte for byte and every T offset (types compare case-blind:
 * Tessera's tag ids are lower case, `Organization` is the tag `organization`).
 */
useWarmImportWorkers()
const tempDir = useTempDirs()
const cores: Core[] = []
afterAll(() => {
  for (const core of cores) core.close()
})

const DIR = new URL('./fixtures/interop/brat-news/', import.meta.url)
const names = readdirSync(DIR).sort()
const read = (name: string): string => readFileSync(new URL(name, DIR), 'utf8')
const base64 = (text: string): string => Buffer.from(text).toString('base64')

/** The T lines of an .ann: type (lower case), code-point fragments as written, and the quoted text. */
function tLines(ann: string): string[] {
  return ann
    .split('\n')
    .map((line) => line.split('\t'))
    .filter(([id]) => id?.startsWith('T'))
    .map(([, spec = '', quote = '']) => {
      const [type = '', ...offsets] = spec.split(' ')
      return `${type.toLowerCase()} ${offsets.join(' ')}\t${quote}`
    })
    .sort()
}

describe("brat's news tutorial folder through import.files", () => {
  it('imports every document with its spans, event attributes and notes, reports event arguments, and skips the folder README and LICENSE', async () => {
    const core = await createCore({ projectDir: await tempDir(), resourcesDir: RESOURCES_DIR, author: 'tester' })
    cores.push(core)
    const files = [
      ...names.map((name) => ({ name: `news/${name}`, base64: base64(read(name)) })),
      { name: 'news/LICENSE', base64: base64('MIT License\n') },
      { name: 'news/README', base64: base64('The brat tutorial.\n') }
    ]
    let merged: ImportReport = emptyReport()
    for (const group of groupCompanions(files)) merged = mergeReports(merged, await core.call('import.files', { files: group }))
    const report = reportInEnglish(merged)

    const stems = names.filter((n) => n.endsWith('.ann')).map((n) => n.slice(0, -4))
    expect(report.failed).toEqual([])
    expect(report.imported.map((d) => d.file).sort()).toEqual(stems.map((s) => `news/${s}.ann`))
    expect(report.skipped.map((s) => s.file).sort()).toEqual(
      ['LICENSE', 'README', 'annotation.conf', 'kb_shortcuts.conf', 'tools.conf', 'visual.conf'].map((n) => `news/${n}`)
    )
    expect(report.skipped.find((s) => s.file === 'news/README')?.reason).toMatch(/beside brat's \.txt\/\.ann pairs.*not a document, skipped$/)
    // Nothing refused for want of a declared attribute: the conf's <ENTITY> and <EVENT> attributes exist.
    expect(report.warnings.filter((w) => /no attribute/.test(w))).toEqual([])

    const tags = (await core.call('project.get', {})).tags
    const labelOf = new Map(tags.map((t) => [t.id, t.label]))
    for (const stem of stems) {
      const entry = report.imported.find((d) => d.file === `news/${stem}.ann`)
      const document = await core.call('documents.get', { documentId: entry?.documentId ?? '' })
      const lines = read(`${stem}.ann`)
        .split('\n')
        .filter(Boolean)
        .map((l) => l.split('\t'))
      const tLines = lines.filter(([id]) => id?.startsWith('T'))
      const got = document.annotations.map((a) => [labelOf.get(a.tag), document.text.slice(a.start, a.end)]).sort()
      expect(got, stem).toEqual(tLines.map(([, spec = '', quote]) => [spec.split(' ')[0], quote]).sort())
      // Each note lands on the span it names (an E line's trigger); notes on relations are reported instead.
      const trigger = (ref: string) => lines.find(([id]) => id === ref && ref.startsWith('E'))?.[1]?.split(' ')[0]?.split(':')[1] ?? ref
      const quoteOf = (ref: string) => tLines.find(([id]) => id === trigger(ref))?.[2]
      const noted = lines.filter(([id, spec = '']) => id?.startsWith('#') && trigger(spec.split(' ')[1] ?? '').startsWith('T'))
      expect(
        document.annotations
          .filter((a) => a.note)
          .map((a) => [document.text.slice(a.start, a.end), a.note])
          .sort(),
        stem
      ).toEqual(noted.map(([, spec = '', note]) => [quoteOf(spec.split(' ')[1] ?? ''), note]).sort())
      const confidences = lines.filter(([id, spec = '']) => id?.startsWith('A') && spec.startsWith('Confidence '))
      expect(
        document.annotations
          .filter((a) => a.attributes.confidence !== undefined)
          .map((a) => [document.text.slice(a.start, a.end), a.attributes.confidence])
          .sort(),
        stem
      ).toEqual(confidences.map(([, spec = '']) => [quoteOf(spec.split(' ')[1] ?? ''), spec.split(' ')[2]]).sort())
      const args = lines.filter(([id]) => id?.startsWith('E')).reduce((n, [, spec = '']) => n + spec.split(' ').length - 1, 0)
      if (args > 0) expect(report.warnings.some((w) => w.startsWith(`news/${stem}.ann: ${args} event arguments not kept`)), stem).toBe(true)
    }
  }, 120_000)

  it('a * equivalence line links its mentions to one project entity, named after the first mention', async () => {
    const core = await createCore({ projectDir: await tempDir(), resourcesDir: RESOURCES_DIR, author: 'tester' })
    cores.push(core)
    const txt = 'Bob Smith met Ann. Smith said Robert would go.'
    const ann = ['T1\tPerson 0 9\tBob Smith', 'T2\tPerson 14 17\tAnn', 'T3\tPerson 19 24\tSmith', 'T4\tPerson 30 36\tRobert', '*\tAlias T1 T3 T4'].join('\n')
    const report = reportInEnglish(await core.call('import.files', { files: [{ name: 'eq/a.ann', base64: base64(ann) }, { name: 'eq/a.txt', base64: base64(txt) }] }))
    expect(report.failed).toEqual([])
    const document = await core.call('documents.get', { documentId: report.imported[0]?.documentId ?? '' })
    const [entity, ...others] = await core.call('entities.list', {})
    expect(others).toEqual([])
    expect(entity).toMatchObject({ name: 'Bob Smith', aliases: ['Smith', 'Robert'] })
    const linked = document.annotations.filter((a) => a.entityId === entity?.id).map((a) => document.text.slice(a.start, a.end))
    expect(linked.sort()).toEqual(['Bob Smith', 'Robert', 'Smith'])
  }, 60_000)

  it('stores each .txt byte for byte with every T offset on its code points, and exports the same .txt bytes and T offsets', async () => {
    const stems = names.filter((n) => n.endsWith('.ann')).map((n) => n.slice(0, -4))
    const core = await createCore({ projectDir: await tempDir(), resourcesDir: RESOURCES_DIR, author: 'tester' })
    cores.push(core)
    const files = names.map((name) => ({ name: `news/${name}`, base64: readFileSync(new URL(name, DIR)).toString('base64') }))
    const imported = new Map<string, string>()
    for (const group of groupCompanions(files)) {
      const report = reportInEnglish(await core.call('import.files', { files: group }))
      expect(report.failed).toEqual([])
      for (const entry of report.imported) imported.set(entry.file, entry.documentId)
    }
    // Prose normalisation would rewrite every one of these texts (triple line breaks, the final newline).
    expect(stems.filter((stem) => normalizeText(read(`${stem}.txt`)) !== read(`${stem}.txt`))).toEqual(stems)

    for (const stem of stems) {
      const document = await core.call('documents.get', { documentId: imported.get(`news/${stem}.ann`) ?? '' })
      expect(document.text, stem).toBe(read(`${stem}.txt`))
      const toCodePoints = createCodePointCounter(document.text)
      const stored = document.annotations.map((a) => `${toCodePoints(a.start)} ${toCodePoints(a.end)}\t${document.text.slice(a.start, a.end)}`).sort()
      // Discontinuous brat spans are stored whole (first start to last end); compare those by their outer edges.
      const expected = tLines(read(`${stem}.ann`))
        .map((line) => {
          const [spec = '', quote = ''] = line.split('\t')
          const numbers = spec.split(/[ ;]/).slice(1).map(Number)
          const start = numbers[0] ?? 0
          const end = numbers.at(-1) ?? 0
          return numbers.length > 2 ? `${start} ${end}\t${Array.from(document.text).slice(start, end).join('')}` : `${start} ${end}\t${quote}`
        })
        .sort()
      expect(stored, stem).toEqual(expected)
    }

    const out = join(await tempDir(), 'brat-out')
    await exportToPath(core, { format: 'brat' }, out, { asFolder: true })
    const sidecar = JSON.parse(await readFile(join(out, 'tessera.json'), 'utf8')) as { documents: { file: string; title: string }[] }
    for (const stem of stems) {
      const file = sidecar.documents.find((d) => d.title === stem)?.file ?? ''
      expect(await readFile(join(out, `${file}.txt`), 'utf8'), stem).toBe(read(`${stem}.txt`))
      const exported = tLines(await readFile(join(out, `${file}.ann`), 'utf8'))
      const source = tLines(read(`${stem}.ann`))
      expect(exported, stem).toEqual(source)
    }
  }, 120_000)
})
