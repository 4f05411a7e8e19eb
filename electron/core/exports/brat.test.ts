import { unzipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ARTICLE_SPANS, createExportCorpus, slicePython, type ExportCorpus } from '../testing/export-corpus'
import { useTempDirs } from '../testing/helpers'
import { exportFile } from '../testing/export-file'

const tempDir = useTempDirs()
let corpus: ExportCorpus
let files: Record<string, string>
beforeAll(async () => {
  corpus = await createExportCorpus(await tempDir())
  const file = await exportFile(corpus.core, { format: 'brat' })
  expect(file).toMatchObject({ fileName: 'hama-week-test-brat.zip', encoding: 'base64', documentCount: 3 })
  files = Object.fromEntries(Object.entries(unzipSync(Buffer.from(file.content, 'base64'))).map(([name, bytes]) => [name, new TextDecoder().decode(bytes)]))
})
afterAll(() => corpus.core.close())

/** The sections of annotation.conf: each declared name with the rest of its line. */
function parseConf(conf: string): Record<string, Map<string, string>> {
  const sections: Record<string, Map<string, string>> = {}
  let current = ''
  for (const line of conf.split('\n')) {
    const section = /^\[(\w+)\]$/.exec(line)
    if (section?.[1]) current = section[1]
    else if (line.trim() && !line.startsWith('#')) {
      const [name = '', rest = ''] = line.split('\t')
      ;(sections[current] ??= new Map()).set(name, rest)
    }
  }
  return sections
}

/** Checks one .ann file against brat's rules and its .txt; returns its T lines by id. */
function checkAnn(ann: string, text: string, conf: Record<string, Map<string, string>>): Map<string, { type: string; quoted: string; fragments: number[][] }> {
  const ids = new Set<string>()
  const spans = new Map<string, { type: string; quoted: string; fragments: number[][] }>()
  const lines = ann.split('\n').filter(Boolean)
  for (const line of lines) {
    const [id = '', ...fields] = line.split('\t')
    expect(ids.has(id), `duplicate id ${id}`).toBe(false)
    ids.add(id)
    if (id.startsWith('T')) {
      expect(fields, line).toHaveLength(2)
      const [typeAndOffsets = '', quoted = ''] = fields
      const [type = '', ...rest] = typeAndOffsets.split(' ')
      const fragments = rest.join(' ').split(';').map((pair) => pair.split(' ').map(Number))
      expect(conf.entities?.has(type), `entity ${type} declared`).toBe(true)
      for (const [start = NaN, end = NaN] of fragments) {
        expect(Number.isInteger(start) && Number.isInteger(end) && start < end, line).toBe(true)
        expect(slicePython(text, start, end)).not.toMatch(/\n/)
      }
      expect(fragments.map(([s, e]) => slicePython(text, s ?? 0, e ?? 0)).join(' '), line).toBe(quoted)
      spans.set(id, { type, quoted, fragments })
    }
  }
  for (const line of lines) {
    const [id = '', ...fields] = line.split('\t')
    if (id.startsWith('A')) {
      expect(fields, line).toHaveLength(1)
      const [name = '', target = '', value, ...extra] = (fields[0] ?? '').split(' ')
      expect(extra, line).toEqual([])
      const declaration = conf.attributes?.get(name)
      expect(declaration, `attribute ${name} declared`).toBeDefined()
      const args = /Arg:([^,]+)/.exec(declaration ?? '')?.[1]?.split('|') ?? []
      expect(args).toContain(spans.get(target)?.type)
      const values = /Value:(.+)$/.exec(declaration ?? '')?.[1]?.split('|')
      if (value === undefined) expect(values, `${name} is a flag`).toBeUndefined()
      else expect(values).toContain(value)
    } else if (id.startsWith('#')) {
      expect(fields, line).toHaveLength(2)
      const [, target = ''] = (fields[0] ?? '').split(' ')
      expect(spans.has(target), line).toBe(true)
    } else if (id.startsWith('R')) {
      const [type = '', arg1 = '', arg2 = ''] = (fields[0] ?? '').split(' ')
      expect(conf.relations?.has(type), `relation ${type} declared`).toBe(true)
      expect(spans.has(arg1.replace('Arg1:', '')) && spans.has(arg2.replace('Arg2:', ''))).toBe(true)
    } else if (id.startsWith('N')) {
      expect(fields).toHaveLength(2)
      expect(spans.has((fields[0] ?? '').split(' ')[1] ?? '')).toBe(true)
    } else if (!id.startsWith('T')) {
      throw new Error(`unknown annotation kind: ${line}`)
    }
  }
  return spans
}

describe('brat export', () => {
  it('keeps every rule of brat standoff, in every .ann file', () => {
    const conf = parseConf(files['annotation.conf'] ?? '')
    const stems = Object.keys(files).filter((n) => n.endsWith('.ann')).map((n) => n.slice(0, -4))
    expect(stems).toHaveLength(3)
    for (const stem of stems) {
      expect(files[`${stem}.txt`], `${stem}.txt`).toBeDefined()
      checkAnn(files[`${stem}.ann`] ?? '', files[`${stem}.txt`] ?? '', conf)
    }
  })

  it('names files after titles, safely: reserved names escaped, repeats numbered, Unicode kept', () => {
    expect(Object.keys(files).sort()).toEqual([
      'Hama- army says -largest- convoy 🙂-2.ann',
      'Hama- army says -largest- convoy 🙂-2.txt',
      'Hama- army says -largest- convoy 🙂.ann',
      'Hama- army says -largest- convoy 🙂.txt',
      '_CON.ann',
      '_CON.txt',
      'annotation.conf',
      'tessera.json',
      'tools.conf'
    ])
  })

  it('writes code-point offsets after emoji, flags and decomposed accents, and splits spans at line breaks', () => {
    const hama = corpus.documents[0]
    const text = files['Hama- army says -largest- convoy 🙂.txt'] ?? ''
    expect(text).toBe(hama?.text)
    const spans = checkAnn(files['Hama- army says -largest- convoy 🙂.ann'] ?? '', text, parseConf(files['annotation.conf'] ?? ''))
    const byQuote = new Map([...spans.values()].map((s) => [s.quoted, s]))
    expect(byQuote.get('Officials')?.fragments).toEqual([[28, 37]])
    const crossing = byQuote.get('we will hold the city')
    expect(crossing?.type).toBe('quote')
    expect(crossing?.fragments.map(([s, e]) => slicePython(text, s ?? 0, e ?? 0))).toEqual(['we will hold', 'the city'])
    expect(spans.size).toBe(ARTICLE_SPANS.length)
  })

  it('writes attributes, notes and relations as brat lines', () => {
    const ann = files['Hama- army says -largest- convoy 🙂.ann'] ?? ''
    expect(ann).toMatch(/^A\d+\ttype T1 armed_forces$/m)
    expect(ann).toMatch(/^A\d+\tverified T\d+$/m)
    expect(ann).toMatch(/^A\d+\ttone T\d+ very_angry$/m)
    expect(ann).toMatch(/^#\d+\tAnnotatorNotes T1\tSaid twice, "loudly",\\nthen\\r\\nagain$/m)
    expect(ann).toMatch(/^#\d+\tTesseraAttribute T\d+\tweight=-2\.5$/m)
    expect(ann).toMatch(/^R1\tattributed-to Arg1:T\d+ Arg2:T1$/m)
    expect(ann).toMatch(/^N1\tReference T1 Tessera:entity-army\tSyrian Arab Army "SAA"\\t🇸🇾$/m)
  })
})
