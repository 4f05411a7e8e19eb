/** Builders of hostile ZIP packages for the import tests (never imported by the application). */
import { createDeflateRaw, crc32, deflateRawSync } from 'node:zlib'

export interface RawZipEntry {
  name: string
  /** The bytes as stored: already deflated when `method` is 8. */
  stored: Uint8Array
  method: 0 | 8
  /** What the central directory declares; a test may make it lie. */
  uncompressedSize: number
  crc: number
}

export function deflatedEntry(name: string, content: string | Uint8Array): RawZipEntry {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content
  return { name, stored: deflateRawSync(bytes), method: 8, uncompressedSize: bytes.length, crc: crc32(bytes) }
}

/**
 * A deflated entry whose content is `head`, then `unit` repeated until `totalBytes`, then `tail`,
 * compressed chunk by chunk so the test never holds the expanded content (100 MB compresses to ~100 kB).
 */
export async function repeatedEntry(name: string, head: string, unit: string, tail: string, totalBytes: number): Promise<RawZipEntry> {
  const encoder = new TextEncoder()
  const chunk = encoder.encode(unit.repeat(Math.floor((1024 * 1024) / unit.length)))
  const deflate = createDeflateRaw({ level: 9 })
  const out: Buffer[] = []
  deflate.on('data', (data: Buffer) => out.push(data))
  const done = new Promise<void>((resolve, reject) => {
    deflate.on('end', resolve)
    deflate.on('error', reject)
  })
  let size = 0
  let crc = 0
  const write = (bytes: Uint8Array): void => {
    deflate.write(bytes)
    size += bytes.length
    crc = crc32(bytes, crc)
  }
  write(encoder.encode(head))
  while (size + chunk.length <= totalBytes) write(chunk)
  write(encoder.encode(tail))
  deflate.end()
  await done
  return { name, stored: Buffer.concat(out), method: 8, uncompressedSize: size, crc }
}

/** A ZIP package (local headers, data, central directory, end record) of entries as given, lies included. */
export function writeZip(entries: RawZipEntry[]): Uint8Array {
  const encoder = new TextEncoder()
  const locals: Uint8Array[] = []
  const directory: Uint8Array[] = []
  let offset = 0
  for (const entry of entries) {
    const name = encoder.encode(entry.name)
    const local = new Uint8Array(30 + name.length)
    const lv = new DataView(local.buffer)
    lv.setUint32(0, 0x04034b50, true)
    lv.setUint16(4, 20, true)
    lv.setUint16(8, entry.method, true)
    lv.setUint32(14, entry.crc, true)
    lv.setUint32(18, entry.stored.length, true)
    lv.setUint32(22, entry.uncompressedSize, true)
    lv.setUint16(26, name.length, true)
    local.set(name, 30)
    const central = new Uint8Array(46 + name.length)
    const cv = new DataView(central.buffer)
    cv.setUint32(0, 0x02014b50, true)
    cv.setUint16(4, 20, true)
    cv.setUint16(6, 20, true)
    cv.setUint16(10, entry.method, true)
    cv.setUint32(16, entry.crc, true)
    cv.setUint32(20, entry.stored.length, true)
    cv.setUint32(24, entry.uncompressedSize, true)
    cv.setUint16(28, name.length, true)
    cv.setUint32(42, offset, true)
    central.set(name, 46)
    locals.push(local, entry.stored)
    directory.push(central)
    offset += local.length + entry.stored.length
  }
  const directorySize = directory.reduce((sum, part) => sum + part.length, 0)
  const end = new Uint8Array(22)
  const ev = new DataView(end.buffer)
  ev.setUint32(0, 0x06054b50, true)
  ev.setUint16(8, entries.length, true)
  ev.setUint16(10, entries.length, true)
  ev.setUint32(12, directorySize, true)
  ev.setUint32(16, offset, true)
  return Buffer.concat([...locals, ...directory, end])
}

export const WORD_NAMESPACE = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

/** The package parts of a minimal .docx other than word/document.xml. */
export function docxSkeleton(): RawZipEntry[] {
  return [
    deflatedEntry(
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
    ),
    deflatedEntry(
      '_rels/.rels',
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
    )
  ]
}
