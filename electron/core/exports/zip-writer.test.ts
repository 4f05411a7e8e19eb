import { unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import type { ExportEntry } from './format-exporter'
import type { ExportRun } from './run'
import { zipInto } from './zip-writer'

function runOf(entries: ExportEntry[]): ExportRun {
  return {
    fileName: 'test.zip', mimeType: 'application/zip', multiFile: true,
    report: { documentCount: 0, annotationCount: 0, spansLeftOut: 0, notes: [] },
    entries: (async function* () {
      yield* entries
    })()
  }
}

async function* pieces(...texts: string[]): AsyncIterable<string> {
  yield* texts
}

async function zipBytes(entries: ExportEntry[], level?: number): Promise<Buffer> {
  const parts: Uint8Array[] = []
  await zipInto(runOf(entries), async (chunk) => {
    parts.push(chunk)
  }, level)
  return Buffer.concat(parts)
}

/** CRC-32 (IEEE) computed bit by bit, independent of the zlib one the writer uses. */
function referenceCrc32(bytes: Uint8Array): number {
  let crc = 0xffffffff
  for (const byte of bytes) {
    crc ^= byte
    for (let k = 0; k < 8; k += 1) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1
  }
  return (crc ^ 0xffffffff) >>> 0
}

/** Each central-directory record's name, CRC and uncompressed size, as an unzip tool checks them. */
function centralDirectory(zip: Buffer): { name: string; crc: number; size: number }[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  const count = zip.readUInt16LE(end + 10)
  let at = zip.readUInt32LE(end + 16)
  const records: { name: string; crc: number; size: number }[] = []
  for (let i = 0; i < count; i += 1) {
    const nameLength = zip.readUInt16LE(at + 28)
    records.push({ name: zip.subarray(at + 46, at + 46 + nameLength).toString('utf8'), crc: zip.readUInt32LE(at + 16), size: zip.readUInt32LE(at + 24) })
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32)
  }
  return records
}

describe('ZIP writer', () => {
  it('writes every entry whole, in order, with CRCs and sizes an unzip tool accepts, at every level', async () => {
    let big = ''
    for (let i = 0; big.length < 600_000; i += 1) big += `row ${i},"حماة 🇸🇾",${(i * 7919) % 1000}\r\n`
    const contents: Record<string, string[]> = {
      'annotations.csv': ['\uFEFFa,b\r\n', big, 'tail 🙂'],
      'empty.csv': [],
      'docs/حماة 🙂.txt': ['🇸🇾', 'e\u0301', '\r\n'.repeat(70_000)]
    }
    for (const level of [1, 4, 9]) {
      const zip = await zipBytes(Object.entries(contents).map(([name, texts]) => ({ name, content: pieces(...texts) })), level)
      const files = unzipSync(zip)
      expect(Object.keys(files)).toEqual(Object.keys(contents))
      const expected = Object.values(contents).map((texts) => new TextEncoder().encode(texts.join('')))
      Object.values(files).forEach((bytes, i) => expect(Buffer.from(bytes).equals(expected[i] ?? new Uint8Array()), `entry ${i}, level ${level}`).toBe(true))
      expect(centralDirectory(zip)).toEqual(Object.keys(contents).map((name, i) => ({ name, crc: referenceCrc32(expected[i] ?? new Uint8Array()), size: expected[i]?.length })))
    }
  })

  it('fails with the error of an entry that cannot be produced, without waiting on its deflate stream', async () => {
    async function* failing(): AsyncIterable<string> {
      yield 'x'.repeat(100_000)
      throw new Error('doc-7.json is damaged')
    }
    const run = runOf([{ name: 'a.csv', content: failing() }, { name: 'b.csv', content: pieces('never') }])
    await expect(zipInto(run, async () => undefined)).rejects.toThrow('doc-7.json is damaged')
  })
})
