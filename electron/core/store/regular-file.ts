import { constants } from 'node:fs'
import { open } from 'node:fs/promises'

const MB = 1024 * 1024
/** The largest project or document file the store reads (a document with 100,000 spans is ~40 MB). */
export const MAX_STORE_FILE_BYTES = 256 * MB

/** A file that is not a plain file, or too large to read, named with what it is instead. */
export class NotARegularFileError extends Error {
  constructor(
    readonly path: string,
    readonly problem: string
  ) {
    super(`${path} ${problem}`)
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
    if (code === 'ENXIO') throw new NotARegularFileError(path, 'is not a regular file (a socket or device): Tessera reads only plain files.')
    throw error
  }
  try {
    const stats = await handle.stat()
    if (!stats.isFile()) throw new NotARegularFileError(path, `is not a regular file (${kindOf(stats)}): Tessera reads only plain files.`)
    if (stats.size > maxBytes) {
      throw new NotARegularFileError(path, `is too large (${formatMB(stats.size)}; the limit is ${formatMB(maxBytes)}).`)
    }
    // Read at most one byte past the limit, in case the file grows while it is read.
    const buffer = Buffer.alloc(Math.min(stats.size + 1, maxBytes + 1))
    let length = 0
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null)
      if (bytesRead === 0) break
      length += bytesRead
      if (length === buffer.length) {
        if (length > maxBytes) throw new NotARegularFileError(path, `is too large (it grew past the limit of ${formatMB(maxBytes)} while being read).`)
        break
      }
    }
    return buffer.subarray(0, length)
  } finally {
    await handle.close()
  }
}

function kindOf(stats: { isDirectory(): boolean; isFIFO(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean }): string {
  if (stats.isDirectory()) return 'a folder'
  if (stats.isFIFO()) return 'a FIFO'
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device'
  if (stats.isSocket()) return 'a socket'
  return 'not a plain file'
}

function formatMB(bytes: number): string {
  return `${(bytes / MB).toFixed(bytes < MB ? 2 : 0)} MB`
}
