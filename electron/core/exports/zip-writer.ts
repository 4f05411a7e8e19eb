import { once } from 'node:events'
import { crc32, createDeflateRaw, type DeflateRaw } from 'node:zlib'
import { Zip, type ZipInputFile } from 'fflate'
import type { ExportRun } from './run'

/**
 * Deflate level of the entries. 4 rather than zlib's default 6: on the 10,000-article CSV export (135 MB of
 * tables) level 6 took 1.4 s of CPU for a 13.7 MB ZIP, level 4 0.56 s for 14.9 MB (+9 %); on a busy
 * machine the export waited for level 6 (README, Performance).
 */
export const ZIP_LEVEL = 4
const DEFLATE = 8
const BATCH_CHARS = 1 << 16

/**
 * Streams every entry of the run into a ZIP, handing the archive's bytes to `push` as they come. fflate
 * lays out the archive (headers, data descriptors, UTF-8 names, the central directory); the deflating is
 * Node's zlib, native and on libuv's thread pool, so it runs beside the formatting instead of on the main
 * thread (fflate's deflate is JavaScript: a quarter of a big CSV export was spent in it).
 */
export async function zipInto(run: ExportRun, push: (chunk: Uint8Array) => Promise<void>, level = ZIP_LEVEL): Promise<void> {
  const out: Uint8Array[] = []
  let failure: Error | null = null
  const zip = new Zip((error, chunk) => {
    if (error) failure = error
    else out.push(chunk)
  })
  const drain = async (): Promise<void> => {
    if (failure) throw failure
    for (const chunk of out.splice(0)) await push(chunk)
  }
  for await (const entry of run.entries) {
    const file = new NativeDeflateEntry(entry.name, level)
    zip.add(file)
    try {
      for await (const piece of entry.content) {
        await file.write(piece)
        await drain()
      }
      await file.end()
    } finally {
      file.deflate.destroy()
    }
    await drain()
  }
  zip.end()
  await drain()
}

/** One ZIP entry deflated by zlib: fflate's `ZipInputFile`, fed as the compressed bytes come out. */
class NativeDeflateEntry implements ZipInputFile {
  readonly compression = DEFLATE
  /** Bits 1–2 of the general-purpose flag: the deflate option used, as fflate's own ZipDeflate sets them. */
  readonly flag: number
  crc = 0
  size = 0
  ondata?: ZipInputFile['ondata']
  readonly deflate: DeflateRaw
  private pending: string[] = []
  private pendingChars = 0
  private readonly ended: Promise<unknown>

  constructor(
    readonly filename: string,
    level: number
  ) {
    this.flag = level === 1 ? 3 : level < 6 ? 2 : level === 9 ? 1 : 0
    this.deflate = createDeflateRaw({ level })
    this.deflate.on('data', (chunk: Buffer<ArrayBuffer>) => this.emit(chunk, false))
    this.ended = once(this.deflate, 'end')
    this.ended.catch(() => undefined)
  }

  /** Takes a piece of the entry; the pieces go to zlib in batches of ~64 KiB (each hand-over to the thread pool costs). */
  async write(piece: string): Promise<void> {
    this.pending.push(piece)
    this.pendingChars += piece.length
    if (this.pendingChars >= BATCH_CHARS) await this.flush()
  }

  async end(): Promise<void> {
    await this.flush()
    this.deflate.end()
    await this.ended
    this.emit(new Uint8Array(0), true)
  }

  private async flush(): Promise<void> {
    if (this.pending.length === 0) return
    const bytes = Buffer.from(this.pending.join(''), 'utf8')
    this.pending = []
    this.pendingChars = 0
    this.crc = crc32(bytes, this.crc)
    this.size += bytes.length
    if (!this.deflate.write(bytes)) await once(this.deflate, 'drain')
  }

  private emit(chunk: Uint8Array<ArrayBuffer>, final: boolean): void {
    if (!this.ondata) throw new Error(`${this.filename} was not added to a ZIP before data came`)
    this.ondata(null, chunk, final)
  }
}
