import { constants } from 'node:fs'
import { open } from 'node:fs/promises'
import { inEnglish, said, type Said } from '../shared/i18n/said'

const MB = 1024 * 1024
/** The largest project or document file the store reads (a document with 100,000 spans is ~40 MB). */
export const MAX_STORE_FILE_BYTES = 256 * MB

/** A file that is not a plain file, or too large to read, named with what it is instead. */
export class NotARegularFileError extends Error {
  /** The whole message (the path, then the problem) as catalogue data; `message` is its English. */
  readonly said: Said

  constructor(
    readonly path: string,
    /** A predicate ("is too large (…)."), said after the file's name. */
    readonly problem: Said
  ) {
    const message = said('problems.store.fileProblem', { path, problem })
    super(inEnglish(message))
    this.said = message
    this.name = 'NotARegularFileError'
  }
}

/**
 * Reads a regular file (a symlink is followed), refusing devices, FIFOs, sockets and folders and any file
 * over `maxBytes` before reading a byte. The file is opened non-blocking, so a FIFO cannot hang the
 * open, and checked through its open handle, so it cannot be swapped between check and read.
 * Resolves to null when the file does not exist.
 */
export async function readRegularFile(path: string, maxBytes: number): Promise<Buffer | null> {
  let handle
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return null
    if (code === 'ENXIO') throw new NotARegularFileError(path, said('problems.store.socketOrDevice'))
    throw error
  }
  try {
    const stats = await handle.stat()
    if (!stats.isFile()) throw new NotARegularFileError(path, said('problems.store.notRegularFile', { kind: kindOf(stats) }))
    if (stats.size > maxBytes) {
      throw new NotARegularFileError(path, said('problems.store.tooLarge', { size: formatMB(stats.size), limit: formatMB(maxBytes) }))
    }
    // Read at most one byte past the limit, in case the file grows while it is read.
    const buffer = Buffer.alloc(Math.min(stats.size + 1, maxBytes + 1))
    let length = 0
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null)
      if (bytesRead === 0) break
      length += bytesRead
      if (length === buffer.length) {
        if (length > maxBytes) throw new NotARegularFileError(path, said('problems.store.grewTooLarge', { limit: formatMB(maxBytes) }))
        break
      }
    }
    return buffer.subarray(0, length)
  } finally {
    await handle.close()
  }
}

function kindOf(stats: { isDirectory(): boolean; isFIFO(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean }): string {
  if (stats.isDirectory()) return 'folder'
  if (stats.isFIFO()) return 'fifo'
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'device'
  if (stats.isSocket()) return 'socket'
  return 'other'
}

function formatMB(bytes: number): string {
  return (bytes / MB).toFixed(bytes < MB ? 2 : 0)
}
