import { createHash } from 'node:crypto'
import { constants } from 'node:fs'
import { copyFile, open, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { writeFileAtomic } from './atomic-write'
import { MAX_STORE_FILE_BYTES, NotARegularFileError, readRegularFile } from './regular-file'

/** Written last into a snapshot, fsynced: the size and SHA-256 of every file the snapshot holds. */
export const MANIFEST_FILE = 'manifest.json'
/** What snapshots taken before checksums hold instead of a manifest. */
export const LEGACY_SNAPSHOT_FILE = 'snapshot.json'

/** The only files a snapshot holds, relative to its folder (a manifest naming anything else is refused). */
const SNAPSHOT_FILE = /^(?:project\.json|documents\/[A-Za-z0-9_-]{1,64}\.(?:json|journal))$/

const fileEntrySchema = z.strictObject({ size: z.number().int().nonnegative(), sha256: z.string().regex(/^[0-9a-f]{64}$/) })
export type ManifestEntry = z.infer<typeof fileEntrySchema>

const manifestSchema = z.strictObject({
  format: z.literal(1),
  createdAt: z.string(),
  reason: z.string().regex(/^[a-z-]+$/),
  documentCount: z.number().int().nonnegative(),
  files: z.record(z.string().regex(SNAPSHOT_FILE, 'a file a snapshot does not hold'), fileEntrySchema)
})
export type SnapshotManifest = z.infer<typeof manifestSchema>

export function sha256Of(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/**
 * Copies `from` to `to` as an independent file (a reflink where the file system offers one, a copy
 * otherwise: never a hard link, so damage to one copy cannot reach another) and returns the size and
 * SHA-256 of what was written, read back from the copy. Null when `from` is gone. The caller fsyncs
 * the copies (syncFiles), many at once: one by one, 3,000 fsyncs cost seconds.
 */
export async function copyIndependent(from: string, to: string): Promise<ManifestEntry | null> {
  try {
    await copyFile(from, to, constants.COPYFILE_FICLONE)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
  const bytes = await readFile(to)
  return { size: bytes.length, sha256: sha256Of(bytes) }
}

/** Fsyncs every file, a few at a time (the file system commits concurrent fsyncs together). */
export async function syncFiles(paths: readonly string[]): Promise<void> {
  await forEachConcurrently(paths, 16, async (path) => {
    // Opened for writing: Windows flushes only a handle that may write.
    const handle = await open(path, 'r+')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
  })
}

/** Runs `work` on every item, at most `limit` at once. After a failure no further item is started; the first failure is thrown once the running ones end. */
export async function forEachConcurrently<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  let failed = false
  const worker = async (): Promise<void> => {
    while (!failed && next < items.length) {
      const item = items[next] as T
      next += 1
      try {
        await work(item)
      } catch (error) {
        failed = true
        throw error
      }
    }
  }
  const outcomes = await Promise.allSettled(Array.from({ length: Math.min(limit, items.length) }, worker))
  const failure = outcomes.find((outcome) => outcome.status === 'rejected')
  if (failure) throw failure.reason
}

/** Manifest entries written between two turns of the event loop: a snapshot of 100,000 documents names 200,000 files. */
const ENTRIES_PER_TURN = 5_000

/** Written a few thousand entries per turn, so the thread that answers the user is never held for the whole list. */
export async function writeManifest(folder: string, manifest: SnapshotManifest): Promise<void> {
  const { files, ...head } = manifest
  const entries: string[] = []
  for (const [file, entry] of Object.entries(files)) {
    entries.push(`${JSON.stringify(file)}: ${JSON.stringify(entry)}`)
    if (entries.length % ENTRIES_PER_TURN === 0) await new Promise((resolve) => setImmediate(resolve))
  }
  const text = `${JSON.stringify(head, null, 1).slice(0, -2)},\n "files": {\n${entries.join(',\n')}\n }\n}\n`
  await writeFileAtomic(join(folder, MANIFEST_FILE), text)
}

export type ManifestRead = { kind: 'manifest'; manifest: SnapshotManifest } | { kind: 'legacy' } | { kind: 'unreadable'; problem: string }

/**
 * A snapshot's manifest; `legacy` for a snapshot taken before checksums (it has snapshot.json and no
 * manifest); `unreadable`, saying why, for a snapshot whose manifest is missing, damaged or names
 * files a snapshot does not hold.
 */
export async function readManifest(folder: string): Promise<ManifestRead> {
  const path = join(folder, MANIFEST_FILE)
  let bytes: Buffer | null
  try {
    bytes = await readRegularFile(path, MAX_STORE_FILE_BYTES)
  } catch (error) {
    return { kind: 'unreadable', problem: error instanceof NotARegularFileError ? error.message : `${path}: ${(error as Error).message}` }
  }
  if (bytes === null) {
    const legacy = await readRegularFile(join(folder, LEGACY_SNAPSHOT_FILE), MAX_STORE_FILE_BYTES).catch(() => null)
    return legacy === null ? { kind: 'unreadable', problem: `${path} is missing: the snapshot is incomplete.` } : { kind: 'legacy' }
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(bytes.toString('utf8'))
  } catch (error) {
    return { kind: 'unreadable', problem: `${path} is not valid JSON (${(error as Error).message}): the snapshot is incomplete or damaged.` }
  }
  const result = manifestSchema.safeParse(parsed)
  if (!result.success) {
    const issue = result.error.issues[0]
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : ''
    return { kind: 'unreadable', problem: `${path} is not a snapshot manifest${where}: ${issue?.message ?? 'invalid'}.` }
  }
  return { kind: 'manifest', manifest: result.data }
}

/**
 * The snapshot's copy of `file` (relative to `folder`) when its size and checksum match the manifest;
 * otherwise the problem, naming the file. The bytes returned are the ones checked.
 */
export async function readChecked(folder: string, file: string, expected: ManifestEntry): Promise<{ bytes: Buffer } | { problem: string }> {
  const path = join(folder, file)
  let bytes: Buffer | null
  try {
    bytes = await readRegularFile(path, MAX_STORE_FILE_BYTES)
  } catch (error) {
    return { problem: error instanceof NotARegularFileError ? error.message : `${path}: ${(error as Error).message}` }
  }
  if (bytes === null) return { problem: `${path} is missing (the manifest lists it).` }
  if (bytes.length !== expected.size) return { problem: `${path} is ${bytes.length} bytes, not the ${expected.size} its manifest records: the copy is damaged.` }
  if (sha256Of(bytes) !== expected.sha256) return { problem: `${path} does not match the checksum its manifest records: the copy is damaged.` }
  return { bytes }
}
