import { afterEach, describe, expect, it } from 'vitest'
import { createCore, type Core } from '../core'
import { readBratDocument } from '../interchange/brat-read'
import { RESOURCES_DIR, useTempDirs } from '../testing/helpers'
import { MAX_WARNINGS_PER_FILE, shorten, WarningCollector } from './warnings'
import { inEnglish, verbatim } from '../shared/i18n/said'

const tempDir = useTempDirs()
const cores: Core[] = []
afterEach(() => cores.splice(0).forEach((core) => core.close()))

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64')

describe('import warnings are bounded', () => {
  it('cuts a quote to 80 characters with an ellipsis, never inside an emoji', () => {
    expect(shorten('short')).toBe('short')
    const cut = shorten(`${'a'.repeat(78)}🙂🙂🙂`)
    expect(cut).toBe(`${'a'.repeat(78)}…`)
    expect(cut.length).toBeLessThanOrEqual(80)
    expect(shorten(`${'a'.repeat(77)}🙂🙂🙂`)).toBe(`${'a'.repeat(77)}🙂…`)
    expect(() => encodeURIComponent(shorten('🙂'.repeat(100)))).not.toThrow()
  })

  it('keeps 100 warnings per file and counts the rest in one line naming the file', () => {
    const collector = new WarningCollector('big.jsonl')
    for (let i = 0; i < 250; i++) collector.push(verbatim(`line ${i}`))
    collector.pushAll([verbatim('x'.repeat(10_000))])
    const list = collector.list()
    expect(list).toHaveLength(MAX_WARNINGS_PER_FILE + 1)
    expect(inEnglish(list.at(-1) ?? verbatim(''))).toBe('big.jsonl: … and 151 more warnings')
  })

  it('a brat file quoting megabyte spans gives a report of kilobytes (150 lines T<n> Person 0 <end> over a 1 MB text)', async () => {
    const core = await createCore({ projectDir: await tempDir(), resourcesDir: RESOURCES_DIR, author: 'tester' })
    cores.push(core)
    const text = 'Hama 🙂 '.repeat(125_000).slice(0, 1_000_000)
    const characters = Array.from(text).length
    const ann = Array.from({ length: 150 }, (_, i) => `T${i + 1}\tPerson 0 ${characters}\tHama`).join('\n')
    const report = await core.call('import.files', { files: [{ name: 'a.ann', base64: base64(ann) }, { name: 'a.txt', base64: base64(text) }] })
    expect(report.failed).toEqual([])
    expect(report.imported[0]?.annotationCount).toBe(150)
    expect(report.warnings).toHaveLength(MAX_WARNINGS_PER_FILE + 1)
    expect(inEnglish(report.warnings[0] ?? verbatim(''))).toMatch(/^a\.ann:1: T1 quotes "Hama" but a\.txt holds "Hama 🙂 Hama .{50,80}…" there/u)
    expect(inEnglish(report.warnings.at(-1) ?? verbatim(''))).toBe('a.ann: … and 50 more warnings')
    // Before: 150 warnings each quoting the whole megabyte (150 MB of report).
    expect(JSON.stringify(report.warnings).length).toBeLessThan(50_000)
    // The spans themselves are stored whole (150 quotes of a megabyte): seconds alone, half a minute under load.
  }, 120_000)

  it('leaves out a span of more than 100 fragments with a warning, and its attribute lines with it', () => {
    const text = 'x'.repeat(20_000)
    const fragments = Array.from({ length: 6_000 }, () => '0 20000').join(';')
    const warnings: string[] = []
    const ann = [`T1\tPerson ${fragments}\tx`, 'T2\tPlace 0 3\txxx', 'A1\tNegated T1', '#1\tAnnotatorNotes T1\tnote'].join('\n')
    const started = Date.now()
    const document = readBratDocument('a.ann', ann, text, null, { warn: (m) => warnings.push(inEnglish(m)) })
    // Before: 6,000 copies of the 20,000-character span were joined for the quote (120 MB), or the heap ran out.
    expect(Date.now() - started).toBeLessThan(2_000)
    expect(document.annotations.map((a) => a.id)).toEqual(['T2'])
    expect(warnings).toEqual(['a.ann:1: T1 has 6000 fragments, more than the 100 Tessera reads in one span; left out.'])
  })
})
