import { inflateRawSync } from 'node:zlib'
import { inEnglish, said, type Said } from '../shared/i18n/said'
import { saidBytes } from './byte-size'

/**
 * Reads the parts of a ZIP package (a Word .docx) under limits, so that a decompression bomb is
 * refused before it can take the heap: the central directory is read first and every part's declared
 * size, their total, the entry count and the compression ratio are checked; then each part is inflated
 * with its declared size as a hard ceiling, so a directory that lies about sizes is caught while
 * inflating, never after. Only the parts asked for are inflated (media in a .docx never are).
 */
export interface ZipLimits {
  /** Entries the central directory may list (a real .docx has tens, a few hundred with many images). */
  maxEntries: number
  /** Uncompressed bytes of the parts read, together; also the ceiling for any one of them. */
  maxTotalBytes: number
  /** Uncompressed ÷ compressed size above which a part larger than `ratioGraceBytes` is refused. */
  maxRatio: number
  ratioGraceBytes: number
}

/** Why a package cannot be read: `damaged` for a broken file, otherwise a limit it exceeds. */
export class ZipPackageError extends Error {
  constructor(
    /** Why, as a clause that follows "<file> is refused: " or "cannot be read (…)". */
    readonly reason: Said,
    readonly damaged: boolean
  ) {
    super(inEnglish(reason))
    this.name = 'ZipPackageError'
  }
}

interface DirectoryEntry {
  name: string
  flags: number
  method: number
  compressedSize: number
  uncompressedSize: number
  localHeaderOffset: number
}

const END_OF_DIRECTORY = 0x06054b50
const DIRECTORY_ENTRY = 0x02014b50
const LOCAL_HEADER = 0x04034b50
const END_RECORD_LENGTH = 22
const MAX_COMMENT_LENGTH = 0xffff
const STORED = 0
const DEFLATED = 8

const damaged = (reason: Said): ZipPackageError => new ZipPackageError(reason, true)
const refused = (reason: Said): ZipPackageError => new ZipPackageError(reason, false)

/** The parts whose names `wanted` accepts, inflated within `limits`; throws ZipPackageError. */
export function readZipParts(bytes: Uint8Array, wanted: (name: string) => boolean, limits: ZipLimits): Map<string, Uint8Array> {
  const entries = readCentralDirectory(bytes, limits).filter((entry) => wanted(entry.name))
  checkDeclaredSizes(entries, limits)
  const parts = new Map<string, Uint8Array>()
  for (const entry of entries) {
    if (parts.has(entry.name)) throw damaged(said('readers.zip.partTwice', { part: entry.name }))
    parts.set(entry.name, inflateEntry(bytes, entry))
  }
  return parts
}

function checkDeclaredSizes(entries: DirectoryEntry[], limits: ZipLimits): void {
  let total = 0
  for (const entry of entries) {
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize)
    if (entry.uncompressedSize > limits.ratioGraceBytes && ratio > limits.maxRatio) {
      const sizes = { compressed: saidBytes(entry.compressedSize), uncompressed: saidBytes(entry.uncompressedSize) }
      throw refused(said('readers.zip.ratio', { part: entry.name, ratio: Math.round(ratio), ...sizes, limit: limits.maxRatio }))
    }
    total += entry.uncompressedSize
    if (total > limits.maxTotalBytes) {
      throw refused(said('readers.zip.total', { limit: saidBytes(limits.maxTotalBytes), part: entry.name, size: saidBytes(entry.uncompressedSize) }))
    }
  }
}

function readCentralDirectory(bytes: Uint8Array, limits: ZipLimits): DirectoryEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const end = findEndRecord(view)
  if (end < 0) throw damaged(said('readers.zip.noDirectory'))
  const entryCount = view.getUint16(end + 10, true)
  const directorySize = view.getUint32(end + 12, true)
  const directoryOffset = view.getUint32(end + 16, true)
  if (entryCount === 0xffff || directoryOffset === 0xffffffff || directorySize === 0xffffffff) throw refused(said('readers.zip.zip64'))
  if (view.getUint16(end + 4, true) !== 0 || view.getUint16(end + 6, true) !== 0) throw refused(said('readers.zip.split'))
  if (entryCount > limits.maxEntries) throw refused(said('readers.zip.entries', { count: entryCount, limit: limits.maxEntries }))
  if (directoryOffset + directorySize > end) throw damaged(said('readers.zip.directoryOutside'))
  const entries: DirectoryEntry[] = []
  const names = new TextDecoder('utf-8', { fatal: false })
  let at = directoryOffset
  for (let i = 0; i < entryCount; i += 1) {
    if (at + 46 > end || view.getUint32(at, true) !== DIRECTORY_ENTRY) throw damaged(said('readers.zip.directoryShort'))
    const nameLength = view.getUint16(at + 28, true)
    const recordLength = 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true)
    if (at + recordLength > end) throw damaged(said('readers.zip.directoryShort'))
    entries.push({
      name: names.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true)
    })
    at += recordLength
  }
  return entries
}

/** The end-of-central-directory record: the last 22 bytes, or earlier when the archive has a comment. */
function findEndRecord(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - END_RECORD_LENGTH - MAX_COMMENT_LENGTH)
  for (let at = view.byteLength - END_RECORD_LENGTH; at >= lowest; at -= 1) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at
  }
  return -1
}

function inflateEntry(bytes: Uint8Array, entry: DirectoryEntry): Uint8Array {
  if (entry.flags & 0x1) throw refused(said('readers.zip.encrypted', { part: entry.name }))
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const header = entry.localHeaderOffset
  if (header + 30 > bytes.length || view.getUint32(header, true) !== LOCAL_HEADER) throw damaged(said('readers.zip.partMissing', { part: entry.name }))
  const dataStart = header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true)
  const data = bytes.subarray(dataStart, dataStart + entry.compressedSize)
  if (data.length !== entry.compressedSize) throw damaged(said('readers.zip.partShort', { part: entry.name }))
  let inflated: Uint8Array
  if (entry.method === STORED) {
    inflated = data
  } else if (entry.method === DEFLATED) {
    inflated = inflateWithin(data, entry)
  } else {
    throw refused(said('readers.zip.method', { part: entry.name, method: entry.method }))
  }
  if (inflated.length !== entry.uncompressedSize) {
    throw damaged(said('readers.zip.sizeMismatch', { part: entry.name, size: saidBytes(inflated.length), declared: saidBytes(entry.uncompressedSize) }))
  }
  return inflated
}

/** Inflates with the declared size as a ceiling: zlib stops as soon as the output would pass it. */
function inflateWithin(data: Uint8Array, entry: DirectoryEntry): Uint8Array {
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) })
  } catch (error) {
    if (error instanceof RangeError || (error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') {
      throw refused(said('readers.zip.forgedSize', { part: entry.name, declared: saidBytes(entry.uncompressedSize) }))
    }
    throw damaged(said('readers.zip.inflate', { part: entry.name, error: error instanceof Error ? error.message : String(error) }))
  }
}
