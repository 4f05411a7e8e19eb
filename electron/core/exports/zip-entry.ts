import { once } from 'node:events'
import { createDeflateRaw, crc32, type DeflateRaw } from 'node:zlib'
import type { AsyncFlateStreamHandler, ZipInputFile } from 'fflate'

/** Input is handed to zlib in pieces of this size: one thread-pool task per piece, not per CSV row. */
const BATCH_BYTES = 1 << 18
const DEFLATE = 8

/**
 * One file of a streamed ZIP (fflate's `Zip` writes the headers and the central directory), compressed by
 * Node's zlib on its thread pool instead of fflate's JavaScript deflate on the main thread: an export
 * formats rows while the previous ones are being compressed, and the bytes are the same deflate format.
 */
export class NativeDeflateEntry implements ZipInputFile {
  readonly compression = DEFLATE
  size = 0
  crc = 0
  ondata?: AsyncFlateStreamHandler
  private readonly deflate: DeflateRaw
  private readonly ended: Promise<unknown>
  private batch: Uint8Array[] = []
  private batchBytes = 0

  constructor(
    readonly filename: string,
    level: number
  ) {
    this.deflate = createDeflateRaw({ level, chunkSize: 1 << 16 })
    this.deflate.on('data', (chunk: Buffer) => this.ondata?.(null, new Uint8Array(chunk), false))
    this.ended = once(this.deflate, 'end')
    // A failure reaches the caller through `push` or `finish`; this keeps it from being unhandled meanwhile.
    this.ended.catch(() => undefined)
  }

  /** Adds the file's next bytes; resolves when zlib can take more (so memory stays bounded). */
  async push(data: Uint8Array): Promise<void> {
    this.size += data.length
    this.crc = crc32(data, this.crc)
    this.batch.push(data)
    this.batchBytes += data.length
    if (this.batchBytes >= BATCH_BYTES) await this.writeBatch()
  }

  /** Ends the file: resolves once its last compressed bytes (and its size and CRC) are handed to the ZIP. */
  async finish(): Promise<void> {
    await this.writeBatch()
    this.deflate.end()
    await this.ended
    this.ondata?.(null, new Uint8Array(0), true)
  }

  /** Stops compressing (the export failed or was cancelled). */
  terminate(): void {
    this.deflate.destroy()
  }

  private async writeBatch(): Promise<void> {
    if (this.batchBytes === 0) return
    const joined = Buffer.concat(this.batch, this.batchBytes)
    this.batch = []
    this.batchBytes = 0
    if (!this.deflate.write(joined)) await once(this.deflate, 'drain')
  }
}
