import { readdirSync, readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createCore, type Core } from '../core'
import { exportToPath } from '../exports/write-export'
import { groupCompanions } from '../shared/import/batches'
import { useWarmImportWorkers } from '../import/worker/testing'
import { createCodePointCounter } from '../shared/text/code-points'
import { normalizeText } from '../shared/text/normalize'
import { RESOURCES_DIR, useTempDirs } from '../testing/helpers'

/**
 * brat's news tutorial, brat → Tessera → brat: every document's text is stored byte for byte as its `.txt`
 * (repeated line breaks, the final newline), every T line's offsets land on the same code
 * points, and the brat export writes the same `.txt` bytes and the same T offsets back. Types compare
 * case-blind: Tessera's tag ids are lower case (`Organization` is the tag `organization`).
 */
useWarmImportWorkers()
const tempDir = useTempDirs()
const cores: Core[] = []
afterAll(() => {
  for (const core of cores) core.close()
})

const DIR = new URL('./fixtures/interop/brat-news/', import.meta.url)
const names = readdirSync(DIR).sort()
const stems = names.filter((n) => n.endsWith('.ann')).map((n) => n.slice(0, -4))
const read = (name: string): string => readFileSync(new URL(name, DIR), 'utf8')

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

describe("brat's news tutorial: brat → Tessera → brat", () => {
  it('stores each .txt byte for byte with every T offset on its code points, and exports the same .txt bytes and T offsets', async () => {
    const core = await createCore({ projectDir: await tempDir(), resourcesDir: RESOURCES_DIR, author: 'tester' })
    cores.push(core)
    const files = names.map((name) => ({ name: `news/${name}`, base64: readFileSync(new URL(name, DIR)).toString('base64') }))
    const imported = new Map<string, string>()
    for (const group of groupCompanions(files)) {
      const report = await core.call('import.files', { files: group })
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
