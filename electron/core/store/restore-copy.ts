import { writeFileAtomic } from './atomic-write'
import { MAX_STORE_FILE_BYTES, readRegularFile } from './regular-file'
import { sha256Of } from './snapshot-manifest'

/**
 * Replaces `to` with the snapshot file `from`, atomically and fsynced, only when `from` still holds the
 * bytes that were checked (`sha256`, taken when the snapshot was verified and parsed): what is written
 * is exactly what was checked, never a file that changed since.
 */
export async function copyCheckedAtomic(from: string, to: string, sha256: string): Promise<void> {
  const bytes = await readRegularFile(from, MAX_STORE_FILE_BYTES)
  if (bytes === null || sha256Of(bytes) !== sha256) {
    throw new Error(`${from} changed while it was being restored; ${to} was left as it was.`)
  }
  await writeFileAtomic(to, bytes)
}
