import { createReadStream } from 'node:fs'
import { mkdtemp, open, rm, type FileHandle } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const FLUSH_CHARS = 1 << 20

/**
 * Text set aside in a temporary file while an export makes its one pass over the documents, then read
 * back as a later file of the export (a ZIP's entries are written one after another, so a format that
 * fills two files from the same pass must hold one of them somewhere). Memory stays at one buffer
 * whatever the corpus size; `dispose` removes the file, and must be called however the export ends.
 */
export class TextSpool {
  private pending: string[] = []
  private pendingChars = 0
  private disposed = false

  private constructor(
    private readonly dir: string,
    private readonly path: string,
    private readonly handle: FileHandle
  ) {}

  static async create(): Promise<TextSpool> {
    const dir = await mkdtemp(join(tmpdir(), 'tessera-export-'))
    const path = join(dir, 'spool.txt')
    try {
      return new TextSpool(dir, path, await open(path, 'wx', 0o600))
    } catch (error) {
      await rm(dir, { recursive: true, force: true })
      throw error
    }
  }

  async write(text: string): Promise<void> {
    this.pending.push(text)
    this.pendingChars += text.length
    if (this.pendingChars >= FLUSH_CHARS) await this.flush()
  }

  /** Everything written, in order, in pieces of about a mebibyte (characters split across pieces are decoded whole). */
  async *read(): AsyncIterable<string> {
    await this.flush()
    const stream = createReadStream(this.path, { encoding: 'utf8', highWaterMark: 1 << 20 })
    try {
      for await (const piece of stream) yield piece as string
    } finally {
      stream.destroy()
    }
  }

  async dispose(): Promise<void> {
    if (this.disposed) return
    this.disposed = true
    await this.handle.close().catch(() => undefined)
    await rm(this.dir, { recursive: true, force: true })
  }

  private async flush(): Promise<void> {
    if (this.pendingChars === 0) return
    const text = this.pending.join('')
    this.pending = []
    this.pendingChars = 0
    await this.handle.appendFile(text, 'utf8')
  }
}
