import { mkdir, open, rename, rm, stat, type FileHandle } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import type { ExportRun } from './run'
import { NativeDeflateEntry } from './zip-entry'
import { syncFolder } from '../store/atomic-write'
import { ApiError } from '../shared/errors'
import { said } from '../shared/i18n/said'

const FLUSH_BYTES = 1 << 16
const DEFLATE_LEVEL = 5
const encoder = new TextEncoder()
let counter = 0

function tempBeside(path: string): string {
  counter += 1
  return join(dirname(path), `.${basename(path)}.${process.pid}.${counter}.partial`)
}

/** Collects a stream's text into writes of ~64 KiB, so a million small pieces are not a million syscalls. */
class BufferedWriter {
  private pending: Uint8Array[] = []
  private size = 0
  bytes = 0
  constructor(private readonly write: (chunk: Uint8Array) => Promise<void>) {}

  async push(chunk: Uint8Array | string): Promise<void> {
    const data = typeof chunk === 'string' ? encoder.encode(chunk) : chunk
    this.pending.push(data)
    this.size += data.length
    this.bytes += data.length
    if (this.size >= FLUSH_BYTES) await this.flush()
  }

  async flush(): Promise<void> {
    if (this.size === 0) return
    const joined = Buffer.concat(this.pending)
    this.pending = []
    this.size = 0
    await this.write(joined)
  }
}

async function handleWriter(handle: FileHandle): Promise<BufferedWriter> {
  return new BufferedWriter(async (chunk) => {
    await handle.write(chunk)
  })
}

/** Writes to a temp file beside `path`, fsyncs it and renames it over `path`: the old file stays until the new one is whole. */
async function writeAtomically(path: string, fill: (writer: BufferedWriter) => Promise<void>, mode?: number): Promise<number> {
  const temp = tempBeside(path)
  const handle = await open(temp, 'wx', 0o644)
  try {
    // The permissions of the file being replaced, set exactly whatever the umask.
    if (mode !== undefined) await handle.chmod(mode)
    const writer = await handleWriter(handle)
    await fill(writer)
    await writer.flush()
    await handle.sync()
    await handle.close()
    await rename(temp, path)
    await syncFolder(dirname(path))
    return writer.bytes
  } catch (error) {
    await handle.close().catch(() => undefined)
    await rm(temp, { force: true })
    throw error
  }
}

/** Streams every entry of the run into a ZIP, pushing the compressed bytes to `writer` as they come. */
async function zipInto(run: ExportRun, writer: BufferedWriter): Promise<void> {
  const out: Uint8Array[] = []
  let failure: Error | null = null
  // The ZIP writer loads on the first multi-file or .zip export, not with the core.
  const { Zip } = await import('fflate')
  const zip = new Zip((error, chunk) => {
    if (error) failure = error
    else out.push(chunk)
  })
  const drain = async (): Promise<void> => {
    if (failure) throw failure
    for (const chunk of out.splice(0)) await writer.push(chunk)
  }
  for await (const entry of run.entries) {
    const file = new NativeDeflateEntry(entry.name, DEFLATE_LEVEL)
    zip.add(file)
    try {
      for await (const piece of entry.content) {
        await file.push(encoder.encode(piece))
        await drain()
      }
      await file.finish()
    } catch (error) {
      file.terminate()
      throw error
    }
    await drain()
  }
  zip.end()
  await drain()
}

/** A single-file export's one entry, or the ZIP of a multi-file export, written atomically to `path`. */
export async function writeRunToFile(run: ExportRun, path: string, mode?: number): Promise<number> {
  return writeAtomically(
    path,
    async (writer) => {
      if (run.multiFile || path.toLowerCase().endsWith('.zip')) return zipInto(run, writer)
      for await (const entry of run.entries) for await (const piece of entry.content) await writer.push(piece)
    },
    mode
  )
}

/**
 * Writes every entry as a file below `dir`, which must not exist: the files are built in a temp folder
 * beside it and the folder renamed into place, so `dir` never holds half an export.
 */
export async function writeRunToFolder(run: ExportRun, dir: string): Promise<number> {
  const temp = tempBeside(dir)
  await mkdir(temp)
  let bytes = 0
  try {
    for await (const entry of run.entries) {
      const path = join(temp, ...entry.name.split('/'))
      await mkdir(dirname(path), { recursive: true })
      const handle = await open(path, 'wx', 0o644)
      try {
        const writer = await handleWriter(handle)
        for await (const piece of entry.content) await writer.push(piece)
        await writer.flush()
        await handle.sync()
        bytes += writer.bytes
      } finally {
        await handle.close()
      }
    }
    // rename() would replace an empty folder made meanwhile; refuse anything that appeared instead.
    if (await stat(dir).catch(() => null)) throw new ApiError('invalid-input', said('exportNotes.error.folderAppeared', { path: dir }))
    await rename(temp, dir)
    await syncFolder(dirname(dir))
    return bytes
  } catch (error) {
    await rm(temp, { recursive: true, force: true })
    throw error
  }
}

/** Streams a single-file export to `output` (standard output in the CLI). */
export async function writeRunToStream(run: ExportRun, output: { write(chunk: string): unknown }): Promise<void> {
  for await (const entry of run.entries) for await (const piece of entry.content) output.write(piece)
}

/**
 * Streams the export to `write` in pieces of ~64 KiB (the ZIP of a multi-file export, else its one file),
 * awaiting each write so a slow reader holds the export back instead of it piling up in memory. For the
 * browser-mode server's download. Returns the bytes written.
 */
export async function writeRunToChunks(run: ExportRun, write: (chunk: Uint8Array) => Promise<void>): Promise<number> {
  const writer = new BufferedWriter(write)
  if (run.multiFile) await zipInto(run, writer)
  else for await (const entry of run.entries) for await (const piece of entry.content) await writer.push(piece)
  await writer.flush()
  return writer.bytes
}

/** The whole export in memory, for a browser download: the text of a single file, or the ZIP's bytes. */
export async function collectRun(run: ExportRun): Promise<Uint8Array> {
  const parts: Uint8Array[] = []
  const writer = new BufferedWriter(async (chunk) => {
    parts.push(chunk)
  })
  if (run.multiFile) await zipInto(run, writer)
  else for await (const entry of run.entries) for await (const piece of entry.content) await writer.push(piece)
  await writer.flush()
  return Buffer.concat(parts)
}
