import { createReadStream } from 'node:fs'
import { mkdtemp, open, rm, type FileHandle } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const FLUSH_CHARS = 1 << 16

/**
 * Text set aside on disk while an export writes another file, read back afterwards in the order it was
 * written: a ZIP entry must be written in one piece, so a format that fills two files in one pass over the
 * documents keeps the second here instead of in memory. It lives in a folder of its own under `dir` (the
 * OS temp folder by default), removed by `dispose`, which the format calls on success, failure and cancel.
 */
export class Spool {
  private pending: string[] = []
  private pendingChars = 0
  private sealed = false
  private size = 0

  private constructor(
    readonly folder: string,
    private readonly path: string,
    private readonly handle: FileHandle
  ) {}

  static async create(dir: string = tmpdir()): Promise<Spool> {
    const folder = await mkdtemp(join(dir, 'tessera-export-spool-'))
    try {
      const path = join(folder, 'spool.txt')
      return new Spool(folder, path, await open(path, 'wx', 0o600))
    } catch (error) {
      await rm(folder, { recursive: true, force: true })
      throw error
    }
  }

  async append(text: string): Promise<void> {
    if (this.sealed) throw new Error('The export spool is being read back; nothing more can be added.')
    this.pending.push(text)
    this.pendingChars += text.length
    if (this.pendingChars >= FLUSH_CHARS) await this.flush()
  }

  /** Everything appended, as UTF-8 text in pieces of ~64 KiB (a character split across pieces is decoded whole). */
  async *read(): AsyncIterable<string> {
    await this.flush()
    this.sealed = true
    const stream = createReadStream(this.path, { encoding: 'utf8', highWaterMark: FLUSH_CHARS })
    try {
      for await (const piece of stream) yield piece as string
    } finally {
      stream.destroy()
    }
  }

  async dispose(): Promise<void> {
    this.pending = []
    await this.handle.close().catch(() => undefined)
    await rm(this.folder, { recursive: true, force: true })
  }

  private async flush(): Promise<void> {
    if (this.pendingChars === 0) return
    const bytes = Buffer.from(this.pending.join(''), 'utf8')
    this.pending = []
    this.pendingChars = 0
    for (let offset = 0; offset < bytes.length; ) {
      const { bytesWritten } = await this.handle.write(bytes, offset, bytes.length - offset, this.size + offset)
      offset += bytesWritten
    }
    this.size += bytes.length
  }
}
