import { unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import type { ExportRun } from './run'
import { writeRunToChunks } from './sinks'

/** CRC-32 (IEEE) bit by bit, independent of the zlib one the writer uses, so a wrong running CRC cannot check itself. */
function referenceCrc32(bytes: Uint8Array): number {
  let crc = 0xffffffff
  for (const byte of bytes) {
    crc ^= byte
    for (let k = 0; k < 8; k += 1) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1
  }
  return (crc ^ 0xffffffff) >>> 0
}

interface CentralEntry {
  name: string
  crc: number
  compressedSize: number
  size: number
  method: number
}

/** The ZIP's central directory, read by hand: what unzip tools trust for each file's CRC and sizes. */
function centralDirectory(zip: Buffer): CentralEntry[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  const count = zip.readUInt16LE(end + 10)
  let at = zip.readUInt32LE(end + 16)
  const entries: CentralEntry[] = []
  for (let i = 0; i < count; i += 1) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50)
    const nameLength = zip.readUInt16LE(at + 28)
    entries.push({
      method: zip.readUInt16LE(at + 10),
      crc: zip.readUInt32LE(at + 16),
      compressedSize: zip.readUInt32LE(at + 20),
      size: zip.readUInt32LE(at + 24),
      name: zip.toString('utf8', at + 46, at + 46 + nameLength)
    })
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32)
  }
  return entries
}

function runOf(files: Record<string, string[]>): ExportRun {
  return {
    fileName: 'x.zip',
    mimeType: 'application/zip',
    multiFile: true,
    report: { documentCount: 0, annotationCount: 0, spansLeftOut: 0, notes: [] },
    entries: (async function* () {
      for (const [name, pieces] of Object.entries(files)) yield { name, content: (async function* () { yield* pieces })() }
    })()
  }
}

describe('ZIP entries compressed by zlib', () => {
  it('hold exactly their bytes, with the CRC and sizes unzip tools check, for empty, tiny and multi-batch files', async () => {
    const big = Array.from({ length: 60_000 }, (_, i) => `${i},"حماة 🙂🇸🇾 e\u0301",\r\n`)
    const files = { 'empty.csv': [], 'tiny.csv': ['a'], 'big.csv': big, 'controls.txt': ['\u0000\uFFFF\u00FF\r'], 'نص/🙂.txt': ['x'] }
    const parts: Uint8Array[] = []
    await writeRunToChunks(runOf(files), async (chunk) => void parts.push(chunk))
    const zip = Buffer.concat(parts)

    const unzipped = unzipSync(zip)
    const expected = Object.fromEntries(
      Object.entries(files).map(([name, pieces]) => [name, Buffer.from(pieces.join(''), 'utf8')])
    )
    expect(Object.keys(unzipped)).toEqual(Object.keys(files))
    for (const [name, bytes] of Object.entries(expected)) expect(Buffer.from(unzipped[name] ?? []).equals(bytes), name).toBe(true)

    const central = centralDirectory(zip)
    expect(central.map((e) => e.name)).toEqual(Object.keys(files))
    for (const entry of central) {
      const bytes = expected[entry.name] ?? Buffer.alloc(0)
      expect(entry).toMatchObject({ method: 8, size: bytes.length, crc: referenceCrc32(bytes) })
    }
    // The big file is text that compresses: it was deflated, not stored.
    expect(central.find((e) => e.name === 'big.csv')?.compressedSize).toBeLessThan((expected['big.csv']?.length ?? 0) / 4)
  })

  it('fails with the error of a file whose content fails, after the files before it', async () => {
    const failing = (async function* () {
      yield 'first part'
      throw new Error('documents/d2.json is not JSON')
    })()
    const run: ExportRun = {
      ...runOf({}),
      entries: (async function* () {
        yield { name: 'ok.csv', content: (async function* () { yield 'fine' })() }
        yield { name: 'broken.csv', content: failing }
      })()
    }
    await expect(writeRunToChunks(run, async () => undefined)).rejects.toThrow('documents/d2.json is not JSON')
  })
})
