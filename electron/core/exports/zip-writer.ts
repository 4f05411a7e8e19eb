import { once } from 'node:events'
import { crc32, createDeflateRaw, type DeflateRaw } from 'node:zlib'
import { Zip, type ZipInputFile } from 'fflate'
import type { ExportRun } from './run'

/** Deflate level of the entries: zlib's default, the usual speed/size balance. */
export const ZIP_LEVEL = 6
const DEFLATE = 8
const encoder = new TextEncoder()

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

  async write(piece: string | Uint8Array): Promise<void> {
    const bytes = typeof piece === 'string' ? encoder.encode(piece) : piece
    this.crc = crc32(bytes, this.crc)
    this.size += bytes.length
    if (!this.deflate.write(bytes)) await once(this.deflate, 'drain')
  }

  async end(): Promise<void> {
    this.deflate.end()
    await this.ended
    this.emit(new Uint8Array(0), true)
  }

  private emit(chunk: Uint8Array<ArrayBuffer>, final: boolean): void {
    if (!this.ondata) throw new Error(`${this.filename} was not added to a ZIP before data came`)
    this.ondata(null, chunk, final)
  }
}
