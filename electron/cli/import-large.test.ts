import { createWriteStream } from 'node:fs'
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { finished } from 'node:stream/promises'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ImportLimits } from '../core/shared/import/limits'
import { startCli, tessera } from './testing/run-cli'

let dir: string
let project: string

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tessera-cli-import-large-'))
  project = join(dir, 'project')
})

afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

const KB = 1024
const MB = 1024 * KB
const HEADER = { type: 'header', format: 'tessera-jsonl', format_version: 1, offset_unit: 'codepoint', tags: [] }

/** An article of about `size` characters whose first word, "Hama", is tagged as a place. */
function article(index: number, size: number): string {
  const sentence = `Forces regrouped north of Hama 🙂 on day ${index} after heavy fighting. `
  return `Hama report ${index}\n\n${sentence.repeat(Math.ceil(size / sentence.length))}`
}

/** A Tessera JSONL export of `count` articles, written line by line (the test never holds it whole). */
async function writeTesseraJsonl(path: string, count: number, size: number): Promise<void> {
  const out = createWriteStream(path)
  out.write(`${JSON.stringify(HEADER)}\n`)
  for (let i = 0; i < count; i++) {
    const line = { id: `a${i}`, title: `Hama report ${i}`, offset_unit: 'codepoint', text: article(i, size), annotations: [{ tag: 'place', start: 0, end: 4 }] }
    if (!out.write(`${JSON.stringify(line)}\n`)) await new Promise<void>((resolve) => out.once('drain', () => resolve()))
  }
  out.end()
  await finished(out)
}

const importWith = (limits: ImportLimits, ...argv: string[]) => startCli(['import', '--project', project, ...argv], { importLimits: limits }).done

describe('tessera import of line-based files past the per-file limit', () => {
  it('imports a Tessera JSONL export larger than the per-file limit (limits scaled down 200 times)', async () => {
    const limits = { fileBytes: 256 * KB, lineFileBytes: 8 * MB }
    const jsonl = join(dir, 'corpus.jsonl')
    await writeTesseraJsonl(jsonl, 200, 10 * KB)
    const doccano = join(dir, 'doccano.jsonl')
    await writeFile(doccano, Array.from({ length: 100 }, (_, i) => JSON.stringify({ text: `Idlib ${i}\n\n${'quiet day. '.repeat(1_000)}`, label: [[0, 5, 'place']] })).join('\n'))
    const text = join(dir, 'book.txt')
    await writeFile(text, 'A long book.\n\n'.repeat(30_000))
    const run = await importWith(limits, jsonl, doccano, text)
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('Imported 300, skipped 0 (duplicates), failed 1.')
    expect(run.stdout).toMatch(/Failed .*book\.txt: is too large \(0\.40 MB; the limit is 0\.25 MB\)\./)
    const listed = JSON.parse((await tessera('list', '--project', project, '--json')).stdout) as { title: string; annotationCount: number }[]
    expect(listed).toHaveLength(300)
    expect(listed[199]).toMatchObject({ title: 'Hama report 199', annotationCount: 1 })
  })

  it('holds each line to the per-file limit, naming the line, and the file to the line-based cap', async () => {
    const limits = { fileBytes: 64 * KB, lineFileBytes: 1 * MB }
    const jsonl = join(dir, 'mixed.jsonl')
    const lines = [HEADER, ...[5, 100, 5].map((size, i) => ({ id: `m${i}`, title: `M ${i}`, offset_unit: 'codepoint', text: article(i, size * KB), annotations: [] }))]
    await writeFile(jsonl, lines.map((line) => JSON.stringify(line)).join('\n'))
    const refused = await importWith(limits, jsonl)
    expect(refused.code).toBe(1)
    expect(refused.stdout).toMatch(/Failed .*mixed\.jsonl: .*mixed\.jsonl:3 is \d+ bytes, over the limit of 65536 bytes for one document\./)
    const skipping = await importWith(limits, '--skip-invalid', jsonl)
    expect(skipping.stdout.trimEnd().split('\n').at(-1)).toBe('Imported 2, skipped 0 (duplicates), failed 0.')
    const huge = join(dir, 'huge.jsonl')
    await writeTesseraJsonl(huge, 150, 10 * KB)
    const tooLarge = await importWith(limits, huge)
    expect(tooLarge.stdout).toMatch(/Failed .*huge\.jsonl: is too large \(2 MB; the limit is 1 MB\)\./)
  })

  it('imports a 55 MB Tessera JSONL with the shipping limits (the 50 MB limit used to refuse it)', async () => {
    const jsonl = join(dir, 'export.jsonl')
    await writeTesseraJsonl(jsonl, 210, 256 * KB)
    expect((await stat(jsonl)).size).toBeGreaterThan(54 * MB)
    const started = Date.now()
    const run = await tessera('import', '--project', project, jsonl)
    const seconds = (Date.now() - started) / 1000
    expect(run.stderr).toBe('')
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('Imported 210, skipped 0 (duplicates), failed 0.')
    expect(seconds).toBeLessThan(120)
  }, 180_000)
})
