import { open, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

let counter = 0

/**
 * Replaces `path` with `content` so that a crash leaves either the old file or the new one, never a
 * mix: write a temp file beside it, fsync it, rename it over the target, then fsync the folder so the
 * rename itself survives a power cut (steno, lowdb's writer, skips both fsyncs).
 */
export async function writeFileAtomic(path: string, content: string, options: { mode?: number } = {}): Promise<void> {
  counter += 1
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${counter}.tmp`)
  const handle = await open(temp, 'w', 0o644)
  try {
    // An explicit mode (the permissions of the file being replaced) is set exactly, whatever the umask.
    if (options.mode !== undefined) await handle.chmod(options.mode)
    await handle.writeFile(content, 'utf8')
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

async function syncFolder(folder: string): Promise<void> {
  // Windows cannot open a folder for fsync; NTFS journals the rename itself.
  if (process.platform === 'win32') return
  const handle = await open(folder, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}
