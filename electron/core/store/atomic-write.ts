import { randomBytes } from 'node:crypto'
import { open, readFile, rename, rm, type FileHandle } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/**
 * Creates the temp file beside `path`: a name no one can guess, created exclusively ('wx': a file or
 * symlink someone planted under that name makes the open fail instead of receiving our content), with
 * `mode` from the first byte, so a secret written with 0o600 is never readable by others, not even
 * for the instant before a chmod.
 */
async function createTemp(path: string, mode: number): Promise<{ temp: string; handle: FileHandle }> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`)
  return { temp, handle: await open(temp, 'wx', mode) }
}

/**
 * Replaces `path` with `content` so that a crash leaves either the old file or the new one, never a
 * mix: write a temp file beside it, fsync it, rename it over the target, then fsync the folder so the
 * rename itself survives a power cut (steno, lowdb's writer, skips both fsyncs).
 */
export async function writeFileAtomic(path: string, content: string | Uint8Array, options: { mode?: number } = {}): Promise<void> {
  const { temp, handle } = await createTemp(path, options.mode ?? 0o644)
  try {
    // The umask may have taken bits from an explicit mode (never added any): set it exactly.
    if (options.mode !== undefined) await handle.chmod(options.mode)
    await handle.writeFile(content)
    await handle.sync()
  } catch (error) {
    await handle.close()
    await rm(temp, { force: true })
    throw error
  }
  await handle.close()
  try {
    await rename(temp, path)
  } catch (error) {
    await rm(temp, { force: true })
    throw error
  }
  await syncFolder(dirname(path))
}

/**
 * Writes new files with writeFileAtomic's guarantee, sharing its waits: each file goes to a temp file
 * that is fsynced (several at once, so the disk can take them together), then all are renamed into
 * place, then each folder is fsynced once. All or none: on failure the temp files and the files already
 * renamed into place are removed. For files that did not exist: a target's old content is not kept.
 */
export async function writeNewFilesAtomic(files: readonly { path: string; content: () => string | Uint8Array }[], concurrency = 8): Promise<void> {
  const temps: string[] = []
  const renamed: string[] = []
  let next = 0
  let failed = false
  const write = async (file: { path: string; content: () => string | Uint8Array }, index: number): Promise<void> => {
    const { temp, handle } = await createTemp(file.path, 0o644)
    temps[index] = temp
    try {
      await handle.writeFile(file.content())
      await handle.sync()
    } finally {
      await handle.close()
    }
  }
  const writeNext = async (): Promise<void> => {
    for (let index = next++; index < files.length && !failed; index = next++) {
      const file = files[index]
      if (!file) continue
      try {
        await write(file, index)
      } catch (error) {
        failed = true
        throw error
      }
    }
  }
  try {
    // Every writer settles before any cleanup, so none leaves a temp file behind after it.
    const writes = await Promise.allSettled(Array.from({ length: Math.min(concurrency, files.length) }, writeNext))
    const failure = writes.find((w): w is PromiseRejectedResult => w.status === 'rejected')
    if (failure) throw failure.reason
    for (const [index, file] of files.entries()) {
      await rename(temps[index] ?? '', file.path)
      renamed.push(file.path)
    }
    for (const folder of new Set(files.map((f) => dirname(f.path)))) await syncFolder(folder)
  } catch (error) {
    await Promise.all([...temps.filter(Boolean), ...renamed].map((path) => rm(path, { force: true })))
    throw error
  }
}

/** Makes a rename in `folder` durable: the one place Tessera fsyncs a folder (store and exports alike). */
export async function syncFolder(folder: string): Promise<void> {
  // Windows cannot open a folder for fsync; NTFS journals the rename itself.
  if (process.platform === 'win32') return
  const handle = await open(folder, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/** Replaces `to` with a copy of `from`, atomically; when `from` does not exist, `to` is removed. */
export async function copyFileAtomic(from: string, to: string): Promise<void> {
  let content: Buffer
  try {
    content = await readFile(from)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    await rm(to, { force: true })
    return
  }
  await writeFileAtomic(to, content)
}
